import { Decimal, toMoneyString } from '../money';
import { pow10, roundDiv, scaledFromText, scaledOf } from '../money/exact';
import type { Scaled } from '../money/exact';
import { lineKinds } from '../domain/offer';
import type { LineKind } from '../domain/offer';
import { CalculationError, HUNDRED, ZERO, inRange, readDecimal } from './input';

export type Billing = 'one-time' | 'monthly' | 'yearly';

export const billings: readonly Billing[] = ['one-time', 'monthly', 'yearly'];

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

/** A line's amounts in integer cents (exact), its VAT rate as a Decimal. */
export type ReadLine = {
  counted: boolean;
  billing: Billing;
  netCents: bigint;
  costCents: bigint | null;
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
  // The share kept after a line discount as a fraction: (100 − d) / 100, exactly.
  const keepFactors = new Map<string, { numerator: bigint; denominator: bigint }>();
  const vatRates = new Map<string, Decimal>();
  // Offers repeat quantities and prices (the same items, 1 piece): parse each text once.
  const decimals = new Map<string, Scaled & { negative: boolean }>();
  const parsed = (name: string, value: string) => {
    let result = decimals.get(value);
    if (result === undefined) {
      // Stored values are plain decimal strings: read them straight into integers; anything
      // else goes through the full check, which names the field when it is no number.
      const scaled = typeof value === 'string' ? scaledFromText(value) : null;
      const exact = scaled ?? scaledOf(readDecimal(name, value));
      result = { ...exact, negative: exact.units < 0n };
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
      const discount = scaledOf(percent(field('discountPct'), line.discountPct, true));
      const whole = 100n * pow10(discount.scale);
      keep = { numerator: whole - discount.units, denominator: whole };
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
    const unitCost = hasCost ? parsed(field('unitCost'), line.unitCost as string) : null;
    if (unitCost?.negative) {
      throw new CalculationError(field('unitCost'), 'negative', 'must not be negative');
    }
    return {
      counted: kind === 'normal',
      billing: line.billing,
      // line net = round2(quantity × unit price × (1 − discount / 100)), in exact integers
      netCents: roundDiv(
        quantity.units * unitPrice.units * keep.numerator * 100n,
        pow10(quantity.scale + unitPrice.scale) * keep.denominator,
      ),
      costCents:
        unitCost === null
          ? null
          : roundDiv(
              quantity.units * unitCost.units * 100n,
              pow10(quantity.scale + unitCost.scale),
            ),
      vat,
    };
  };
}

/**
 * A line's margin for the internal view: net − cost and its share of net in %, or nulls. Without
 * a positive net there is no percentage: −100 net at 50 cost is a loss of 150, never "150 %".
 */
export function lineMargin({ net, cost }: { net: string; cost: string | null }): {
  margin: string | null;
  marginPct: string | null;
} {
  if (cost === null) return { margin: null, marginPct: null };
  const netValue = readDecimal('net', net);
  const margin = netValue.minus(readDecimal('cost', cost));
  return {
    margin: toMoneyString(margin),
    marginPct: netValue.lte(0) ? null : toMoneyString(margin.div(netValue).times(HUNDRED)),
  };
}
