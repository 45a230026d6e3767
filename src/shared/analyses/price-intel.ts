import type { Decimal } from '../money';
import { HUNDRED, fixed2, readArray, readNonNegative, readRecord } from './input';
import type { NumberInput } from './input';

/** What an observation needs for matching; the domain's PriceObservation fits. */
export type ObservationLike = {
  catalogItemId: string;
  category: string;
  price: NumberInput;
  observedOn: string;
  deleted?: boolean;
};

/** The offer line being priced: its catalog item ('' none), kind and our unit price. */
export type PricedLine = { catalogItemId: string; kind: string; unitPrice: NumberInput | '' };

export type PriceMatch<T> = {
  /** 'item' when observations for the same catalog item exist, else 'category', else 'none'. */
  basis: 'item' | 'category' | 'none';
  /** The matching observations, newest first. */
  observations: T[];
  /** Lowest, median and highest observed price ('' without observations). */
  min: string;
  median: string;
  max: string;
  /** (our unit price − median) / median × 100: above zero we are dearer ('' when unknown). */
  gapPct: string;
};

/**
 * Competitor prices that match an offer line: those for the same catalog item, or else those
 * recorded for the line's kind as a category; deleted ones never. Newest first (observedOn
 * descending, input order on the same day), with min, median and max and our price's gap to the
 * median in percent.
 */
export function matchPriceObservations<T extends ObservationLike>(
  line: PricedLine,
  observations: readonly T[],
): PriceMatch<T> {
  const priced = readRecord('line', line);
  const itemId = typeof priced.catalogItemId === 'string' ? priced.catalogItemId : '';
  const kind = typeof priced.kind === 'string' ? priced.kind : '';
  const live = readArray('observations', observations)
    .map((item, index) => ({ observation: item as T, index }))
    .filter(({ observation }) => readRecord('observations', observation).deleted !== true);
  const byItem =
    itemId === '' ? [] : live.filter(({ observation }) => observation.catalogItemId === itemId);
  const byCategory =
    kind === '' ? [] : live.filter(({ observation }) => observation.category === kind);
  const basis = byItem.length > 0 ? 'item' : byCategory.length > 0 ? 'category' : 'none';
  const chosen = basis === 'item' ? byItem : byCategory;
  const prices = chosen.map(({ observation, index }) =>
    readNonNegative(`observations[${index}].price`, observation.price),
  );
  const sorted = [...chosen].sort(
    (a, b) => compareText(b.observation.observedOn, a.observation.observedOn) || a.index - b.index,
  );
  const result: PriceMatch<T> = {
    basis,
    observations: sorted.map(({ observation }) => observation),
    min: '',
    median: '',
    max: '',
    gapPct: '',
  };
  if (prices.length === 0) return result;
  const ascending = prices.sort((a, b) => a.comparedTo(b));
  const median = medianOf(ascending);
  result.min = fixed2(ascending[0] as Decimal);
  result.max = fixed2(ascending[ascending.length - 1] as Decimal);
  result.median = fixed2(median);
  const ours = priced.unitPrice;
  if (ours !== undefined && ours !== null && ours !== '' && !median.isZero()) {
    const price = readNonNegative('line.unitPrice', ours);
    result.gapPct = fixed2(price.minus(median).div(median).times(HUNDRED));
  }
  return result;
}

function medianOf(ascending: Decimal[]): Decimal {
  const middle = Math.floor(ascending.length / 2);
  const upper = ascending[middle] as Decimal;
  return ascending.length % 2 === 1 ? upper : (ascending[middle - 1] as Decimal).plus(upper).div(2);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
