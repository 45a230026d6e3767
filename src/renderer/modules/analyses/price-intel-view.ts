import type { CatalogItem, Offer, OfferLine } from '#shared/domain';
import type { PricedLine } from '#shared/analyses';
import { toDecimal } from '#shared/money';

/** The catalog kind of a line's item ('' for a free line or an item no longer there). */
export function lineCategory(
  line: Pick<OfferLine, 'catalogItemId'>,
  items: readonly Pick<CatalogItem, 'id' | 'kind'>[],
): string {
  if (line.catalogItemId === '') return '';
  return items.find((item) => item.id === line.catalogItemId)?.kind ?? '';
}

/**
 * The line as price matching reads it: its item, its item's kind as the category and our unit
 * price in euros (observations are in EUR; an offer in another currency is converted with its
 * rate, 1 EUR = rate units).
 */
export function pricedLine(
  line: Pick<OfferLine, 'catalogItemId' | 'unitPrice'>,
  items: readonly Pick<CatalogItem, 'id' | 'kind'>[],
  offer: Pick<Offer, 'currency' | 'exchangeRate'>,
): PricedLine {
  let unitPrice: string = line.unitPrice;
  if (offer.currency !== 'EUR' && offer.exchangeRate !== '' && unitPrice !== '') {
    unitPrice = toDecimal(unitPrice).div(toDecimal(offer.exchangeRate)).toFixed(2);
  }
  // A credit line (negative price) has no competitor price to compare with.
  if (unitPrice.startsWith('-')) unitPrice = '';
  return { catalogItemId: line.catalogItemId, kind: lineCategory(line, items), unitPrice };
}

/** The observation filter for these lines: their items and their items' kinds. */
export function priceFilterFor(
  lines: readonly Pick<OfferLine, 'catalogItemId'>[],
  items: readonly Pick<CatalogItem, 'id' | 'kind'>[],
): { catalogItemIds: string[]; categories: string[] } {
  const catalogItemIds = [
    ...new Set(lines.map((line) => line.catalogItemId).filter((id) => id !== '')),
  ].sort();
  const categories = [
    ...new Set(lines.map((line) => lineCategory(line, items)).filter((kind) => kind !== '')),
  ].sort();
  return { catalogItemIds, categories };
}
