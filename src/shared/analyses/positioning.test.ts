import { describe, expect, it } from 'vitest';
import { fairValueLine } from './index';

describe('fairValueLine', () => {
  it('fits priceIndex = a + b × performance by least squares and gives each deviation', () => {
    // x 40, 60, 80; y 80, 110, 100: means 60 and 96.67, b = 400 / 800 = 0.5, a = 96.67 − 30
    expect(
      fairValueLine([
        { competitorId: 'a', performanceScore: 40, priceIndex: '80' },
        { competitorId: 'self', performanceScore: '60', priceIndex: 110 },
        { competitorId: 'c', performanceScore: '80.00', priceIndex: '100' },
      ]),
    ).toEqual({
      intercept: '66.6667',
      slope: '0.5000',
      from: { performanceScore: '40.00', priceIndex: '86.67' },
      to: { performanceScore: '80.00', priceIndex: '106.67' },
      points: [
        { competitorId: 'a', fairPriceIndex: '86.67', deviation: '-6.67', deviationPct: '-7.69' },
        {
          competitorId: 'self',
          fairPriceIndex: '96.67',
          deviation: '13.33',
          deviationPct: '13.79',
        },
        { competitorId: 'c', fairPriceIndex: '106.67', deviation: '-6.67', deviationPct: '-6.25' },
      ],
    });
  });

  it('passes exactly through two points and falls for a falling price', () => {
    const line = fairValueLine([
      { competitorId: 'a', performanceScore: 0, priceIndex: 120 },
      { competitorId: 'b', performanceScore: 100, priceIndex: 70 },
    ]);
    expect([line?.intercept, line?.slope, line?.points.map((point) => point.deviation)]).toEqual([
      '120.0000',
      '-0.5000',
      ['0.00', '0.00'],
    ]);
  });

  it('has no line for fewer than two points or one performance for all', () => {
    expect(fairValueLine([])).toBeNull();
    expect(
      fairValueLine([{ competitorId: 'a', performanceScore: 50, priceIndex: 100 }]),
    ).toBeNull();
    expect(
      fairValueLine([
        { competitorId: 'a', performanceScore: 50, priceIndex: 100 },
        { competitorId: 'b', performanceScore: '50', priceIndex: 130 },
      ]),
    ).toBeNull();
  });

  it('names the bad field', () => {
    expect(() =>
      fairValueLine([
        { competitorId: 'a', performanceScore: 50, priceIndex: 100 },
        { competitorId: 'b', performanceScore: 60, priceIndex: 'teuer' },
      ]),
    ).toThrow('points[1].priceIndex: "teuer" is not a number');
    expect(() => fairValueLine([{ competitorId: '', performanceScore: 1, priceIndex: 1 }])).toThrow(
      'points[0].competitorId: an id is required',
    );
  });
});
