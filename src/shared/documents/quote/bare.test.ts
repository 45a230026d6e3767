import { describe, expect, it } from 'vitest';
import { makeLine } from '../../../../test/fixtures/documents/document-data';
import { cellContent, loadWorkbook } from '../../../../test/fixtures/documents/read-workbook';
import { bareQuoteWorkbook } from './bare';

describe('bareQuoteWorkbook', () => {
  it('writes the line cells with the same net formulas and engine results', async () => {
    const lines = [
      makeLine({ name: 'A', quantity: '3', unitPrice: '0.835' }),
      makeLine({ name: 'B', quantity: '2', unitPrice: '7489.90', discountPct: '7.5', vatPct: '7' }),
    ];
    const workbook = await loadWorkbook(await bareQuoteWorkbook(lines));
    const sheet = workbook.getWorksheet('Quote');
    const rows = [2, 3, 4].map((r) =>
      ['A', 'B', 'C', 'E', 'F', 'G', 'H'].map((c) => {
        const cell = sheet?.getCell(`${c}${r}`);
        return cell === undefined ? undefined : cellContent(cell);
      }),
    );
    expect(rows).toEqual([
      ['1', 'A', 3, 0.835, 0, 19, { formula: 'ROUND(C2*E2*(1-F2/100),2)', result: 2.51 }],
      ['2', 'B', 2, 7489.9, 7.5, 7, { formula: 'ROUND(C3*E3*(1-F3/100),2)', result: 13856.32 }],
      [null, null, null, null, null, null, { formula: 'SUM(H2:H3)', result: 13858.83 }],
    ]);
  });
});
