import type { Workbook } from 'exceljs';
import type { Billing } from '../../calculation';
import { Decimal } from '../../money';
import { formula, put } from './cells';
import type { QuoteLabels } from './labels';
import type { QuoteModel } from './model';
import { finishSheet } from './page';
import type { QuoteSheetCells } from './quote-sheet';
import type { QuoteStyles } from './styles';

/** "'Angebot'!H40": a reference into another sheet. */
export function ref(sheetName: string, cell: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cell}`;
}

/** "Laufende Kosten"/"Recurring costs": the nets over the contract term and the contract value. */
export async function writeRecurringSheet({
  workbook,
  model,
  styles,
  labels,
  quote,
}: {
  workbook: Workbook;
  model: QuoteModel;
  styles: QuoteStyles;
  labels: QuoteLabels;
  quote: QuoteSheetCells;
}): Promise<void> {
  const sheet = workbook.addWorksheet(labels.sheets.recurring, {
    views: [{ showGridLines: false }],
  });
  sheet.columns = [{ width: 40 }, { width: 16 }, { width: 10 }, { width: 20 }];
  const { totals } = model;
  const term = model.data.offer.termMonths;
  const years = Math.ceil(term / 12);
  const text = labels.recurring;
  put(sheet, 1, 1, text.title, styles.title);
  put(sheet, 3, 1, text.term, styles.text);
  put(sheet, 3, 2, term, styles.count);
  put(sheet, 4, 1, text.years, styles.text);
  put(sheet, 4, 2, formula('ROUNDUP(B3/12,0)', String(years)), styles.count);
  text.columns.forEach((title, i) =>
    put(sheet, 6, i + 1, title, i === 0 ? styles.header : styles.headerRight),
  );

  const rows: { billing: Billing; net: string; count: string; countResult: number }[] = [
    { billing: 'one-time', net: totals.oneTime.net, count: '', countResult: 1 },
    { billing: 'monthly', net: totals.monthly.net, count: 'B3', countResult: term },
    { billing: 'yearly', net: totals.yearly.net, count: 'B4', countResult: years },
  ];
  let r = 7;
  for (const row of rows) {
    const cell = quote.billing[row.billing];
    if (cell === undefined) continue;
    put(sheet, r, 1, text.rows[row.billing], styles.text);
    put(sheet, r, 2, formula(ref(quote.name, cell.net), row.net), styles.total);
    put(
      sheet,
      r,
      3,
      row.count === '' ? 1 : formula(row.count, String(row.countResult)),
      styles.count,
    );
    const overTerm = new Decimal(row.net).times(row.countResult).toFixed(2);
    put(sheet, r, 4, formula(`ROUND(B${r}*C${r},2)`, overTerm), styles.total);
    r += 1;
  }
  put(sheet, r, 1, text.contractValue, styles.bold);
  put(sheet, r, 4, formula(`SUM(D7:D${r - 1})`, totals.contractValue), styles.grand);
  await finishSheet({ sheet, data: model.data, labels, lastColumn: 'D', headerRow: null });
}
