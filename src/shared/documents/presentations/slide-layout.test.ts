import { describe, expect, it } from 'vitest';
import { tableColumnWidths } from './slide-layout';

// Widths in "characters": each character 1 wide, bold ones 1.2.
const widthOf = (text: string, bold: boolean) => text.length * (bold ? 1.2 : 1);

describe('tableColumnWidths', () => {
  it('never makes a column narrower than its longest word', () => {
    const rows = [
      ['Anbieter', 'Stärken', 'Preisniveau'],
      ['Nordlicht IT', 'Nähe zum Kunden, schnelle Vor-Ort-Einsätze, große Flotte', 'niedrig'],
    ];
    const { widths, fits } = tableColumnWidths(rows, 60, widthOf, 1);
    expect(fits).toBe(true);
    expect(widths.reduce((sum, value) => sum + value, 0)).toBeCloseTo(60, 6);
    // "Preisniveau" bold is 13.2 wide plus padding; shared by text length alone it would get less.
    expect(widths[2]).toBeGreaterThanOrEqual(13.2 + 2);
    expect(widths[0]).toBeGreaterThanOrEqual(9.6 + 2);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
  });

  it('gives every column its whole text when there is room, the rest alike', () => {
    const { widths } = tableColumnWidths([['a', 'bb']], 40, widthOf, 0);
    expect(widths.map((value) => Math.round(value * 10) / 10)).toEqual([19.4, 20.6]);
  });

  it('says when even the words do not fit', () => {
    const { widths, fits } = tableColumnWidths(
      [['Gewichtete', 'Punktzahl', 'Kontor Consulting']],
      20,
      widthOf,
      1,
    );
    expect(fits).toBe(false);
    expect(widths.reduce((sum, value) => sum + value, 0)).toBeCloseTo(20, 6);
  });
});
