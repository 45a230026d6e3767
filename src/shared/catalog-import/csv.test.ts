import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';
import { ImportFileError } from './errors';

describe('parseCsv', () => {
  it('reads a German Excel export: BOM, ";", CRLF, quotes with line breaks and ""', () => {
    const text =
      '\uFEFFArtikelnummer;Bezeichnung;Beschreibung;Listenpreis\r\n' +
      'HW-001;"Server; 2 HE";"Zeile 1\r\nZeile 2 mit ""Zitat""";1.234,50\r\n' +
      '\r\n' +
      'SW-002;Lizenz;;99,00\r\n';
    expect(parseCsv(text)).toEqual([
      ['Artikelnummer', 'Bezeichnung', 'Beschreibung', 'Listenpreis'],
      ['HW-001', 'Server; 2 HE', 'Zeile 1\r\nZeile 2 mit "Zitat"', '1.234,50'],
      [''],
      ['SW-002', 'Lizenz', '', '99,00'],
    ]);
  });

  it('reads commas, tabs, LF and CR line ends, and a last line without a break', () => {
    expect([
      parseCsv('a,b\n1,"2,5"'),
      parseCsv('a\tb\r1\t2\r'),
      parseCsv('a;b\n"";x"y\n'),
      parseCsv(''),
    ]).toEqual([
      [
        ['a', 'b'],
        ['1', '2,5'],
      ],
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      [
        ['a', 'b'],
        ['', 'x"y'],
      ],
      [],
    ]);
  });

  it('takes a given delimiter over detection', () => {
    expect(parseCsv('a,b;c', { delimiter: ';' })).toEqual([['a,b', 'c']]);
  });

  it('refuses an unterminated quote and names its row', () => {
    const parse = () => parseCsv('a;b\n1;2\n3;"open\n4;5\n');
    expect(parse).toThrow(ImportFileError);
    expect(parse).toThrow('a quoted field starting in row 3 is never closed');
  });
});

describe('detectDelimiter', () => {
  it('counts delimiters outside quotes in the header line only', () => {
    expect([
      detectDelimiter('Name;Preis;Einheit\n1,2,3,4,5'),
      detectDelimiter('"Name; mit Semikolon",Preis,Einheit'),
      detectDelimiter('Name\tPreis'),
      detectDelimiter('Name'),
      detectDelimiter('a,b;c'),
    ]).toEqual([';', ',', '\t', ';', ';']);
  });
});
