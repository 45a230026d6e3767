import type { Offer, OfferLine } from '#shared/domain';
import { Decimal } from '#shared/money';
import { offerTotals } from '#shared/offers/totals';

/** Net, cost and margin of the lines the plan generated (before the offer's discount). */
export function planLinesPrice(
  offer: Pick<Offer, 'termMonths'>,
  lines: readonly OfferLine[],
): { net: string; cost: string; margin: string; count: number } {
  const planned = lines.filter((line) => line.planPackageId && line.deleted !== true);
  const totals = offerTotals({
    offer: { discountPct: '', termMonths: offer.termMonths, reverseCharge: false },
    lines: planned,
  });
  let net = new Decimal(0);
  let cost = new Decimal(0);
  for (const line of totals.byLineId.values()) {
    if (!line.counted) continue;
    net = net.plus(line.net);
    if (line.cost !== null) cost = cost.plus(line.cost);
  }
  return {
    net: net.toFixed(2),
    cost: cost.toFixed(2),
    margin: net.minus(cost).toFixed(2),
    count: planned.length,
  };
}
