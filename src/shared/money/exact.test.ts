import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, round2 } from './index';
import { centsToString, roundDiv, scaledOf } from './exact';

describe('exact integer arithmetic', () => {
  it('reads decimals as units and scale', () => {
    expect([
      scaledOf(new Decimal('12.345')),
      scaledOf(new Decimal('-0.5')),
      scaledOf(new Decimal('7')),
    ]).toEqual([
      { units: 12345n, scale: 3 },
      { units: -5n, scale: 1 },
      { units: 7n, scale: 0 },
    ]);
  });

  it('rounds halves away from zero', () => {
    expect([
      roundDiv(2345n, 10n),
      roundDiv(-2465n, 10n),
      roundDiv(2344n, 10n),
      roundDiv(-5n, 10n),
      roundDiv(4n, 10n),
    ]).toEqual([235n, -247n, 234n, -1n, 0n]);
    expect([
      centsToString(235n),
      centsToString(-247n),
      centsToString(5n),
      centsToString(0n),
    ]).toEqual(['2.35', '-2.47', '0.05', '0.00']);
  });

  it('gives the same cents as Decimal for products of decimals (property)', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.integer({ min: 0, max: 6 }))
      .map(([units, scale]) => new Decimal(units).div(10 ** scale));
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const x = scaledOf(a);
        const y = scaledOf(b);
        const cents = roundDiv(x.units * y.units * 100n, 10n ** BigInt(x.scale + y.scale));
        expect(centsToString(cents)).toBe(round2(a.times(b)).toFixed(2));
      }),
      { numRuns: 500 },
    );
  });
});
