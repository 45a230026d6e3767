import type { Decimal } from '../money';
import { HUNDRED, ZERO, fixed2, readArray, readDecimal, readId, readRecord } from './input';
import type { NumberInput } from './input';

export type PositionInput = {
  competitorId: string;
  priceIndex: NumberInput;
  performanceScore: NumberInput;
};

export type FairValuePoint = {
  competitorId: string;
  /** The price index the line gives for this point's performance. */
  fairPriceIndex: string;
  /** priceIndex − fairPriceIndex: above zero the point is dearer than its performance warrants. */
  deviation: string;
  /** deviation / fairPriceIndex × 100 ('' when the fair price index is zero). */
  deviationPct: string;
};

export type FairValueLine = {
  /** a in priceIndex = a + b × performance (four decimals). */
  intercept: string;
  /** b in priceIndex = a + b × performance (four decimals). */
  slope: string;
  /** The line's ends at the lowest and highest performance, for drawing (two decimals). */
  from: { performanceScore: string; priceIndex: string };
  to: { performanceScore: string; priceIndex: string };
  points: FairValuePoint[];
};

/**
 * The fair-value line of a price–performance positioning by least squares (priceIndex = a + b ×
 * performance) and each point's deviation from it. Null with fewer than two points or when all
 * points share one performance (no line through them is defined).
 */
export function fairValueLine(points: readonly PositionInput[]): FairValueLine | null {
  const read = readArray('points', points).map((item, index) => {
    const point = readRecord(`points[${index}]`, item);
    return {
      competitorId: readId(`points[${index}].competitorId`, point.competitorId),
      x: readDecimal(`points[${index}].performanceScore`, point.performanceScore),
      y: readDecimal(`points[${index}].priceIndex`, point.priceIndex),
    };
  });
  const n = read.length;
  if (n < 2) return null;
  let sumX = ZERO;
  let sumY = ZERO;
  let sumXY = ZERO;
  let sumXX = ZERO;
  for (const { x, y } of read) {
    sumX = sumX.plus(x);
    sumY = sumY.plus(y);
    sumXY = sumXY.plus(x.times(y));
    sumXX = sumXX.plus(x.times(x));
  }
  const denominator = sumXX.times(n).minus(sumX.times(sumX));
  if (denominator.isZero()) return null;
  const slope = sumXY.times(n).minus(sumX.times(sumY)).div(denominator);
  const intercept = sumY.minus(slope.times(sumX)).div(n);
  const at = (x: Decimal) => intercept.plus(slope.times(x));
  const xs = read.map((point) => point.x);
  const minX = xs.reduce((min, x) => (x.lt(min) ? x : min));
  const maxX = xs.reduce((max, x) => (x.gt(max) ? x : max));
  return {
    intercept: fixed4(intercept),
    slope: fixed4(slope),
    from: { performanceScore: fixed2(minX), priceIndex: fixed2(at(minX)) },
    to: { performanceScore: fixed2(maxX), priceIndex: fixed2(at(maxX)) },
    points: read.map(({ competitorId, x, y }) => {
      const fair = at(x);
      const deviation = y.minus(fair);
      return {
        competitorId,
        fairPriceIndex: fixed2(fair),
        deviation: fixed2(deviation),
        deviationPct: fair.isZero() ? '' : fixed2(deviation.div(fair).times(HUNDRED)),
      };
    }),
  };
}

function fixed4(value: Decimal): string {
  const rounded = value.toDecimalPlaces(4);
  return rounded.isZero() ? '0.0000' : rounded.toFixed(4);
}
