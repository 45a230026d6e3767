import type { Billing } from '../../calculation';
import { Decimal } from '../../money';
import { billingWord } from '../totals';
import { formula, put } from './cells';
import type { SheetContext } from './context';
import type { LineRange } from './lines';
import { blockTitle } from './lines';

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
 * The totals chain (documents/totals) below the lines, each row a formula by the engine's
 * rules: per billing the SUMIFS of its marked lines, the discount, net = Σ per VAT rate
 * ROUND(SUMIFS(rate) × (1 − offer discount), 2), VAT = ROUND(net × rate / 100, 2), gross, the
 * cash discount and the amount payable; then the contract value. Results are the engine's.
 */
export function writeTotals(
  ctx: SheetContext,
  range: LineRange,
): Partial<Record<Billing, BillingCells>> {
  const { sheet, styles, model } = ctx;
  const { firstLine: a, lastLine: b } = range;
  const offer = model.data.offer;
  const factor = discountFactor(offer.discountPct);
  const language = model.data.language;
  const cells: Partial<Record<Billing, BillingCells>> = {};
  // Rows of each billing, known before writing: the discount refers forward to the net.
  let r = ctx.row;
  const plan = model.chain.map((row) => {
    if (row.key === 'title' && row.billing !== 'one-time') r += 1;
    return { row, at: r++ };
  });
  const at = (billing: Billing | null, key: string) =>
    plan.find((p) => p.row.billing === billing && p.row.key === key)?.at;
  const sumif = (billing: Billing, rate?: string) =>
    `SUMIFS(H${a}:H${b},I${a}:I${b},"${billingWord(billing, language)}"${
      rate === undefined ? '' : `,G${a}:G${b},${rate}`
    })`;
  for (const { row, at: n } of plan) {
    const billing = row.billing as Billing;
    if (row.key === 'title') {
      ctx.row = n;
      blockTitle(ctx, row.label);
      continue;
    }
    const amount = row.amount ?? '0.00';
    const groups = model.totals.groups.filter((group) => group.billing === billing);
    const groupNet = (vatPct: string) =>
      `ROUND(${sumif(billing, new Decimal(vatPct).toString())}${factor},2)`;
    let text: string;
    switch (row.key) {
      case 'sumLines':
        text = sumif(billing);
        break;
      case 'discount':
        text = `H${at(billing, 'net')}-H${at(billing, 'sumLines')}`;
        break;
      case 'net':
        text = groups.length === 0 ? '0' : groups.map((g) => groupNet(g.vatPct)).join('+');
        break;
      case 'vat': {
        const rate = new Decimal(row.vat?.pct ?? '0').toString();
        text = `ROUND(${groupNet(rate)}*${rate}/100,2)`;
        break;
      }
      case 'vatTotal': {
        const vats = plan.filter((p) => p.row.billing === billing && p.row.key === 'vat');
        text = vats.length === 0 ? '0' : `SUM(${vats.map((p) => `H${p.at}`).join(',')})`;
        break;
      }
      case 'gross':
        text = `H${at(billing, 'net')}+H${at(billing, 'vatTotal') ?? at(billing, 'vat')}`;
        break;
      case 'cashDiscount':
        text = `-ROUND(H${at(billing, 'gross')}*${new Decimal(offer.cashDiscountPct).toString()}/100,2)`;
        break;
      case 'payable':
        text = `H${at(billing, 'gross')}+H${at(billing, 'cashDiscount')}`;
        break;
      case 'contract': {
        const years = Math.ceil(offer.termMonths / 12);
        const factors: Record<Billing, number> = {
          'one-time': 1,
          monthly: offer.termMonths,
          yearly: years,
        };
        text = model.billings.map((bl) => `H${at(bl, 'net')}*${factors[bl]}`).join('+');
        break;
      }
    }
    label(ctx, n, row.label, row.strong);
    const style =
      row.key === 'gross' || row.key === 'payable' || row.key === 'contract'
        ? styles.grand
        : row.key === 'net'
          ? styles.strong
          : styles.total;
    put(sheet, n, 8, formula(text, amount), style);
  }
  for (const billing of model.billings) {
    cells[billing] = {
      net: `H${at(billing, 'net')}`,
      vat: `H${at(billing, 'vatTotal') ?? at(billing, 'vat')}`,
      gross: `H${at(billing, 'gross')}`,
    };
  }
  ctx.row = (plan.at(-1)?.at ?? ctx.row) + 2;
  return cells;
}
