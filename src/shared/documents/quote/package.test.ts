import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { packageData } from '#test/package-fixture';
import {
  cellContent,
  expectedNames,
  loadWorkbook,
  namedTotals,
  rowOfName,
} from '../../../../test/fixtures/documents/read-workbook';
import { buildQuoteWorkbook } from '../quote-workbook';

async function quoteSheet(language: 'de' | 'en'): Promise<Worksheet> {
  const workbook = await loadWorkbook(await buildQuoteWorkbook(packageData({ language })));
  return workbook.worksheets[0] as Worksheet;
}

/** Columns A–I of a row: value (or formula with result), number format, hidden protection. */
function row(sheet: Worksheet, r: number) {
  return ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((column) => {
    const cell = sheet.getCell(`${column}${r}`);
    const value = cellContent(cell);
    return {
      value:
        value !== null && typeof value === 'object' && 'richText' in value
          ? value.richText.map((run) => run.text).join('')
          : value,
      numFmt: cell.numFmt,
      hidden: cell.protection?.hidden === true,
    };
  });
}

const rowOf = (sheet: Worksheet, name: string) => {
  const r = rowOfName(sheet, name);
  if (r === null) throw new Error(`no row for ${name}`);
  return r;
};

describe('Excel quote: a package section and a credit line', () => {
  it('keeps the package lines live but hidden ("im Paket"), the package price a SUMIFS of them', async () => {
    const sheet = await quoteSheet('de');
    const laptop = rowOf(sheet, 'Notebook T14');
    const [, , , , price, discount, , net, marker] = row(sheet, laptop);
    expect([price, discount, net, marker]).toEqual([
      { value: 1200, numFmt: ';;;', hidden: true },
      { value: 10, numFmt: ';;;', hidden: true },
      {
        value: { formula: `ROUND(C${laptop}*E${laptop}*(1-F${laptop}/100),2)`, result: 2160 },
        numFmt: '"im Paket";"im Paket";"im Paket"',
        hidden: true,
      },
      expect.objectContaining({ value: 'einmalig' }),
    ]);
    // The optional line keeps its visible price: not part of the package price.
    const dock = rowOf(sheet, 'Optional: Dockingstation');
    expect(row(sheet, dock)[4]).toEqual(expect.objectContaining({ value: 300, hidden: false }));
    const first = laptop;
    const last = dock;
    expect(
      [row(sheet, last + 1), row(sheet, last + 2)].map((cells) => [
        cells[2]?.value,
        cells[7]?.value,
      ]),
    ).toEqual([
      [
        'Paketpreis Starterpaket (einmalig)',
        { formula: `SUMIFS(H${first}:H${last},I${first}:I${last},"einmalig")`, result: 2160 },
      ],
      [
        'Paketpreis Starterpaket (monatlich)',
        { formula: `SUMIFS(H${first}:H${last},I${first}:I${last},"monatlich")`, result: 76.5 },
      ],
    ]);
  });

  it('marks the credit line and leaves the totals those of the engine', async () => {
    const sheet = await quoteSheet('en');
    expect(rowOfName(sheet, 'Credit: Rücknahme Altgerät')).not.toBeNull();
    expect(rowOf(sheet, 'Notebook T14')).toBeGreaterThan(0);
    const laptop = rowOf(sheet, 'Notebook T14');
    expect(sheet.getCell(`H${laptop}`).numFmt).toBe('"included";"included";"included"');
    const workbook = sheet.workbook;
    expect(namedTotals(workbook)).toEqual(expectedNames(packageData({ language: 'en' })));
  });
});
