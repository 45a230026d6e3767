import type { CellValue } from 'exceljs';
import type { Billing } from '../../calculation';
import { formatRate } from './labels';
import type { BillingBlock, QuoteLine } from './model';
import { formula, num, put, validate, wrappedHeight } from './cells';
import { NAME_CHARS } from './context';
import type { SheetContext } from './context';

/** The rows a block of lines occupies; the totals' SUMIFs run over firstLine:lastLine. */
export type LineRange = { firstLine: number; lastLine: number };

function nameValue(ctx: SheetContext, title: string, description: string): CellValue {
  if (description === '') return title;
  const font = ctx.styles.name.font;
  return {
    richText: [
      { text: title, font },
      { text: `\n${description}`, font: { ...font, size: 8, color: { argb: 'FF505050' } } },
    ],
  };
}

function extraTitle(ctx: SheetContext, line: QuoteLine): string {
  const { labels, model } = ctx;
  const replaced = model.posById.get(line.replaces);
  const marker =
    line.kind !== 'alternative'
      ? labels.optional
      : replaced === undefined
        ? labels.alternative
        : labels.alternativeTo(replaced);
  return `${marker}: ${line.name}${labels.billingSuffix[line.billing as Billing]}`;
}

/** One line row: values, the unlocked quantity and discount, the net as a live formula. */
function writeLine(ctx: SheetContext, line: QuoteLine, extra: boolean): number {
  const { sheet, styles, labels, model } = ctx;
  const r = ctx.row++;
  const title = extra ? extraTitle(ctx, line) : line.name;
  put(sheet, r, 1, line.pos, styles.pos);
  put(sheet, r, 2, nameValue(ctx, title, line.description), extra ? styles.extraName : styles.name);
  put(sheet, r, 3, num(line.quantity), styles.qty);
  put(sheet, r, 4, labels.units[line.unit] ?? line.unit, styles.unit);
  put(sheet, r, 5, num(line.unitPrice), styles.price);
  put(sheet, r, 6, num(line.discountPct), styles.discount);
  // Under reverse charge every rate counts as 0, as in the engine and the SUMIFs below.
  put(sheet, r, 7, model.data.offer.reverseCharge ? 0 : num(line.vatPct), styles.vat);
  put(sheet, r, 8, formula(`ROUND(C${r}*E${r}*(1-F${r}/100),2)`, line.totals.net), styles.net);
  if (title.length > NAME_CHARS || line.description !== '') {
    // The description is set in 8 pt: more characters per line, less height per line.
    const description = line.description === '' ? 0 : wrappedHeight(line.description, 60, 10) - 2;
    sheet.getRow(r).height = wrappedHeight(title, NAME_CHARS) + description;
  }
  return r;
}

function sectionTitle(ctx: SheetContext, title: string): void {
  const r = ctx.row++;
  for (let c = 1; c <= 8; c++) put(ctx.sheet, r, c, c === 1 ? title : null, ctx.styles.section);
  ctx.sheet.mergeCells(r, 1, r, 8);
}

function blockTitle(ctx: SheetContext, title: string): void {
  put(ctx.sheet, ctx.row, 1, title, ctx.styles.block);
  ctx.sheet.getRow(ctx.row).height = 20;
  ctx.row += 1;
}

/** Quantities ≥ 0 and discounts 0–100 where the customer may type. */
function validateInputs(ctx: SheetContext, first: number, last: number): void {
  if (last < first) return;
  const { labels } = ctx;
  validate(ctx.sheet, `C${first}:C${last}`, {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: labels.columns[2],
    error: labels.invalid.quantity,
  });
  validate(ctx.sheet, `F${first}:F${last}`, {
    type: 'decimal',
    operator: 'between',
    formulae: [0, 100],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: labels.columns[5],
    error: labels.invalid.discount,
  });
}

/** A billing block's sections with their lines and subtotal formulas. */
export function writeBlockLines(
  ctx: SheetContext,
  block: BillingBlock,
  rowById: Map<string, number>,
): LineRange & { subtotals: string[] } {
  const { styles, labels, sheet } = ctx;
  if (ctx.model.blocks.length > 1) blockTitle(ctx, labels.billingBlock[block.billing]);
  const firstLine = ctx.row;
  const subtotals: string[] = [];
  for (const section of block.sections) {
    sectionTitle(ctx, section.title);
    const first = ctx.row;
    for (const line of section.lines) rowById.set(line.id, writeLine(ctx, line, false));
    const last = ctx.row - 1;
    const r = ctx.row++;
    for (let c = 3; c <= 7; c++)
      put(sheet, r, c, c === 3 ? labels.subtotal(section.title) : null, styles.subtotalLabel);
    sheet.mergeCells(r, 3, r, 7);
    put(sheet, r, 8, formula(`SUM(H${first}:H${last})`, section.subtotal), styles.subtotal);
    subtotals.push(`H${r}`);
  }
  const lastLine = ctx.row - 1;
  validateInputs(ctx, firstLine, lastLine);
  return { firstLine, lastLine, subtotals };
}

/** Optional and alternative lines: live line formulas, never part of a sum. */
export function writeExtras(ctx: SheetContext, rowById: Map<string, number>): void {
  if (ctx.model.extras.length === 0) return;
  ctx.row += 1;
  blockTitle(ctx, ctx.labels.extrasBlock);
  const first = ctx.row;
  for (const section of ctx.model.extras) {
    sectionTitle(ctx, section.title);
    for (const line of section.lines) rowById.set(line.id, writeLine(ctx, line, true));
  }
  validateInputs(ctx, first, ctx.row - 1);
}

/** "19 %" in the reader's notation, for labels. */
export function rateText(ctx: SheetContext, rate: string): string {
  return formatRate(rate, ctx.model.data.language);
}
