import { readDecimal, readNonNegative, readRecord, type NumberInput } from './input';

export type BcgQuadrant = 'star' | 'cash-cow' | 'question-mark' | 'poor-dog';

/** Market growth from this percentage on counts as high. */
export const HIGH_GROWTH_PCT = 10;
/** Relative market share from this value on counts as high (1.0 = as large as the leader). */
export const HIGH_RELATIVE_SHARE = 1;

/**
 * The BCG quadrant of a solution: growth ≥ 10 % is high (growth may be negative), relative
 * market share ≥ 1.0 is high. High/high 'star', low growth/high share 'cash-cow', high
 * growth/low share 'question-mark', low/low 'poor-dog'.
 */
export function bcgQuadrant(input: {
  marketGrowthPct: NumberInput;
  relativeMarketShare: NumberInput;
}): BcgQuadrant {
  const record = readRecord('input', input);
  const highGrowth = readDecimal('marketGrowthPct', record.marketGrowthPct).gte(HIGH_GROWTH_PCT);
  const highShare = readNonNegative('relativeMarketShare', record.relativeMarketShare).gte(
    HIGH_RELATIVE_SHARE,
  );
  if (highShare) return highGrowth ? 'star' : 'cash-cow';
  return highGrowth ? 'question-mark' : 'poor-dog';
}
