import { describe, expect, it } from 'vitest';
import {
  Z_BY_CONFIDENCE,
  completionProbability,
  normalCdf,
  normalQuantile,
  probabilityText,
} from './probability';

/** Φ from the Maclaurin series of erf, an independent reference for |x| ≤ 4. */
function seriesCdf(x: number): number {
  const t = x / Math.SQRT2;
  let term = t;
  let sum = t;
  for (let n = 1; n < 200; n += 1) {
    term *= (-t * t) / n;
    sum += term / (2 * n + 1);
  }
  return 0.5 + sum / Math.sqrt(Math.PI);
}

describe('completionProbability', () => {
  it('gives the textbook table values with four decimals', () => {
    const p = (expected: number, standardDeviation: number, deadline: number) =>
      completionProbability({ expected, standardDeviation, deadline });
    expect(p(10, 2, 10)).toBe('0.5000');
    expect(p(10, 2, 12)).toBe('0.8413');
    expect(p(10, 2, 8)).toBe('0.1587');
    expect(p(0, 1, 1.96)).toBe('0.9750');
    expect(p(0, 1, -1.2816)).toBe('0.1000');
    expect(p(0, 1, 1.2816)).toBe('0.9000');
    expect(p(0, 1, 0.8416)).toBe('0.8000');
    expect(p(44, 3, 47)).toBe('0.8413');
    expect(p(0, 1, -10)).toBe('0.0000');
    expect(p(0, 1, 10)).toBe('1.0000');
  });

  it('treats a standard deviation of 0 as certain', () => {
    expect(completionProbability({ expected: 10, standardDeviation: 0, deadline: 10 })).toBe(
      '1.0000',
    );
    expect(completionProbability({ expected: 10, standardDeviation: 0, deadline: 9 })).toBe(
      '0.0000',
    );
  });

  it('rejects nonsense', () => {
    expect(() =>
      completionProbability({ expected: 1, standardDeviation: -1, deadline: 2 }),
    ).toThrow('standardDeviation must not be negative');
    expect(() =>
      completionProbability({ expected: Number.NaN, standardDeviation: 1, deadline: 2 }),
    ).toThrow('expected must be a finite number');
  });
});

describe('normalCdf and normalQuantile', () => {
  it('matches the erf series to 1e-10 on [-4, 4]', () => {
    for (let x = -4; x <= 4; x += 0.01) {
      expect(Math.abs(normalCdf(x) - seriesCdf(x))).toBeLessThan(1e-10);
    }
  });

  it('inverts Φ and gives the confidence z values', () => {
    for (const p of [1e-6, 0.01, 0.02425, 0.1, 0.5, 0.8, 0.9, 0.99, 0.999999]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-12);
    }
    expect(normalQuantile(0.8).toFixed(4)).toBe(String(Z_BY_CONFIDENCE['80']));
    expect(normalQuantile(0.9).toFixed(4)).toBe(String(Z_BY_CONFIDENCE['90']));
    expect(normalQuantile(0.5)).toBe(0);
    expect(() => normalQuantile(1)).toThrow('0 < p < 1');
  });

  it('rounds half away from zero', () => {
    expect(probabilityText(0.12345)).toBe('0.1235');
    expect(probabilityText(0.99996)).toBe('1.0000');
  });
});
