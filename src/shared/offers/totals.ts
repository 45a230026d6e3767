import { calculateOfferTotals, lineMargin } from '../calculation';
import type { LineTotals, OfferTotals } from '../calculation';
import type { OfferInput, OfferLine, OfferSection } from '../domain';
import { Decimal, toMoneyString } from '../money';

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

/** Totals of an offer from its stored rows, by the engine's rules; line order does not matter. */
export function offerTotals({ offer, lines, sections = [] }: OfferTotalsArgs): OfferTotalsResult {
  const live = lines.filter((line) => line.deleted !== true);
  const totals = calculateOfferTotals({
    lines: live.map((line) => ({
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPct: line.discountPct === '' ? undefined : line.discountPct,
      vatPct: line.vatPct,
      billing: line.billing,
      kind: line.kind,
      unitCost: line.unitCost === '' ? undefined : line.unitCost,
    })),
    discountPct: offer.discountPct === '' ? undefined : offer.discountPct,
    termMonths: offer.termMonths,
    reverseCharge: offer.reverseCharge,
  });
  const byLineId = new Map<string, LineTotals>();
  const sectionSums = new Map<string, Decimal>(
    sections.map((section) => [section.id, new Decimal(0)]),
  );
  live.forEach((line, index) => {
    const lineTotals = totals.lines[index] as LineTotals;
    byLineId.set(line.id, lineTotals);
    const sum = sectionSums.get(line.sectionId) ?? new Decimal(0);
    // Line nets are whole cents, so their sum is exact without rounding.
    sectionSums.set(line.sectionId, lineTotals.counted ? sum.plus(lineTotals.net) : sum);
  });
  const bySection = new Map(
    [...sectionSums].map(([id, net]) => [id, { net: toMoneyString(net) }] as const),
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
