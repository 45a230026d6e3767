import { describe, expect, it } from 'vitest';
import { matchPriceObservations } from './index';

const observation = (
  id: string,
  patch: {
    catalogItemId?: string;
    category?: string;
    price: string;
    observedOn: string;
    deleted?: boolean;
  },
) => ({ id, catalogItemId: '', category: '', ...patch });

const observations = [
  observation('old-item', { catalogItemId: 'item-1', price: '900', observedOn: '2025-06-01' }),
  observation('new-item', { catalogItemId: 'item-1', price: '1100.00', observedOn: '2026-02-01' }),
  observation('mid-item', { catalogItemId: 'item-1', price: '1000', observedOn: '2025-11-15' }),
  observation('gone', {
    catalogItemId: 'item-1',
    price: '1',
    observedOn: '2026-03-01',
    deleted: true,
  }),
  observation('other-item', { catalogItemId: 'item-2', price: '50', observedOn: '2026-01-01' }),
  observation('cat-a', { category: 'hardware', price: '400', observedOn: '2026-01-10' }),
  observation('cat-b', { category: 'hardware', price: '500.5', observedOn: '2026-01-10' }),
  observation('cat-svc', { category: 'service', price: '1200', observedOn: '2026-01-10' }),
];

const ids = (result: { observations: { id: string }[] }) => result.observations.map((o) => o.id);

describe('matchPriceObservations', () => {
  it('takes the same catalog item first, newest first, with min, median, max and our gap', () => {
    const result = matchPriceObservations(
      { catalogItemId: 'item-1', kind: 'hardware', unitPrice: '1050' },
      observations,
    );
    expect({ ...result, observations: ids(result) }).toEqual({
      basis: 'item',
      observations: ['new-item', 'mid-item', 'old-item'],
      min: '900.00',
      median: '1000.00',
      max: '1100.00',
      gapPct: '5.00',
    });
  });

  it('falls back to the category (the line kind) and averages the middle two for the median', () => {
    const result = matchPriceObservations(
      { catalogItemId: 'item-9', kind: 'hardware', unitPrice: 405 },
      observations,
    );
    // median (400 + 500.5) / 2 = 450.25; (405 − 450.25) / 450.25 = −10.0499… %
    expect({ ...result, observations: ids(result) }).toEqual({
      basis: 'category',
      observations: ['cat-a', 'cat-b'],
      min: '400.00',
      median: '450.25',
      max: '500.50',
      gapPct: '-10.05',
    });
  });

  it('finds nothing without a match, and leaves the gap empty without our price', () => {
    expect(
      matchPriceObservations({ catalogItemId: '', kind: 'license', unitPrice: '10' }, observations),
    ).toEqual({ basis: 'none', observations: [], min: '', median: '', max: '', gapPct: '' });
    expect(
      matchPriceObservations({ catalogItemId: '', kind: 'service', unitPrice: '' }, observations)
        .gapPct,
    ).toBe('');
    expect(
      matchPriceObservations({ catalogItemId: 'item-2', kind: '', unitPrice: '10' }, []).basis,
    ).toBe('none');
  });

  it('names a bad price', () => {
    expect(() =>
      matchPriceObservations({ catalogItemId: 'x', kind: '', unitPrice: '1' }, [
        observation('a', { catalogItemId: 'x', price: 'n/a', observedOn: '2026-01-01' }),
      ]),
    ).toThrow('observations[0].price: "n/a" is not a number');
    expect(() =>
      matchPriceObservations({ catalogItemId: 'x', kind: '', unitPrice: '-3' }, [
        observation('a', { catalogItemId: 'x', price: '5', observedOn: '2026-01-01' }),
      ]),
    ).toThrow('line.unitPrice: must not be negative (now -3)');
  });
});
