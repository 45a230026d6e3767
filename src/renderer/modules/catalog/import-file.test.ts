import { describe, expect, it } from 'vitest';
import { ImportFileError } from '#shared/catalog-import';
import {
  dataRowCount,
  decodeCsv,
  fileErrorMessage,
  importMessage,
  readImportRows,
} from './import-file';

const t = (key: string, options?: Record<string, unknown>) =>
  options && Object.keys(options).length > 0 ? `${key} ${JSON.stringify(options)}` : key;

describe('decodeCsv', () => {
  it('reads UTF-8 and falls back to Windows-1252 for German Excel files', () => {
    expect(decodeCsv(new TextEncoder().encode('Größe;Preis'))).toBe('Größe;Preis');
    // "Größe" in Windows-1252: ö = F6, ß = DF (invalid as UTF-8).
    expect(decodeCsv(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]))).toBe('Größe');
  });
});

describe('readImportRows', () => {
  it('parses a CSV file with semicolons', async () => {
    const data = new TextEncoder().encode('Bezeichnung;Listenpreis\r\nSwitch;"1.234,50"\r\n');
    expect(await readImportRows({ name: 'artikel.csv', data })).toEqual([
      ['Bezeichnung', 'Listenpreis'],
      ['Switch', '1.234,50'],
    ]);
  });

  it('reports a broken .xlsx as an ImportFileError', async () => {
    await expect(
      readImportRows({ name: 'Artikel.XLSX', data: new TextEncoder().encode('no zip') }),
    ).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe('importMessage', () => {
  it('maps import keys into this feature and leaves validation keys shared', () => {
    expect(importMessage(t, 'import.errors.vatPct')).toBe('catalog.importErrors.vatPct');
    expect(importMessage(t, 'validation.required')).toBe('validation.required');
    expect(importMessage(t, 'something else')).toBe('validation.invalid');
  });

  it('names the row of an unreadable file', () => {
    const error = new ImportFileError('import.errors.unterminatedQuote', 'quote', 7);
    expect(fileErrorMessage(t, error)).toBe('catalog.importErrors.unterminatedQuote {"row":7}');
    // Anything else: the generic translated sentence with the raw text as its detail.
    expect(fileErrorMessage(t, new Error('boom'))).toBe('errors.unknown {"detail":"boom"}');
  });

  it('names sheet, row and column of a cell too long', () => {
    const error = new ImportFileError('import.errors.cellTooLong', 'long', 3, {
      sheet: 'Katalog',
      column: 'B',
      length: 10_001,
      max: 10_000,
    });
    expect(fileErrorMessage(t, error)).toBe(
      'catalog.importErrors.cellTooLong {"row":3,"sheet":"Katalog","column":"B","length":10001,"max":10000}',
    );
  });
});

describe('dataRowCount', () => {
  it('counts non-blank rows after the header', () => {
    expect(dataRowCount([['Name'], ['a'], [''], [], ['  ', ''], ['b']])).toBe(2);
    expect(dataRowCount([])).toBe(0);
  });
});
