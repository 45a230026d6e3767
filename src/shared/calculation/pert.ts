import { roundCommercial } from '../money';
import type { Decimal } from '../money';
import { CalculationError, nonNegative, readDecimal, readOptional } from './input';
import type { NumberInput } from './input';

/** Three-point estimate in person-days. */
export type PertInput = {
  optimistic: NumberInput;
  mostLikely: NumberInput;
  pessimistic: NumberInput;
};

/** Days with two decimals. */
export type PertResult = { expected: string; standardDeviation: string };

function readPoints(input: PertInput): { o: Decimal; m: Decimal; p: Decimal } {
  const o = nonNegative('optimistic', readDecimal('optimistic', input.optimistic));
  const m = nonNegative('mostLikely', readDecimal('mostLikely', input.mostLikely));
  const p = nonNegative('pessimistic', readDecimal('pessimistic', input.pessimistic));
  if (m.lt(o)) {
    throw new CalculationError('mostLikely', 'range', 'must not be below the optimistic estimate');
  }
  if (p.lt(m)) {
    throw new CalculationError(
      'pessimistic',
      'range',
      'must not be below the most likely estimate',
    );
  }
  return { o, m, p };
}

function expectedValue({ o, m, p }: { o: Decimal; m: Decimal; p: Decimal }): Decimal {
  return o.plus(m.times(4)).plus(p).div(6);
}

/** PERT: expected = (o + 4m + p) / 6, standard deviation = (p − o) / 6. */
export function pertEstimate(input: PertInput): PertResult {
  const points = readPoints(input);
  return {
    expected: roundCommercial(expectedValue(points), 2),
    standardDeviation: roundCommercial(points.p.minus(points.o).div(6), 2),
  };
}

/**
 * The quantity an estimated service line gets: the exact PERT expected value plus the risk
 * surcharge, rounded up to the quarter day ("3.50"). Takes the three points rather than the
 * rounded expected value, which could sit just below a quarter boundary.
 */
export function pertQuantity(estimate: PertInput, riskPct: NumberInput = 0): string {
  const risk = nonNegative('riskPct', readOptional('riskPct', riskPct));
  const { o, m, p } = readPoints(estimate);
  // One division at the end, so a result that is exactly a quarter day stays exact.
  const quarters = o.plus(m.times(4)).plus(p).times(risk.plus(100)).times(4).div(600);
  return quarters.ceil().div(4).toFixed(2);
}
