import { Decimal, toMoneyString } from '../money';
import { CalculationError, HUNDRED, ZERO, inRange, nonNegative, readDecimal } from './input';

const ONE = new Decimal(1);

export type Billing = 'one-time' | 'monthly' | 'yearly';
export type LineKind = 'normal' | 'optional' | 'alternative';

export const billings: readonly Billing[] = ['one-time', 'monthly', 'yearly'];
const lineKinds: readonly LineKind[] = ['normal', 'optional', 'alternative'];

/** One offer line as the totals see it; amounts and percentages are decimal strings. */
export type OfferTotalsLine = {
  quantity: string;
  unitPrice: string;
  /** Line discount in %, 0–100. */
  discountPct?: string;
  vatPct: string;
  billing: Billing;
  /** Only normal lines count; optional and alternative lines are shown, not summed. */
  kind?: LineKind;
  /** Internal cost per unit; lines without it have no cost or margin. */
  unitCost?: string;
};

/** A line's amounts as Decimals, rounded to cents. */
export type ReadLine = {
  counted: boolean;
  billing: Billing;
  net: Decimal;
  cost: Decimal | null;
  /** The VAT rate in % (0 under reverse charge). */
  vat: Decimal;
};

/** Reads a percentage 0–100; an empty optional one is 0. */
export function percent(field: string, value: string | undefined, optional: boolean): Decimal {
  if (optional && (value === undefined || value === '')) return ZERO;
  return inRange(field, readDecimal(field, value), { min: 0, max: 100 });
}

/** Rounds commercially to cents without the checks of round2: the hot path of big offers. */
export function cents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Formats a Decimal as "1234.50": commercial rounding, never "-0.00". */
export function fixed2(value: Decimal): string {
  const text = value.toFixed(2, Decimal.ROUND_HALF_UP);
  return text === '-0.00' ? '0.00' : text;
}

/**
 * Reads offer lines with per-call caches: offers repeat a handful of rate texts over thousands
 * of lines, so each discount factor and VAT rate is parsed once.
 */
export function lineReader(reverseCharge: boolean) {
  const keepFactors = new Map<string, Decimal>();
  const vatRates = new Map<string, Decimal>();
  // Offers repeat quantities and prices (the same items, 1 piece): parse each text once.
  const decimals = new Map<string, Decimal>();
  const parsed = (name: string, value: string): Decimal => {
    let result = decimals.get(value);
    if (result === undefined) {
      result = readDecimal(name, value);
      decimals.set(value, result);
    }
    return result;
  };

  return (line: OfferTotalsLine, index: number): ReadLine => {
    const field = (name: string) => `lines[${index}].${name}`;
    if (!billings.includes(line.billing)) {
      throw new CalculationError(
        field('billing'),
        'range',
        `unknown billing "${String(line.billing)}"`,
      );
    }
    const kind = line.kind ?? 'normal';
    if (!lineKinds.includes(kind)) {
      throw new CalculationError(field('kind'), 'range', `unknown line kind "${String(kind)}"`);
    }
    const quantity = parsed(field('quantity'), line.quantity);
    const unitPrice = parsed(field('unitPrice'), line.unitPrice);
    const discountKey = line.discountPct ?? '';
    let keep = keepFactors.get(discountKey);
    if (keep === undefined) {
      const discount = percent(field('discountPct'), line.discountPct, true);
      keep = HUNDRED.minus(discount).div(HUNDRED);
      keepFactors.set(discountKey, keep);
    }
    let vat = vatRates.get(line.vatPct);
    if (vat === undefined) {
      // Checked under reverse charge too: the rate comes back when the client changes.
      const rate = percent(field('vatPct'), line.vatPct, false);
      vat = reverseCharge ? ZERO : rate;
      vatRates.set(line.vatPct, vat);
    }
    const hasCost = line.unitCost !== undefined && line.unitCost !== '';
    const unitCost = hasCost
      ? nonNegative(field('unitCost'), parsed(field('unitCost'), line.unitCost as string))
      : null;
    return {
      counted: kind === 'normal',
      billing: line.billing,
      // line net = round2(quantity × unit price × (1 − discount / 100))
      // Most lines have no discount: skip the multiplication by exactly 1.
      net: cents(keep.eq(ONE) ? quantity.times(unitPrice) : quantity.times(unitPrice).times(keep)),
      cost: unitCost === null ? null : cents(quantity.times(unitCost)),
      vat,
    };
  };
}

/** A line's margin for the internal view: net − cost and its share of net in %, or nulls. */
export function lineMargin({ net, cost }: { net: string; cost: string | null }): {
  margin: string | null;
  marginPct: string | null;
} {
  if (cost === null) return { margin: null, marginPct: null };
  const netValue = readDecimal('net', net);
  const margin = netValue.minus(readDecimal('cost', cost));
  return {
    margin: toMoneyString(margin),
    marginPct: netValue.isZero() ? null : toMoneyString(margin.div(netValue).times(HUNDRED)),
  };
}
