import type { Workbook } from 'exceljs';
import type { Billing } from '../../calculation';
import type { SheetContext } from './context';
import { QUOTE_WIDTHS } from './context';
import { writeHeader, writeTableHeader } from './header';
import type { QuoteLabels } from './labels';
import { writeSections } from './lines';
import type { QuoteModel } from './model';
import { writeNotes } from './notes';
import { finishSheet } from './page';
import type { QuoteStyles } from './styles';
import { writeTotals } from './totals';
import type { BillingCells } from './totals';

/** Where the quote sheet put what the other sheets and the defined names refer to. */
export type QuoteSheetCells = {
  name: string;
  billing: Partial<Record<Billing, BillingCells>>;
  /** Row of each line by line id (quantity in C, net in H). */
  rowById: Map<string, number>;
};

/** The customer-facing sheet "Angebot"/"Quote". */
export async function writeQuoteSheet({
  workbook,
  model,
  styles,
  labels,
}: {
  workbook: Workbook;
  model: QuoteModel;
  styles: QuoteStyles;
  labels: QuoteLabels;
}): Promise<QuoteSheetCells> {
  const sheet = workbook.addWorksheet(labels.sheets.quote, {
    views: [{ showGridLines: false }],
  });
  sheet.columns = QUOTE_WIDTHS.map((width) => ({ width }));
  const ctx: SheetContext = { sheet, styles, labels, model, row: 1 };
  writeHeader(workbook, ctx);
  const headerRow = writeTableHeader(ctx);
  const rowById = new Map<string, number>();
  const range = writeSections(ctx, rowById);
  ctx.row += 1;
  const billing = writeTotals(ctx, range);
  writeNotes(ctx);
  await finishSheet({ sheet, data: model.data, labels, lastColumn: 'I', headerRow });
  return { name: labels.sheets.quote, billing, rowById };
}
