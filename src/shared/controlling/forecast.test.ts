import { describe, expect, it } from 'vitest';
import type { ControllingOpportunity } from './forecast';
import { weightedForecast, winRate } from './index';

let next = 0;
const opportunity = (over: Partial<ControllingOpportunity>): ControllingOpportunity => ({
  id: `o${(next += 1)}`,
  stage: 'proposal',
  value: '0.00',
  probabilityPct: 50,
  expectedClose: '2027-01-15',
  ...over,
});

describe('weightedForecast', () => {
  it('sums open opportunities by month of expected close, one entry per month, empty ones too', () => {
    const rows = weightedForecast(
      [
        opportunity({ value: '10000.00', probabilityPct: 60, expectedClose: '2026-12-31' }),
        opportunity({ value: '1000.00', probabilityPct: 25, expectedClose: '2027-01-01' }),
        opportunity({
          stage: 'lead',
          value: '2000.00',
          probabilityPct: 10,
          expectedClose: '2027-01-31',
        }),
        opportunity({
          stage: 'negotiation',
          value: '500.50',
          probabilityPct: 90,
          expectedClose: '2027-03-10',
        }),
        // Won, lost and outside the months: not in the forecast.
        opportunity({
          stage: 'won',
          value: '9999.00',
          probabilityPct: 100,
          expectedClose: '2027-01-10',
        }),
        opportunity({
          stage: 'lost',
          value: '9999.00',
          probabilityPct: 0,
          expectedClose: '2027-02-10',
        }),
        opportunity({ value: '700.00', probabilityPct: 50, expectedClose: '2027-04-01' }),
      ],
      { from: '2026-12', months: 4 },
    );
    expect(rows).toEqual([
      // 10,000 × 60 % = 6,000
      { month: '2026-12', count: 1, value: '10000.00', weighted: '6000.00' },
      // 1,000 × 25 % + 2,000 × 10 % = 250 + 200
      { month: '2027-01', count: 2, value: '3000.00', weighted: '450.00' },
      { month: '2027-02', count: 0, value: '0.00', weighted: '0.00' },
      // 500.50 × 90 % = 450.45
      { month: '2027-03', count: 1, value: '500.50', weighted: '450.45' },
    ]);
  });

  it('rounds the weighted sum once per month, half away from zero', () => {
    // 0.01 × 50 % = 0.005 each: two of them make 0.01 (rounded each: 0.02); one makes 0.01.
    const two = [
      opportunity({ value: '0.01', probabilityPct: 50, expectedClose: '2027-05-02' }),
      opportunity({ value: '0.01', probabilityPct: 50, expectedClose: '2027-05-20' }),
      opportunity({ value: '0.01', probabilityPct: 50, expectedClose: '2027-06-02' }),
    ];
    expect(weightedForecast(two, { from: '2027-05', months: 2 })).toEqual([
      { month: '2027-05', count: 2, value: '0.02', weighted: '0.01' },
      { month: '2027-06', count: 1, value: '0.01', weighted: '0.01' },
    ]);
    // 0.03 × 50 % + 0.03 × 50 % + 0.01 × 50 % = 0.035 → 0.04
    const odd = [
      opportunity({ value: '0.03', probabilityPct: 50, expectedClose: '2027-05-02' }),
      opportunity({ value: '0.03', probabilityPct: 50, expectedClose: '2027-05-03' }),
      opportunity({ value: '0.01', probabilityPct: 50, expectedClose: '2027-05-04' }),
    ];
    expect(weightedForecast(odd, { from: '2027-05', months: 1 })[0]?.weighted).toBe('0.04');
  });

  it('runs across the year and refuses a malformed start or count', () => {
    expect(weightedForecast([], { from: '2027-11', months: 3 }).map((row) => row.month)).toEqual([
      '2027-11',
      '2027-12',
      '2028-01',
    ]);
    expect(weightedForecast([], { from: '2027-11', months: 0 })).toEqual([]);
    expect(() => weightedForecast([], { from: '2027-13', months: 1 })).toThrow('YYYY-MM');
    expect(() => weightedForecast([], { from: '2027-01', months: 1.5 })).toThrow('months');
  });
});

describe('winRate', () => {
  const closed = [
    opportunity({ stage: 'won', value: '1200.00', closedAt: '2027-01-01' }),
    opportunity({ stage: 'won', value: '800.50', closedAt: '2027-03-31T16:20:00.000Z' }),
    opportunity({ stage: 'lost', value: '5000.00', closedAt: '2027-02-14' }),
    // Outside the period, open (a closedAt left from reopening), or never closed.
    opportunity({ stage: 'won', value: '999.00', closedAt: '2026-12-31' }),
    opportunity({ stage: 'lost', value: '999.00', closedAt: '2027-04-01' }),
    opportunity({ stage: 'negotiation', value: '999.00', closedAt: '2027-02-01' }),
    opportunity({ stage: 'won', value: '999.00' }),
  ];

  it('counts won and lost closed between the two dates, both included', () => {
    // 2 won of 3 closed: 66.666… % → 66.67
    expect(winRate(closed, { from: '2027-01-01', to: '2027-03-31' })).toEqual({
      won: 2,
      lost: 1,
      winRatePct: '66.67',
      wonValue: '2000.50',
    });
    // 1 won of 2: the lost one on 14.02. and the won one on 01.01.
    expect(winRate(closed, { from: '2027-01-01', to: '2027-02-14' })).toEqual({
      won: 1,
      lost: 1,
      winRatePct: '50.00',
      wonValue: '1200.00',
    });
  });

  it('says 0.00 % when nothing closed in the period', () => {
    expect(winRate(closed, { from: '2028-01-01', to: '2028-12-31' })).toEqual({
      won: 0,
      lost: 0,
      winRatePct: '0.00',
      wonValue: '0.00',
    });
  });
});
