import { Decimal } from '../../money';
import { formula, put, sumOf } from './cells';
import type { SheetContext } from './context';
import type { LineRange } from './lines';
import { rateText } from './lines';
import type { BillingBlock } from './model';

/** Addresses (column H) of a billing's net, VAT and gross. */
export type BillingCells = { net: string; vat: string; gross: string };

function label(ctx: SheetContext, row: number, text: string, grand: boolean): void {
  const style = grand ? ctx.styles.grandLabel : ctx.styles.totalLabel;
  for (let c = 3; c <= 7; c++) put(ctx.sheet, row, c, c === 3 ? text : null, style);
  ctx.sheet.mergeCells(row, 3, row, 7);
}

/** The offer discount as a formula factor, '' without a discount. */
export function discountFactor(discountPct: string): string {
  if (discountPct === '' || new Decimal(discountPct).isZero()) return '';
  return `*(1-${new Decimal(discountPct).toString()}/100)`;
}

/**
 * A billing's totals below its lines, by the engine's rules: per VAT rate net =
 * ROUND(SUMIF(rate) × (1 − offer discount), 2) and VAT = ROUND(net × rate / 100, 2); then the
 * sums and gross. Results are the engine's figures.
 */
export function writeBlockTotals(
  ctx: SheetContext,
  block: BillingBlock,
  range: LineRange & { subtotals: string[] },
): BillingCells {
  const { sheet, styles, labels, model } = ctx;
  const { firstLine: a, lastLine: b } = range;
  const groups = block.groups;
  const factor = groups.length > 0 ? discountFactor(model.data.offer.discountPct) : '';
  const n = groups.length;
  const start = ctx.row + (factor === '' ? 0 : 2);
  const netRows = n > 1 ? groups.map((_, i) => start + i) : [start];
  const netRow = n > 1 ? start + n : start;
  const vatRows = n > 1 ? groups.map((_, i) => netRow + 1 + i) : [netRow + 1];
  const vatRow = n > 1 ? netRow + n + 1 : netRow + 1;
  const grossRow = vatRow + 1;

  if (factor !== '') {
    const sumRow = ctx.row;
    label(ctx, sumRow, labels.sumLines, false);
    put(sheet, sumRow, 8, formula(sumOf(range.subtotals), block.sumLines), styles.total);
    label(
      ctx,
      sumRow + 1,
      labels.offerDiscount(rateText(ctx, model.data.offer.discountPct)),
      false,
    );
    const discount = new Decimal(block.net).minus(block.sumLines).toFixed(2);
    put(sheet, sumRow + 1, 8, formula(`H${netRow}-H${sumRow}`, discount), styles.total);
  }
  groups.forEach((group, i) => {
    const rate = new Decimal(group.vatPct).toString();
    const netAt = netRows[i] as number;
    const vatAt = vatRows[i] as number;
    if (n > 1) label(ctx, netAt, labels.groupNet(rateText(ctx, rate)), false);
    const sumif = `SUMIF(G${a}:G${b},${rate},H${a}:H${b})`;
    put(
      sheet,
      netAt,
      8,
      formula(`ROUND(${sumif}${factor},2)`, group.net),
      n > 1 ? styles.total : styles.strong,
    );
    label(ctx, vatAt, labels.groupVat(rateText(ctx, rate)), false);
    put(sheet, vatAt, 8, formula(`ROUND(H${netAt}*${rate}/100,2)`, group.vat), styles.total);
  });
  label(ctx, netRow, labels.netTotal[block.billing], true);
  if (n === 0) {
    put(sheet, netRow, 8, 0, styles.strong);
    label(ctx, vatRow, labels.vatTotal[block.billing], false);
    put(sheet, vatRow, 8, 0, styles.total);
  } else if (n > 1) {
    put(sheet, netRow, 8, formula(sumOf(netRows.map((r) => `H${r}`)), block.net), styles.strong);
    label(ctx, vatRow, labels.vatTotal[block.billing], false);
    put(sheet, vatRow, 8, formula(sumOf(vatRows.map((r) => `H${r}`)), block.vat), styles.total);
  }
  label(ctx, grossRow, labels.grossTotal[block.billing], true);
  put(sheet, grossRow, 8, formula(`H${netRow}+H${vatRow}`, block.gross), styles.grand);
  ctx.row = grossRow + 2;
  return { net: `H${netRow}`, vat: `H${vatRow}`, gross: `H${grossRow}` };
}
