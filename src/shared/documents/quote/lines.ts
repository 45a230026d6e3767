import type { CellValue } from 'exceljs';
import type { Billing } from '../../calculation';
import { formatRate } from './labels';
import type { QuoteLine } from './model';
import { billingWord, subtotalLabel } from '../totals';
import { creditText, hidesPrice, packagePriceLabel } from '../package';
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
  return `${marker}: ${line.name}`;
}

/**
 * One line row: values, the unlocked quantity and discount, the net as a live formula. In a
 * package (`hidden`) price, discount and net keep their values and formulas, so the package
 * price stays live, but show nothing and "im Paket" and are locked and hidden.
 */
function writeLine(ctx: SheetContext, line: QuoteLine, extra: boolean, hidden: boolean): number {
  const { sheet, styles, labels, model } = ctx;
  const r = ctx.row++;
  const name =
    line.credit === true ? `${creditText(model.data.language)}: ${line.name}` : line.name;
  const title = extra ? extraTitle(ctx, { ...line, name }) : name;
  put(sheet, r, 1, line.pos, styles.pos);
  put(sheet, r, 2, nameValue(ctx, title, line.description), extra ? styles.extraName : styles.name);
  put(sheet, r, 3, num(line.quantity), styles.qty);
  put(sheet, r, 4, labels.units[line.unit] ?? line.unit, styles.unit);
  put(sheet, r, 5, num(line.unitPrice), hidden ? styles.packagePrice : styles.price);
  put(sheet, r, 6, num(line.discountPct), hidden ? styles.packagePrice : styles.discount);
  // Under reverse charge every rate counts as 0, as in the engine and the SUMIFs below.
  put(sheet, r, 7, model.data.offer.reverseCharge ? 0 : num(line.vatPct), styles.vat);
  put(
    sheet,
    r,
    8,
    formula(`ROUND(C${r}*E${r}*(1-F${r}/100),2)`, line.totals.net),
    hidden ? styles.packageNet : styles.net,
  );
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

export function blockTitle(ctx: SheetContext, title: string): void {
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

/** The marker in column I: the billing word of a counted line, else optional/alternative. */
export function markerOf(ctx: SheetContext, line: Pick<QuoteLine, 'kind' | 'billing'>): string {
  if (line.kind !== 'normal') return ctx.labels.marker[line.kind];
  return billingWord(line.billing as Billing, ctx.model.data.language);
}

/**
 * Every section with its lines in the editor's order (position numbers ascending, no gaps),
 * each line marked with its billing in column I (optional and alternative lines with their
 * kind: never summed), then the section's subtotals per billing as SUMIFS over that marker.
 */
export function writeSections(ctx: SheetContext, rowById: Map<string, number>): LineRange {
  const { styles, sheet, model } = ctx;
  const firstLine = ctx.row;
  for (const section of model.sections) {
    sectionTitle(ctx, section.title);
    const first = ctx.row;
    for (const line of section.lines) {
      const r = writeLine(ctx, line, line.kind !== 'normal', hidesPrice(section, line));
      put(sheet, r, 9, markerOf(ctx, line), styles.unit);
      rowById.set(line.id, r);
    }
    const last = ctx.row - 1;
    for (const subtotal of section.subtotals) {
      const r = ctx.row++;
      // A package's subtotals are its package prices: the SUMIFS over its hidden line nets.
      const text = (section.package ? packagePriceLabel : subtotalLabel)({
        title: section.title,
        billing: subtotal.billing,
        split: section.subtotals.length > 1,
        language: model.data.language,
      });
      for (let c = 3; c <= 7; c++) put(sheet, r, c, c === 3 ? text : null, styles.subtotalLabel);
      sheet.mergeCells(r, 3, r, 7);
      const word = billingWord(subtotal.billing, model.data.language);
      put(
        sheet,
        r,
        8,
        formula(`SUMIFS(H${first}:H${last},I${first}:I${last},"${word}")`, subtotal.net),
        section.package ? styles.strong : styles.subtotal,
      );
    }
  }
  const lastLine = ctx.row - 1;
  validateInputs(ctx, firstLine, lastLine);
  return { firstLine, lastLine };
}

/** "19 %" in the reader's notation, for labels. */
export function rateText(ctx: SheetContext, rate: string): string {
  return formatRate(rate, ctx.model.data.language);
}
