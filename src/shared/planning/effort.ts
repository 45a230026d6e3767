/**
 * Effort: a package's three-point estimate read leniently (the analysis must not throw on a
 * merged row), its PERT figures, the plan's totals and the reserve at a confidence level.
 */
import { pertEstimate } from '../calculation/pert';
import { estimateOrderMessages } from '../domain/planning';
import type { ConfidenceLevel } from '../domain/planning';
import { Decimal, isDecimalString } from '../money';
import { Z_BY_CONFIDENCE } from './probability';
import type { PlanEffort } from './types';

type EstimateField = 'optimistic' | 'mostLikely' | 'pessimistic';
export type EstimateText = Record<EstimateField, string>;

/**
 * The problems of a three-point estimate by field, as i18n keys: 'validation.decimal' (not a
 * number), 'validation.negative', and the order keys of the domain (optimistic ≤ most likely ≤
 * pessimistic). Empty when the estimate is fine.
 */
export function checkEstimate(estimate: EstimateText): Partial<Record<EstimateField, string>> {
  const problems: Partial<Record<EstimateField, string>> = {};
  const values: Partial<Record<EstimateField, Decimal>> = {};
  for (const field of ['optimistic', 'mostLikely', 'pessimistic'] as const) {
    const text = estimate[field];
    if (!isDecimalString(text)) {
      problems[field] = 'validation.decimal';
      continue;
    }
    const value = new Decimal(text.trim());
    if (value.isNegative() && !value.isZero()) {
      problems[field] = 'validation.negative';
      continue;
    }
    values[field] = value;
  }
  const { optimistic, mostLikely, pessimistic } = values;
  if (optimistic && mostLikely && mostLikely.lt(optimistic)) {
    problems.mostLikely = estimateOrderMessages.mostLikely;
  }
  if (mostLikely && pessimistic && pessimistic.lt(mostLikely)) {
    problems.pessimistic = estimateOrderMessages.pessimistic;
  }
  return problems;
}

/**
 * The estimate a computation can use: unreadable or negative values count as 0 and the three
 * points are sorted, so a merged row out of order still schedules (the analysis reports it).
 */
export function usableEstimate(estimate: EstimateText): EstimateText {
  const { optimistic, mostLikely, pessimistic } = estimate;
  if (
    isDecimalString(optimistic) &&
    isDecimalString(mostLikely) &&
    isDecimalString(pessimistic) &&
    !optimistic.trim().startsWith('-') &&
    Number(optimistic) <= Number(mostLikely) &&
    Number(mostLikely) <= Number(pessimistic)
  ) {
    return {
      optimistic: optimistic.trim(),
      mostLikely: mostLikely.trim(),
      pessimistic: pessimistic.trim(),
    };
  }
  const points = [estimate.optimistic, estimate.mostLikely, estimate.pessimistic]
    .map((text) => (isDecimalString(text) && Number(text) > 0 ? text.trim() : '0'))
    .map((text) => ({ text, value: Number(text) }))
    .sort((a, b) => a.value - b.value);
  return {
    optimistic: points[0]!.text,
    mostLikely: points[1]!.text,
    pessimistic: points[2]!.text,
  };
}

const SHORT_DECIMAL = /^\d{1,9}(\.\d{1,4})?$/;

/** A short non-negative decimal in ten-thousandths ("2.5" → 25000), or null. */
function tenThousandths(text: string): number | null {
  if (!SHORT_DECIMAL.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
}

/** Hundredths as text: 1250 → "12.50". */
const hundredthsText = (value: number): string =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

/**
 * PERT of a package in person-days (two decimals), from its usable estimate: the same figures
 * as pertEstimate (half away from zero), in exact integer arithmetic for the usual short
 * decimals, so the analysis of 1,000 packages stays cheap.
 */
export function packagePert(estimate: EstimateText): {
  expected: string;
  standardDeviation: string;
} {
  const usable = usableEstimate(estimate);
  const o = tenThousandths(usable.optimistic);
  const m = tenThousandths(usable.mostLikely);
  const p = tenThousandths(usable.pessimistic);
  if (o === null || m === null || p === null) return pertEstimate(usable);
  // (o + 4m + p) / 6 in ten-thousandths → hundredths: divide by 600, rounding half up.
  return {
    expected: hundredthsText(Math.floor((o + 4 * m + p + 300) / 600)),
    standardDeviation: hundredthsText(Math.floor((p - o + 300) / 600)),
  };
}

/** Whether the three points are out of order (optimistic ≤ most likely ≤ pessimistic). */
export function estimateOutOfOrder(estimate: EstimateText): boolean {
  const o = Number(estimate.optimistic);
  const m = Number(estimate.mostLikely);
  const p = Number(estimate.pessimistic);
  return m < o || p < m;
}

/** Hundredths as an integer ("12.50" → 1250), for exact sums of two-decimal figures. */
export function hundredths(text: string): number {
  return Math.round(Number(text) * 100);
}

export function daysText(value: number): string {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** ⌈expected / team⌉ working days (0 for no effort), exact on the two-decimal figure. */
export function packageDuration(expected: string, team: number): number {
  return Math.ceil(hundredths(expected) / (100 * Math.max(1, team)));
}

/**
 * The plan's effort: Σ expected and √Σσ² over the packages, the effort at the confidence level
 * (expected + z·σ rounded up to the quarter day; at 50 % exactly the expected) and the reserve.
 */
export function planEffort(
  packages: readonly { expected: string; standardDeviation: string }[],
  confidencePct: ConfidenceLevel,
): PlanEffort {
  let expectedHundredths = 0;
  let variance = 0;
  for (const pkg of packages) {
    expectedHundredths += hundredths(pkg.expected);
    const sd = Number(pkg.standardDeviation);
    variance += sd * sd;
  }
  const expected = new Decimal(expectedHundredths).div(100);
  const standardDeviation = daysText(Math.sqrt(variance));
  const z = Z_BY_CONFIDENCE[confidencePct];
  const atConfidence =
    z === 0 || variance === 0
      ? expected
      : expected.plus(new Decimal(z).times(standardDeviation)).times(4).ceil().div(4);
  return {
    expected: expected.toFixed(2),
    standardDeviation,
    confidencePct,
    atConfidence: atConfidence.toFixed(2),
    contingency: atConfidence.minus(expected).toFixed(2),
  };
}
