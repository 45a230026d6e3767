import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './errors';
import { guessMapping } from './mapping';
import { validateImport } from './validate';
import { readXlsxRows } from './xlsx';

async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsxRows', () => {
  it('reads the first worksheet as display strings', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Katalog');
      sheet.addRow(['SKU', 'Name', 'Listenpreis', 'MwSt', 'Aktiv', 'Gültig ab', 'Summe']);
      sheet.addRow([
        'A-1',
        'Switch',
        2190.5,
        0.19,
        true,
        new Date(Date.UTC(2026, 10, 28)),
        { formula: 'C2*2', result: 4381 },
      ]);
      sheet.addRow([]);
      sheet.addRow([
        'A-2',
        { richText: [{ text: 'Fire' }, { text: 'wall', font: { bold: true } }] },
        0.1 + 0.2,
        7,
        false,
        new Date(Date.UTC(2026, 0, 2, 13, 30)),
      ]);
      sheet.addRow([
        { text: 'Datenblatt', hyperlink: 'https://example.com' },
        null,
        1e-7,
        12345678901234,
      ]);
      workbook.addWorksheet('Ignoriert').addRow(['nope']);
    });
    expect(await readXlsxRows(bytes)).toEqual([
      ['SKU', 'Name', 'Listenpreis', 'MwSt', 'Aktiv', 'Gültig ab', 'Summe'],
      ['A-1', 'Switch', '2190.5', '0.19', 'TRUE', '2026-11-28', '4381'],
      [],
      ['A-2', 'Firewall', '0.3', '7', 'FALSE', '2026-01-02T13:30:00.000Z'],
      ['Datenblatt', '', '0.0000001', '12345678901234'],
    ]);
  });

  it('feeds validateImport: percent cells hold fractions', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Katalog');
      sheet.addRow(['Bezeichnung', 'Listenpreis', 'MwSt', 'Einheit']);
      sheet.addRow(['Switch', 2190.5, 0.19, 'Stk']);
      sheet.addRow(['Buch', 29.9, 0.07, 'Stück']);
      sheet.addRow(['Kaputt', 'teuer', 0.19, 'Stk']);
    });
    const rows = await readXlsxRows(bytes);
    const result = validateImport({ rows, mapping: guessMapping(rows[0] ?? []) });
    expect([
      result.items.map((i) => [i.name, i.listPrice, i.vatPct, i.unit]),
      result.errors,
    ]).toEqual([
      [
        ['Switch', '2190.5', '19', 'piece'],
        ['Buch', '29.9', '7', 'piece'],
      ],
      [{ row: 4, field: 'listPrice', value: 'teuer', message: 'import.errors.decimal' }],
    ]);
  });

  it('refuses bytes that are not an XLSX file', async () => {
    await expect(readXlsxRows(new TextEncoder().encode('Name;Preis\n'))).rejects.toBeInstanceOf(
      ImportFileError,
    );
  });
});
