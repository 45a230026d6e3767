import { Decimal, roundCommercial, toDecimal } from '#shared/money';
import { billingKinds } from '#shared/domain';
import type { BillingKind, Bundle, CatalogItem, CatalogKind } from '#shared/domain';

export type ItemFilter = { query: string; kind: CatalogKind | null; showInactive: boolean };

/** Items matching the search (SKU, name, description), kind and active filter, by name. */
export function filterItems(items: readonly CatalogItem[], filter: ItemFilter): CatalogItem[] {
  const words = filter.query.trim().toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  return items
    .filter((item) => filter.showInactive || item.active)
    .filter((item) => filter.kind === null || item.kind === filter.kind)
    .filter((item) => {
      if (words.length === 0) return true;
      const text = `${item.sku} ${item.name} ${item.description}`.toLocaleLowerCase('de');
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/**
 * Margin of the list price in % ((list − purchase) / list, two decimals); null without a
 * purchase price or with a zero list price, where a margin means nothing.
 */
export function marginPct(item: Pick<CatalogItem, 'purchasePrice' | 'listPrice'>): string | null {
  if (item.purchasePrice === '') return null;
  const list = toDecimal(item.listPrice);
  if (list.isZero()) return null;
  return roundCommercial(list.minus(toDecimal(item.purchasePrice)).div(list).times(100), 2);
}

export type BundleTotal = {
  /**
   * Σ quantity × list price per billing kind and currency, rounded to cents, one-time first:
   * monthly amounts are never added to one-time ones.
   */
  totals: { billing: BillingKind; currency: string; amount: string }[];
  /** Referenced items that are gone (deleted); their lines are left out of the total. */
  missing: number;
};

/** The list-price total of a bundle, per billing kind and currency (items may differ in both). */
export function bundleTotal(
  bundle: Pick<Bundle, 'items'>,
  itemsById: ReadonlyMap<string, CatalogItem>,
): BundleTotal {
  const sums = new Map<string, { billing: BillingKind; currency: string; sum: Decimal }>();
  let missing = 0;
  for (const line of bundle.items) {
    const item = itemsById.get(line.catalogItemId);
    if (!item || item.deleted) {
      missing += 1;
      continue;
    }
    const amount = toDecimal(line.quantity).times(toDecimal(item.listPrice));
    const key = `${item.billing}|${item.currency}`;
    const entry = sums.get(key) ?? {
      billing: item.billing,
      currency: item.currency,
      sum: new Decimal(0),
    };
    entry.sum = entry.sum.plus(amount);
    sums.set(key, entry);
  }
  const totals = [...sums.values()]
    .sort((a, b) => billingKinds.indexOf(a.billing) - billingKinds.indexOf(b.billing))
    .map(({ billing, currency, sum }) => ({ billing, currency, amount: roundCommercial(sum, 2) }));
  return { totals, missing };
}
