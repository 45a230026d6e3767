import type { Workbook } from 'exceljs';
import { Decimal } from '../../money';
import { formula, put, wrappedHeight } from '../quote/cells';
import type { QuoteLabels } from '../quote/labels';
import type { QuoteModel } from '../quote/model';
import { finishSheet } from '../quote/page';
import type { QuoteSheetCells } from '../quote/quote-sheet';
import { ref } from '../quote/recurring-sheet';
import type { QuoteStyles } from '../quote/styles';
import { planLabels } from './labels';
import type { PlanDocumentData } from './types';

/** Column widths (characters) of the instalment's label and its milestone, which wrap. */
const LABEL = 36;
const DUE_AT = 30;

/** The sheet's first instalment row; the net is in B3. */
const FIRST = 6;

/** A date cell's value: midnight UTC of the ISO day, as ExcelJS turns it into a serial. */
function excelDate(iso: string): Date | string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : '';
}

/**
 * "Zahlungsplan"/"Payment plan": the one-time net from the quote sheet, each instalment's share
 * of it as a live formula (the last one takes the rest, so the rounding never loses a cent) and
 * the totals as SUMs. The stored results are the plan's amounts, for viewers that do not
 * recalculate. Written only with a payment plan and a one-time net.
 */
export async function writePaymentSheet({
  workbook,
  model,
  styles,
  labels,
  quote,
  plan,
}: {
  workbook: Workbook;
  model: QuoteModel;
  styles: QuoteStyles;
  labels: QuoteLabels;
  quote: QuoteSheetCells;
  plan: PlanDocumentData;
}): Promise<void> {
  const net = quote.billing['one-time']?.net;
  if (net === undefined || plan.payments.length === 0) return;
  const text = planLabels(model.data.language);
  const sheet = workbook.addWorksheet(text.sheet, { views: [{ showGridLines: false }] });
  sheet.columns = [LABEL, DUE_AT, 14, 10, 18].map((width) => ({ width }));
  const date = { ...styles.count, numFmt: text.dateFormat };
  put(sheet, 1, 1, text.sheetTitle, styles.title);
  put(sheet, 3, 1, text.oneTimeNet, styles.bold);
  put(sheet, 3, 2, formula(ref(quote.name, net), model.totals.oneTime.net), {
    ...styles.total,
    font: styles.bold.font,
  });
  text.paymentColumns.forEach((title, i) =>
    put(sheet, FIRST - 1, i + 1, title, i < 2 ? styles.header : styles.headerRight),
  );
  const last = FIRST + plan.payments.length - 1;
  const percentSum = plan.payments.reduce((sum, row) => sum.plus(row.percent), new Decimal(0));
  // The last instalment takes the rest only of a complete plan, as the core computes it.
  const takesRest = percentSum.eq(100) && plan.payments.length > 1;
  plan.payments.forEach((row, index) => {
    const r = FIRST + index;
    const dueAt = row.milestone === '' ? text.onDate : text.atMilestone(row.milestone);
    put(sheet, r, 1, row.label, styles.name);
    put(sheet, r, 2, dueAt, styles.name);
    // Wrapped text needs its height: LibreOffice and Excel do not grow a row written with text.
    sheet.getRow(r).height = Math.max(
      wrappedHeight(row.label, LABEL - 4),
      wrappedHeight(dueAt, DUE_AT - 4),
    );
    put(sheet, r, 3, excelDate(row.dueDate), date);
    put(sheet, r, 4, Number(row.percent), styles.pct);
    const amount =
      r === last && takesRest ? `$B$3-SUM(E${FIRST}:E${r - 1})` : `ROUND($B$3*D${r}/100,2)`;
    put(sheet, r, 5, formula(amount, row.amount), styles.net);
  });
  const total = last + 1;
  put(sheet, total, 1, text.paymentTotal, styles.bold);
  put(sheet, total, 4, formula(`SUM(D${FIRST}:D${last})`, percentSum.toString()), {
    ...styles.pct,
    font: styles.bold.font,
  });
  put(sheet, total, 5, formula(`SUM(E${FIRST}:E${last})`, plan.paymentTotal), styles.grand);
  put(sheet, total + 2, 1, text.sheetNote, styles.small);
  await finishSheet({ sheet, data: model.data, labels, lastColumn: 'E', headerRow: FIRST - 1 });
}
