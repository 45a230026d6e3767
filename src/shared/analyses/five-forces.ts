import { Decimal } from '../money';
import { fixed2, readRating, readRecord, type NumberInput } from './input';

export const FIVE_FORCES = [
  'rivalry',
  'threatOfNewEntrants',
  'threatOfSubstitutes',
  'buyerPower',
  'supplierPower',
] as const;

export type Attractiveness = 'high' | 'medium' | 'low';

/** A force as a plain rating, or as the analysis stores it ({ rating, reason }). */
export type ForceInput = NumberInput | { rating: NumberInput };

export type FiveForcesInput = Record<(typeof FIVE_FORCES)[number], ForceInput>;

/**
 * The average of the five forces (each a whole number 1–5) and the industry's attractiveness:
 * 'high' below 2.5, 'low' above 3.5, else 'medium'. The rule reads the exact average (with
 * whole ratings it always has at most one decimal, so it equals the returned two-decimal one).
 */
export function fiveForces(input: FiveForcesInput): {
  average: string;
  attractiveness: Attractiveness;
} {
  const record = readRecord('input', input);
  let sum = new Decimal(0);
  for (const key of FIVE_FORCES) {
    const value = record[key];
    const rating =
      typeof value === 'object' && value !== null
        ? readRating(`${key}.rating`, (value as { rating?: unknown }).rating)
        : readRating(key, value);
    sum = sum.plus(rating);
  }
  const average = sum.div(FIVE_FORCES.length);
  const attractiveness: Attractiveness = average.lt(2.5)
    ? 'high'
    : average.gt(3.5)
      ? 'low'
      : 'medium';
  return { average: fixed2(average), attractiveness };
}
