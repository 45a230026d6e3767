import { describe, expect, it } from 'vitest';
import { emptyCatalogItemInput } from '#shared/domain';
import type { CatalogItem } from '#shared/domain';
import { bundleTotal, filterItems, marginPct } from './catalog-list';

const item = (overrides: Partial<CatalogItem>): CatalogItem => ({
  ...emptyCatalogItemInput(),
  id: overrides.name ?? 'x',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'JB',
  updatedBy: 'JB',
  deleted: false,
  ...overrides,
});

describe('filterItems', () => {
  const items = [
    item({ name: 'Switch 24 Port', sku: 'SW-24', kind: 'hardware' }),
    item({ name: 'Beratung Senior', kind: 'service', description: 'Workshop vor Ort' }),
    item({ name: 'Altes Modem', sku: 'MD-1', kind: 'hardware', active: false }),
  ];
  const names = (list: CatalogItem[]) => list.map((entry) => entry.name);

  it('hides inactive items unless asked and sorts by name', () => {
    expect(names(filterItems(items, { query: '', kind: null, showInactive: false }))).toEqual([
      'Beratung Senior',
      'Switch 24 Port',
    ]);
    expect(names(filterItems(items, { query: '', kind: null, showInactive: true }))).toEqual([
      'Altes Modem',
      'Beratung Senior',
      'Switch 24 Port',
    ]);
  });

  it('searches SKU, name and description with every word', () => {
    expect(names(filterItems(items, { query: 'sw-24', kind: null, showInactive: false }))).toEqual([
      'Switch 24 Port',
    ]);
    expect(
      names(filterItems(items, { query: 'workshop senior', kind: null, showInactive: false })),
    ).toEqual(['Beratung Senior']);
    expect(filterItems(items, { query: 'workshop modem', kind: null, showInactive: true })).toEqual(
      [],
    );
  });

  it('filters by kind', () => {
    expect(names(filterItems(items, { query: '', kind: 'hardware', showInactive: true }))).toEqual([
      'Altes Modem',
      'Switch 24 Port',
    ]);
  });
});

describe('marginPct', () => {
  it('is the share of the list price left after the purchase price', () => {
    expect(marginPct({ purchasePrice: '750.00', listPrice: '1000.00' })).toBe('25.00');
    expect(marginPct({ purchasePrice: '2', listPrice: '3' })).toBe('33.33');
    expect(marginPct({ purchasePrice: '120', listPrice: '100' })).toBe('-20.00');
  });

  it('is null without a purchase price or with a zero list price', () => {
    expect(marginPct({ purchasePrice: '', listPrice: '100' })).toBeNull();
    expect(marginPct({ purchasePrice: '10', listPrice: '0.00' })).toBeNull();
  });
});

describe('bundleTotal', () => {
  const switchItem = item({ name: 'a', listPrice: '199.99' });
  const cable = item({ name: 'b', listPrice: '2.345' });
  const chf = item({ name: 'c', listPrice: '10', currency: 'CHF' });
  const gone = item({ name: 'd', listPrice: '1', deleted: true });
  const byId = new Map([switchItem, cable, chf, gone].map((entry) => [entry.id, entry]));

  it('sums quantity × list price per currency, rounded to cents at the end', () => {
    expect(
      bundleTotal(
        {
          items: [
            { catalogItemId: 'a', quantity: '2' },
            { catalogItemId: 'b', quantity: '3' },
            { catalogItemId: 'c', quantity: '1.5' },
          ],
        },
        byId,
      ),
    ).toEqual({
      totals: [
        { billing: 'one-time', currency: 'EUR', amount: '407.02' },
        { billing: 'one-time', currency: 'CHF', amount: '15.00' },
      ],
      missing: 0,
    });
  });

  it('keeps monthly and yearly amounts apart from one-time ones', () => {
    const licence = item({ name: 'm', listPrice: '36.90', billing: 'monthly' });
    const support = item({ name: 'y', listPrice: '1180', billing: 'yearly' });
    const all = new Map([switchItem, licence, support].map((entry) => [entry.id, entry]));
    expect(
      bundleTotal(
        {
          items: [
            { catalogItemId: 'y', quantity: '1' },
            { catalogItemId: 'm', quantity: '25' },
            { catalogItemId: 'a', quantity: '2' },
          ],
        },
        all,
      ).totals,
    ).toEqual([
      { billing: 'one-time', currency: 'EUR', amount: '399.98' },
      { billing: 'monthly', currency: 'EUR', amount: '922.50' },
      { billing: 'yearly', currency: 'EUR', amount: '1180.00' },
    ]);
  });

  it('counts lines whose item is deleted or unknown instead of pricing them', () => {
    expect(
      bundleTotal(
        {
          items: [
            { catalogItemId: 'd', quantity: '1' },
            { catalogItemId: 'nope', quantity: '1' },
          ],
        },
        byId,
      ),
    ).toEqual({ totals: [], missing: 2 });
  });
});
