import { describe, expect, it } from 'vitest';
import { fiveForces } from './index';

const forces = (rivalry: number | string, rest: number | string = rivalry) => ({
  rivalry,
  threatOfNewEntrants: rest,
  threatOfSubstitutes: rest,
  buyerPower: rest,
  supplierPower: rest,
});

describe('fiveForces', () => {
  it('averages the five ratings and reads attractiveness at the 2.5 and 3.5 borders', () => {
    expect([
      fiveForces(forces(1)),
      fiveForces({ ...forces(2), rivalry: 4 }), // 12 / 5 = 2.4
      fiveForces({ ...forces(3), rivalry: 2, buyerPower: 2, supplierPower: 4 }), // 14 / 5 = 2.8
      fiveForces({ ...forces(3), rivalry: 4, buyerPower: 4 }), // 17 / 5 = 3.4
      fiveForces({ ...forces(4), rivalry: 2 }), // 18 / 5 = 3.6
      fiveForces(forces('5')),
    ]).toEqual([
      { average: '1.00', attractiveness: 'high' },
      { average: '2.40', attractiveness: 'high' },
      { average: '2.80', attractiveness: 'medium' },
      { average: '3.40', attractiveness: 'medium' },
      { average: '3.60', attractiveness: 'low' },
      { average: '5.00', attractiveness: 'low' },
    ]);
  });

  it('reads the stored form { rating, reason } too', () => {
    const stored = {
      rivalry: { rating: 2, reason: 'many small vendors' },
      threatOfNewEntrants: { rating: 3, reason: '' },
      threatOfSubstitutes: { rating: 3, reason: '' },
      buyerPower: { rating: 3, reason: '' },
      supplierPower: { rating: 3, reason: '' },
    };
    expect(fiveForces(stored)).toEqual({ average: '2.80', attractiveness: 'medium' });
  });

  it.each([
    [{ ...forces(3), buyerPower: 6 }, 'buyerPower: must be a whole number from 1 to 5 (now 6)'],
    [{ ...forces(3), rivalry: 0 }, 'rivalry: must be a whole number from 1 to 5 (now 0)'],
    [{ ...forces(3), rivalry: 2.5 }, 'rivalry: must be a whole number from 1 to 5 (now 2.5)'],
    [{ ...forces(3), supplierPower: 'high' }, 'supplierPower: "high" is not a number'],
    [{ ...forces(3), threatOfSubstitutes: undefined }, 'threatOfSubstitutes: a value is required'],
    [
      { ...forces(3), rivalry: { rating: 9 } },
      'rivalry.rating: must be a whole number from 1 to 5',
    ],
  ])('names the bad force %#', (input, message) => {
    expect(() => fiveForces(input as never)).toThrow(message);
  });
});
