import { describe, expect, it } from 'vitest';
import type { CatalogItemInput } from '../domain';
import { emptyCatalogItemInput } from '../domain';
import { parseCsv } from './csv';
import { guessMapping } from './mapping';
import { validateImport } from './validate';

const header =
  'Artikelnummer;Bezeichnung;Art;Einheit;Einkaufspreis;Listenpreis;MwSt;Abrechnung;Währung;Beschreibung';

// What German Excel writes: BOM, ';', CRLF, decimal commas, quoted fields with line breaks.
const goodCsv = [
  `\uFEFF${header}`,
  'HW-1001;"Server ""Rack"" 2 HE";Hardware;Stück;1.650,00;2.190,00;19 %;einmalig;EUR;"Zwei Prozessoren\r\n64 GB RAM"',
  'SW-2001;Office-Lizenz;Software;Lizenz;;12,50;19%;monatlich;EUR;',
  ';;;;;;;;;',
  'DL-3001;Senior Consultant;Dienstleistung;PT;780;1.400,00;19;einmalig;;Beratung vor Ort',
  'BK-0001;Fachbuch;Sonstiges;Stk;20;29,90;7 %;jährlich;EUR;',
  'RK-0001;Anfahrt;Reise;pauschal;;150;0,19;einmalig;€;',
  '',
].join('\r\n');

const item = (overrides: Partial<CatalogItemInput>): CatalogItemInput => ({
  ...emptyCatalogItemInput(),
  ...overrides,
});

describe('validateImport', () => {
  it('imports a realistic German CSV', () => {
    const rows = parseCsv(goodCsv);
    const mapping = guessMapping(rows[0] ?? []);
    expect(validateImport({ rows, mapping, defaults: { currency: 'EUR' } })).toEqual({
      items: [
        item({
          sku: 'HW-1001',
          name: 'Server "Rack" 2 HE',
          purchasePrice: '1650.00',
          listPrice: '2190.00',
          description: 'Zwei Prozessoren\r\n64 GB RAM',
        }),
        item({
          sku: 'SW-2001',
          name: 'Office-Lizenz',
          kind: 'software',
          unit: 'licence',
          listPrice: '12.50',
          billing: 'monthly',
        }),
        item({
          sku: 'DL-3001',
          name: 'Senior Consultant',
          kind: 'service',
          unit: 'person-day',
          purchasePrice: '780',
          listPrice: '1400.00',
          description: 'Beratung vor Ort',
        }),
        item({
          sku: 'BK-0001',
          name: 'Fachbuch',
          kind: 'other',
          purchasePrice: '20',
          listPrice: '29.90',
          vatPct: '7',
          billing: 'yearly',
        }),
        item({ sku: 'RK-0001', name: 'Anfahrt', kind: 'travel', unit: 'flat', listPrice: '150' }),
      ],
      errors: [],
    });
  });

  it('lists every problem of every bad row with its file row and keeps the good rows', () => {
    const csv = [
      header,
      'OK-1;Gut;Hardware;Stück;1;2;19;einmalig;EUR;', // row 2
      'E-1;Preis in Worten;Hardware;Stück;;zwölf;19;einmalig;EUR;', // row 3
      'E-2;Negativ;Hardware;Stück;-5;10;19;einmalig;EUR;', // row 4
      'E-3;"Falscher\nSatz";Hardware;Stück;;10;16 %;einmalig;EUR;', // row 5
      'E-4;Satz unlesbar;Hardware;Stück;;10;viel;einmalig;EUR;', // row 6
      'E-5;Einheit;Hardware;Kilo;;10;19;einmalig;EUR;', // row 7
      'E-6;Art;Möbel;Stück;;10;19;einmalig;EUR;', // row 8
      'E-7;Abrechnung;Hardware;Stück;;10;19;wöchentlich;EUR;', // row 9
      'E-8;Währung;Hardware;Stück;;10;19;einmalig;JPY;', // row 10
      'E-9;;Hardware;Stück;;10;19;einmalig;EUR;', // row 11
      'E-10;Ohne Preis;Hardware;Stück;;;19;einmalig;EUR;', // row 12
      `${'X'.repeat(61)};Lange Nummer;Hardware;Stück;;10;19;einmalig;EUR;`, // row 13
      'E-12;;Möbel;Kilo;1,2,3;-1;20;nie;XXX;', // row 14: everything at once
      'E-13;Zu genau;Hardware;Stück;;1,1234567;19;einmalig;EUR;', // row 15
    ].join('\n');
    const rows = parseCsv(csv);
    const result = validateImport({ rows, mapping: guessMapping(rows[0] ?? []) });
    expect(result).toEqual({
      items: [item({ sku: 'OK-1', name: 'Gut', purchasePrice: '1', listPrice: '2' })],
      errors: [
        { row: 3, field: 'listPrice', value: 'zwölf', message: 'import.errors.decimal' },
        { row: 4, field: 'purchasePrice', value: '-5', message: 'validation.negative' },
        { row: 5, field: 'vatPct', value: '16 %', message: 'validation.vatRate' },
        { row: 6, field: 'vatPct', value: 'viel', message: 'import.errors.vatPct' },
        { row: 7, field: 'unit', value: 'Kilo', message: 'import.errors.unit' },
        { row: 8, field: 'kind', value: 'Möbel', message: 'import.errors.kind' },
        { row: 9, field: 'billing', value: 'wöchentlich', message: 'import.errors.billing' },
        { row: 10, field: 'currency', value: 'JPY', message: 'import.errors.currency' },
        { row: 11, field: 'name', value: '', message: 'validation.required' },
        { row: 12, field: 'listPrice', value: '', message: 'validation.required' },
        { row: 13, field: 'sku', value: 'X'.repeat(61), message: 'validation.tooLong' },
        { row: 14, field: 'name', value: '', message: 'validation.required' },
        { row: 14, field: 'kind', value: 'Möbel', message: 'import.errors.kind' },
        { row: 14, field: 'unit', value: 'Kilo', message: 'import.errors.unit' },
        { row: 14, field: 'purchasePrice', value: '1,2,3', message: 'import.errors.decimal' },
        { row: 14, field: 'listPrice', value: '-1', message: 'validation.negative' },
        { row: 14, field: 'currency', value: 'XXX', message: 'import.errors.currency' },
        { row: 14, field: 'vatPct', value: '20', message: 'validation.vatRate' },
        { row: 14, field: 'billing', value: 'nie', message: 'import.errors.billing' },
        { row: 15, field: 'listPrice', value: '1,1234567', message: 'validation.decimal' },
      ],
    });
  });

  it('refuses a file without a required column, once per missing field', () => {
    const rows = [
      ['Artikelnummer', 'Bezeichnung'],
      ['A-1', 'Ding'],
      ['A-2', 'Sache'],
    ];
    expect(validateImport({ rows, mapping: guessMapping(rows[0] ?? []) })).toEqual({
      items: [],
      errors: [{ row: 1, field: 'listPrice', message: 'import.errors.missingColumn' }],
    });
    expect(validateImport({ rows: [], mapping: {} }).errors.map((e) => e.field)).toEqual([
      'name',
      'listPrice',
    ]);
  });

  it('refuses a mapping to a column the file does not have', () => {
    const rows = [
      ['Name', 'Preis'],
      ['Ding', '1'],
    ];
    expect(validateImport({ rows, mapping: { name: 0, listPrice: 1, sku: 5 } })).toEqual({
      items: [],
      errors: [{ row: 1, field: 'sku', value: '5', message: 'import.errors.invalidMapping' }],
    });
  });

  it('fills unmapped fields and empty optional cells from the defaults', () => {
    const rows = [
      ['Name', 'Preis', 'MwSt', 'Aktiv'],
      ['Ding', '1.234', '', 'nein'],
      ['Sache', '5', '7', ''],
    ];
    const defaults = { kind: 'service', unit: 'hour', vatPct: '0', currency: 'CHF' } as const;
    const mapping = guessMapping(rows[0] ?? []);
    expect(validateImport({ rows, mapping, defaults, numberFormat: 'de' }).items).toEqual([
      item({ ...defaults, name: 'Ding', listPrice: '1234', active: false }),
      item({ ...defaults, name: 'Sache', listPrice: '5', vatPct: '7' }),
    ]);
  });
});
