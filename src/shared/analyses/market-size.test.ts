import { describe, expect, it } from 'vitest';
import { marketSize } from './index';

describe('marketSize', () => {
  it('chains TAM, SAM and SOM', () => {
    expect(
      marketSize({ customers: 12_000, revenuePerCustomer: '45000', samPct: 25, somPct: '8' }),
    ).toEqual({ tam: '540000000.00', sam: '135000000.00', som: '10800000.00' });
  });

  it('rounds each step to cents and carries the rounded value forward', () => {
    // tam 3 × 0.335 = 1.005 → 1.01; sam 1.01 × 50 % = 0.505 → 0.51; som 0.51 × 50 % = 0.255 → 0.26
    // (unrounded carry would give sam 0.5025 → 0.50 and som 0.25125 → 0.25)
    expect(
      marketSize({ customers: 3, revenuePerCustomer: '0.335', samPct: 50, somPct: 50 }),
    ).toEqual({ tam: '1.01', sam: '0.51', som: '0.26' });
    expect(
      marketSize({ customers: '1', revenuePerCustomer: 1.005, samPct: '0', somPct: '100' }),
    ).toEqual({ tam: '1.01', sam: '0.00', som: '0.00' });
  });

  it('allows the share borders 0 and 100 and zero customers', () => {
    expect(marketSize({ customers: 0, revenuePerCustomer: 100, samPct: 100, somPct: 0 })).toEqual({
      tam: '0.00',
      sam: '0.00',
      som: '0.00',
    });
  });

  it.each([
    [{ samPct: 100.01 }, 'samPct: must be from 0 to 100 (now 100.01)'],
    [{ somPct: '-1' }, 'somPct: must be from 0 to 100 (now -1)'],
    [{ customers: -5 }, 'customers: must not be negative (now -5)'],
    [{ revenuePerCustomer: '1,5' }, 'revenuePerCustomer: "1,5" is not a number'],
    [{ customers: '' }, 'customers: a value is required'],
    [{ somPct: Number.POSITIVE_INFINITY }, 'somPct: Infinity is not a number'],
  ])('names the bad input %#', (patch, message) => {
    const input = { customers: 10, revenuePerCustomer: 10, samPct: 10, somPct: 10, ...patch };
    expect(() => marketSize(input as never)).toThrow(message);
  });
});
