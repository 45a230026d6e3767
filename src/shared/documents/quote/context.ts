import type { Worksheet } from 'exceljs';
import type { QuoteLabels } from './labels';
import type { QuoteModel } from './model';
import type { QuoteStyles } from './styles';

/** What the writers of one sheet share; `row` is the next free row. */
export type SheetContext = {
  sheet: Worksheet;
  styles: QuoteStyles;
  labels: QuoteLabels;
  model: QuoteModel;
  row: number;
};

/** Column widths of the quote sheet (characters), A–I (I: the billing marker). */
export const QUOTE_WIDTHS = [6, 40, 8, 9, 13, 9, 8, 15, 11] as const;
/** Characters that fit in a line of the description column. */
export const NAME_CHARS = 48;
