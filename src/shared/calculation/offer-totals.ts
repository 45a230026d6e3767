import { Decimal } from '../money';
import { CalculationError, HUNDRED, ZERO } from './input';
import { centsToString } from '../money/exact';
import { billings, cents, fixed2, lineReader, percent } from './offer-lines';
import type { Billing, OfferTotalsLine } from './offer-lines';

export type OfferTotalsInput = {
  lines: readonly OfferTotalsLine[];
  /** Offer-level discount in %, 0–100, applied per billing and VAT group. */
  discountPct?: string;
  /** Contract term for recurring lines. */
  termMonths: number;
  /** EU business client outside Germany: no VAT, with the legal note. */
  reverseCharge?: boolean;
};

/** Per line, in input order; `lineMargin` gives a line's margin for the internal view. */
export type LineTotals = {
  net: string;
  cost: string | null;
  /** False for optional and alternative lines. */
  counted: boolean;
};

export type VatGroup = { billing: Billing; vatPct: string; net: string; vat: string };
export type BillingTotals = { net: string; vat: string; gross: string };

/**
 * Margin after the offer discount. A counted line without a unit cost is left out (its net is
 * `uncostedNet`; `complete` is false): counting it as pure profit would overstate the margin. A
 * negative line without a cost (a credit) stays in: it lowers the margin. `margin` and
 * `marginPct` are over `marginNet`; `net` is the whole net, as the totals show it. No margin %
 * without a positive base: a negative base never shows a high percentage.
 */
export type MarginTotals = {
  net: string;
  /** The net the margin is computed on: the lines with a unit cost, and credits. */
  marginNet: string;
  /** The net of the lines left out for lack of a unit cost. */
  uncostedNet: string;
  cost: string;
  margin: string;
  marginPct: string | null;
  complete: boolean;
};

export type OfferTotals = {
  lines: LineTotals[];
  /** Ordered by billing (one-time, monthly, yearly), then VAT rate from high to low. */
  groups: VatGroup[];
  oneTime: BillingTotals;
  monthly: BillingTotals;
  yearly: BillingTotals;
  contractValue: string;
  margin: {
    oneTime: MarginTotals;
    monthly: MarginTotals;
    yearly: MarginTotals;
    /** Over the contract term, like contractValue. */
    contract: MarginTotals;
  };
  reverseCharge: boolean;
  /** The legal note to print when reverse charge applies. */
  vatNote: { de: string; en: string } | null;
};

export const REVERSE_CHARGE_NOTE = {
  de: 'Steuerschuldnerschaft des Leistungsempfängers',
  en: 'Reverse charge',
} as const;

/** Line nets are summed in exact integer cents; only the few group totals use Decimal. */
type GroupSum = { billing: Billing; vat: Decimal; sumCents: bigint };
type Sums = {
  net: Decimal;
  vat: Decimal;
  cost: Decimal;
  costCents: bigint;
  /** Σ nets of the counted lines without a unit cost and above 0 (left out of the margin). */
  uncostedCents: bigint;
  /** uncostedCents after the offer discount. */
  uncosted: Decimal;
};

const fromCents = (cents: bigint) => new Decimal(cents.toString()).div(100);

function marginTotals(
  net: Decimal,
  uncosted: Decimal,
  cost: Decimal,
  complete: boolean,
): MarginTotals {
  const base = net.minus(uncosted);
  const margin = base.minus(cost);
  return {
    net: fixed2(net),
    marginNet: fixed2(base),
    uncostedNet: fixed2(uncosted),
    cost: fixed2(cost),
    margin: fixed2(margin),
    marginPct: base.lte(0) ? null : fixed2(margin.div(base).times(HUNDRED)),
    complete,
  };
}

function checkTerm(termMonths: number): number {
  if (!Number.isInteger(termMonths) || termMonths < 0) {
    throw new CalculationError(
      'termMonths',
      'range',
      'must be a whole number of months, 0 or more',
    );
  }
  return termMonths;
}

/**
 * Offer totals by the rules of issue 3: line net = round2(qty × price × (1 − discount)); normal
 * lines grouped by billing and VAT rate; group net = round2(Σ nets × (1 − offer discount)),
 * VAT = round2(group net × rate); per billing the sums; contract value = one-time +
 * monthly × term + yearly × ceil(term / 12). Under reverse charge every rate counts as 0.
 */
export function calculateOfferTotals(input: OfferTotalsInput): OfferTotals {
  const reverseCharge = input.reverseCharge === true;
  const offerDiscount = percent('discountPct', input.discountPct, true);
  const termMonths = checkTerm(input.termMonths);
  const keep = HUNDRED.minus(offerDiscount).div(HUNDRED);
  const readLine = lineReader(reverseCharge);
  const groupSums = new Map<string, GroupSum>();
  const sums = new Map<Billing, Sums>(
    billings.map((billing) => [
      billing,
      { net: ZERO, vat: ZERO, cost: ZERO, costCents: 0n, uncostedCents: 0n, uncosted: ZERO },
    ]),
  );
  const sumsOf = (billing: Billing) => sums.get(billing) as Sums;

  const lines = input.lines.map((line, index): LineTotals => {
    const { counted, billing, netCents, costCents, vat } = readLine(line, index);
    if (counted) {
      // Decimal normalises "19.0" and "19" to the same key.
      const key = `${billing}|${vat.toString()}`;
      const group = groupSums.get(key);
      if (group === undefined) groupSums.set(key, { billing, vat, sumCents: netCents });
      else group.sumCents += netCents;
      const billingSums = sumsOf(billing);
      if (costCents !== null) billingSums.costCents += costCents;
      else if (netCents > 0n) billingSums.uncostedCents += netCents;
    }
    return {
      net: centsToString(netCents),
      cost: costCents === null ? null : centsToString(costCents),
      counted,
    };
  });
  for (const billingSums of sums.values()) {
    billingSums.cost = fromCents(billingSums.costCents);
    billingSums.uncosted = cents(fromCents(billingSums.uncostedCents).times(keep));
  }

  const groups = [...groupSums.values()]
    .sort(
      (a, b) =>
        billings.indexOf(a.billing) - billings.indexOf(b.billing) || b.vat.comparedTo(a.vat),
    )
    .map(({ billing, vat, sumCents }): VatGroup => {
      const net = cents(fromCents(sumCents).times(keep));
      const tax = cents(net.times(vat).div(HUNDRED));
      const billingSums = sumsOf(billing);
      billingSums.net = billingSums.net.plus(net);
      billingSums.vat = billingSums.vat.plus(tax);
      return { billing, vatPct: vat.toString(), net: fixed2(net), vat: fixed2(tax) };
    });

  const billingTotals = (billing: Billing): BillingTotals => {
    const { net, vat } = sumsOf(billing);
    return { net: fixed2(net), vat: fixed2(vat), gross: fixed2(net.plus(vat)) };
  };
  const years = Math.ceil(termMonths / 12);
  const overTerm = (pick: (sums: Sums) => Decimal): Decimal =>
    pick(sumsOf('one-time'))
      .plus(pick(sumsOf('monthly')).times(termMonths))
      .plus(pick(sumsOf('yearly')).times(years));
  const contractValue = overTerm((s) => s.net);
  const complete = (billing: Billing) => sumsOf(billing).uncostedCents === 0n;
  const billingMargin = (billing: Billing) => {
    const { net, uncosted, cost } = sumsOf(billing);
    return marginTotals(net, uncosted, cost, complete(billing));
  };

  return {
    lines,
    groups,
    oneTime: billingTotals('one-time'),
    monthly: billingTotals('monthly'),
    yearly: billingTotals('yearly'),
    contractValue: fixed2(contractValue),
    margin: {
      oneTime: billingMargin('one-time'),
      monthly: billingMargin('monthly'),
      yearly: billingMargin('yearly'),
      contract: marginTotals(
        contractValue,
        overTerm((s) => s.uncosted),
        overTerm((s) => s.cost),
        billings.every(complete),
      ),
    },
    reverseCharge,
    vatNote: reverseCharge ? { ...REVERSE_CHARGE_NOTE } : null,
  };
}
