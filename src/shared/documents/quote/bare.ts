import ExcelJS from 'exceljs';
import { calculateOfferTotals } from '../../calculation';
import type { DocumentLine } from '../types';

/**
 * The benchmark's baseline: the quote's line cells (values, line-net formulas with results and
 * one SUM) written with plain ExcelJS, without layout, styles, totals blocks or extra sheets.
 */
export async function bareQuoteWorkbook(lines: readonly DocumentLine[]): Promise<Uint8Array> {
  const totals = calculateOfferTotals({ lines, termMonths: 0 });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Quote');
  sheet.addRow(['Pos.', 'Description', 'Qty', 'Unit', 'Unit price', 'Disc. %', 'VAT %', 'Net']);
  lines.forEach((line, index) => {
    const r = index + 2;
    sheet.addRow([
      String(index + 1),
      line.name,
      Number(line.quantity),
      line.unit,
      Number(line.unitPrice),
      Number(line.discountPct || '0'),
      Number(line.vatPct),
      {
        formula: `ROUND(C${r}*E${r}*(1-F${r}/100),2)`,
        result: Number(totals.lines[index]?.net),
      },
    ]);
  });
  const last = lines.length + 1;
  sheet.getCell(`H${last + 1}`).value = {
    formula: `SUM(H2:H${last})`,
    result: Number(totals.oneTime.net),
  };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
