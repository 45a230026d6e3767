import { calculateOfferTotals, lineMargin } from '../calculation';
import type { LineTotals, OfferTotals } from '../calculation';
import type { OfferInput, OfferLine, OfferSection } from '../domain';
import { Decimal } from '../money';

/** The offer fields the totals depend on. */
export type TotalsOffer = Pick<OfferInput, 'discountPct' | 'termMonths' | 'reverseCharge'>;

/** The line fields the totals depend on; `deleted` lines are ignored. */
export type TotalsLine = Pick<
  OfferLine,
  | 'id'
  | 'sectionId'
  | 'quantity'
  | 'unitPrice'
  | 'discountPct'
  | 'vatPct'
  | 'billing'
  | 'kind'
  | 'unitCost'
> & { deleted?: boolean };

export type OfferTotalsResult = OfferTotals & {
  /** Each (not deleted) line's totals by line id. */
  byLineId: Map<string, LineTotals>;
  /** Per section: Σ net of its counted lines, before the offer discount. */
  bySection: Map<string, { net: string }>;
};

export type OfferTotalsArgs = {
  offer: TotalsOffer;
  lines: readonly TotalsLine[];
  /** Sections to list in `bySection` even without counted lines ('0.00'). */
  sections?: readonly Pick<OfferSection, 'id'>[];
};

/** "-12.50" → -1250n; the engine formats every net with exactly two decimals. */
function toCents(amount: string): bigint {
  return BigInt(amount.replace('.', ''));
}

/** -1250n → "-12.50". */
function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Totals of an offer from its stored rows, by the engine's rules; line order does not matter. */
export function offerTotals({ offer, lines, sections = [] }: OfferTotalsArgs): OfferTotalsResult {
  const live = lines.filter((line) => line.deleted !== true);
  // Stored lines already fit the engine ('' means no discount or no cost): no copies.
  const totals = calculateOfferTotals({
    lines: live,
    discountPct: offer.discountPct,
    termMonths: offer.termMonths,
    reverseCharge: offer.reverseCharge,
  });
  const byLineId = new Map<string, LineTotals>();
  // Line nets are whole cents: summed as integer cents (BigInt), exact and without Decimal.
  const sectionCents = new Map<string, bigint>(sections.map((section) => [section.id, 0n]));
  live.forEach((line, index) => {
    const lineTotals = totals.lines[index] as LineTotals;
    byLineId.set(line.id, lineTotals);
    const sum = sectionCents.get(line.sectionId) ?? 0n;
    sectionCents.set(line.sectionId, lineTotals.counted ? sum + toCents(lineTotals.net) : sum);
  });
  const bySection = new Map(
    [...sectionCents].map(([id, cents]) => [id, { net: fromCents(cents) }] as const),
  );
  return { ...totals, byLineId, bySection };
}

export type MarginWarningsArgs = {
  totals: Pick<OfferTotalsResult, 'byLineId' | 'margin'>;
  lines: readonly Pick<OfferLine, 'id' | 'unitCost'>[];
  /** The minimum margin in % from the offer settings; '' disables the warnings. */
  minMarginPct: string;
};

export type MarginWarnings = { lineIds: string[]; offer: boolean };

function belowMinimum(
  margin: { margin: string | null; marginPct: string | null },
  minimum: Decimal,
): boolean {
  if (margin.marginPct !== null) return new Decimal(margin.marginPct).lt(minimum);
  // No margin % without net: a cost on a free line is still a loss worth a warning.
  return margin.margin !== null && new Decimal(margin.margin).isNegative();
}

/**
 * Lines (counted, with a unit cost) and the offer (contract margin) whose margin % is below
 * the minimum. Line margins are before the offer discount, the offer's after it.
 */
export function marginWarnings({
  totals,
  lines,
  minMarginPct,
}: MarginWarningsArgs): MarginWarnings {
  if (minMarginPct === '') return { lineIds: [], offer: false };
  const minimum = new Decimal(minMarginPct);
  const lineIds = lines
    .filter((line) => {
      const lineTotals = totals.byLineId.get(line.id);
      if (lineTotals === undefined || !lineTotals.counted || line.unitCost === '') return false;
      return belowMinimum(lineMargin(lineTotals), minimum);
    })
    .map((line) => line.id);
  const contract = totals.margin.contract;
  return { lineIds, offer: belowMinimum(contract, minimum) };
}
