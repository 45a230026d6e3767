import { describe, expect, it } from 'vitest';
import { bcgQuadrant } from './index';

describe('bcgQuadrant', () => {
  it.each([
    [10, 1, 'star'],
    ['25.5', '3.2', 'star'],
    [9.99, 1, 'cash-cow'],
    [-4, '1.0', 'cash-cow'],
    [10, 0.99, 'question-mark'],
    ['40', 0, 'question-mark'],
    [9.99, 0.99, 'poor-dog'],
    ['-12.5', '0.4', 'poor-dog'],
  ])('growth %s and relative share %s → %s', (marketGrowthPct, relativeMarketShare, quadrant) => {
    expect(bcgQuadrant({ marketGrowthPct, relativeMarketShare })).toBe(quadrant);
  });

  it('names the bad field', () => {
    expect(() => bcgQuadrant({ marketGrowthPct: 'fast', relativeMarketShare: 1 })).toThrow(
      'marketGrowthPct: "fast" is not a number',
    );
    expect(() => bcgQuadrant({ marketGrowthPct: 5, relativeMarketShare: -0.5 })).toThrow(
      'relativeMarketShare: must not be negative (now -0.5)',
    );
    expect(() => bcgQuadrant({ marketGrowthPct: 5 } as never)).toThrow(
      'relativeMarketShare: a value is required',
    );
  });
});
