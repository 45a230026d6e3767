import { describe, expect, it } from 'vitest';
import { CalculationError } from '../calculation';
import type { CatalogItem, Role } from '../domain';
import { emptyCatalogItemInput } from '../domain';
import { makeLine } from '#test/offer-fixtures';
import {
  BundleItemMissingError,
  applyEstimate,
  convertFromEur,
  convertPrice,
  euCountries,
  lineFromCatalogItem,
  linesFromBundle,
  reverseChargeApplies,
  serviceLineFromRole,
} from './pricing';

const meta = {
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  deleted: false,
};

const item = (overrides: Partial<CatalogItem> = {}): CatalogItem => ({
  ...emptyCatalogItemInput(),
  ...meta,
  id: 'item-1',
  name: 'Switch 48 Port',
  description: 'Managed, PoE',
  purchasePrice: '1650.00',
  listPrice: '2190.00',
  ...overrides,
});

const role = (overrides: Partial<Role> = {}): Role => ({
  ...meta,
  id: 'role-1',
  name: 'Senior Consultant',
  dayRate: '1400.00',
  costPerDay: '780.00',
  currency: 'EUR',
  active: true,
  ...overrides,
});

const eur = { currency: 'EUR', exchangeRate: '' } as const;
const chf = { currency: 'CHF', exchangeRate: '0.94' } as const;

describe('convertPrice', () => {
  it('converts through EUR and rounds commercially to cents', () => {
    const rates = { CHF: '0.94', USD: '1.08', GBP: '0.85' };
    expect([
      convertPrice({ amount: '100.00', from: 'EUR', to: 'CHF', rates }),
      convertPrice({ amount: '94.00', from: 'CHF', to: 'EUR', rates }),
      // 100 / 1.08 × 0.85 = 78.7037… → 78.70
      convertPrice({ amount: '100', from: 'USD', to: 'GBP', rates }),
      // 0.5 × 1.09 = 0.545 → 0.55 (half away from zero)
      convertPrice({ amount: '0.5', from: 'EUR', to: 'USD', rates: { USD: '1.09' } }),
      convertPrice({ amount: '12.3456', from: 'USD', to: 'USD', rates: {} }),
    ]).toEqual(['94.00', '100.00', '78.70', '0.55', '12.3456']);
  });

  it('refuses a missing or bad rate', () => {
    const convert = (rates: Record<string, string>) => () =>
      convertPrice({ amount: '1', from: 'EUR', to: 'USD', rates });
    expect(convert({})).toThrow(CalculationError);
    expect(convert({ USD: '' })).toThrow('no exchange rate for USD');
    expect(convert({ USD: '0' })).toThrow(CalculationError);
    expect(convert({ USD: 'abc' })).toThrow(CalculationError);
  });
});

describe('convertFromEur', () => {
  it('uses the offer rate and rounds to cents', () => {
    expect([
      convertFromEur({ amount: '2190', currency: 'EUR', exchangeRate: '' }),
      convertFromEur({ amount: '2190.00', currency: 'CHF', exchangeRate: '0.94' }),
      convertFromEur({ amount: '19.99', currency: 'GBP', exchangeRate: '0.8567' }),
    ]).toEqual(['2190.00', '2058.60', '17.13']);
    expect(() => convertFromEur({ amount: '1', currency: 'USD', exchangeRate: '' })).toThrow(
      CalculationError,
    );
  });
});

describe('lineFromCatalogItem', () => {
  it('copies the item into a normal line of quantity 1', () => {
    expect(lineFromCatalogItem({ item: item(), offer: eur })).toEqual({
      name: 'Switch 48 Port',
      description: 'Managed, PoE',
      quantity: '1',
      unit: 'piece',
      unitPrice: '2190.00',
      discountPct: '',
      vatPct: '19',
      billing: 'one-time',
      unitCost: '1650.00',
      catalogItemId: 'item-1',
      roleId: '',
      kind: 'normal',
      replacesOriginId: '',
      estimate: null,
    });
  });

  it('converts prices into the offer currency at its frozen rate', () => {
    const line = lineFromCatalogItem({ item: item({ purchasePrice: '' }), offer: chf });
    expect([line.unitPrice, line.unitCost]).toEqual(['2058.60', '']);
    // A USD item into a CHF offer: via EUR with the settings' USD rate and the offer's CHF rate.
    const usd = lineFromCatalogItem({
      item: item({ currency: 'USD', listPrice: '108.00', purchasePrice: '54.00' }),
      offer: chf,
      rates: { USD: '1.08', CHF: '0.99' },
    });
    expect([usd.unitPrice, usd.unitCost]).toEqual(['94.00', '47.00']);
    expect(() => lineFromCatalogItem({ item: item({ currency: 'USD' }), offer: chf })).toThrow(
      'no exchange rate for USD',
    );
  });

  it("takes a service item's cost from its role", () => {
    const service = item({
      kind: 'service',
      unit: 'person-day',
      roleId: 'role-1',
      listPrice: '1500',
    });
    const line = lineFromCatalogItem({ item: service, offer: chf, role: role() });
    expect([line.unitPrice, line.unitCost, line.roleId]).toEqual(['1410.00', '733.20', 'role-1']);
    expect(() =>
      lineFromCatalogItem({ item: service, offer: eur, role: role({ id: 'other' }) }),
    ).toThrow('is not the role of catalog item');
  });
});

describe('linesFromBundle', () => {
  const items = new Map([
    ['item-1', item()],
    [
      'svc',
      item({
        id: 'svc',
        kind: 'service',
        unit: 'person-day',
        roleId: 'role-1',
        listPrice: '1400',
        purchasePrice: '',
      }),
    ],
    ['gone', item({ id: 'gone', name: 'Old', deleted: true })],
  ]);
  const roles = new Map([['role-1', role()]]);

  it('makes one line per bundle item with its quantity', () => {
    const lines = linesFromBundle({
      bundle: {
        name: 'Rack',
        items: [
          { catalogItemId: 'item-1', quantity: '4' },
          { catalogItemId: 'svc', quantity: '2.5' },
        ],
      },
      items,
      offer: eur,
      roles,
    });
    expect(lines.map((l) => [l.catalogItemId, l.quantity, l.unitPrice, l.unitCost])).toEqual([
      ['item-1', '4', '2190.00', '1650.00'],
      ['svc', '2.5', '1400', '780.00'],
    ]);
  });

  it('names a missing or deleted item', () => {
    for (const id of ['gone', 'nope']) {
      const make = () =>
        linesFromBundle({
          bundle: {
            name: 'Rack',
            items: [
              { catalogItemId: 'item-1', quantity: '1' },
              { catalogItemId: id, quantity: '1' },
            ],
          },
          items,
          offer: eur,
          roles,
        });
      expect(make).toThrow(BundleItemMissingError);
      expect(make).toThrow(`bundle "Rack" contains catalog item ${id}, which no longer exists`);
    }
  });
});

describe('serviceLineFromRole', () => {
  it('prices a person-day at the day rate and cost per day', () => {
    expect(serviceLineFromRole({ role: role(), offer: chf })).toEqual({
      name: 'Senior Consultant',
      description: '',
      quantity: '1',
      unit: 'person-day',
      unitPrice: '1316.00',
      discountPct: '',
      vatPct: '19',
      billing: 'one-time',
      unitCost: '733.20',
      catalogItemId: '',
      roleId: 'role-1',
      kind: 'normal',
      replacesOriginId: '',
      estimate: null,
    });
  });
});

describe('applyEstimate', () => {
  it('sets the PERT quantity with risk, rounded up to the quarter day', () => {
    // (2 + 4 × 3 + 6) / 6 = 3.333… × 1.1 = 3.666… → 3.75
    const estimate = { optimistic: '2', mostLikely: '3', pessimistic: '6', riskPct: '10' };
    const line = applyEstimate(makeLine({ quantity: '1' }), estimate);
    expect([line.quantity, line.estimate]).toEqual(['3.75', estimate]);
    // Exactly 3 days stays 3.
    expect(
      applyEstimate(makeLine(), { ...estimate, pessimistic: '4', riskPct: '0' }).quantity,
    ).toBe('3.00');
    expect(() => applyEstimate(makeLine(), { ...estimate, mostLikely: '1' })).toThrow(
      CalculationError,
    );
  });
});

describe('reverseChargeApplies', () => {
  const de = 'DE136695976';
  const at = 'ATU13585627';
  it.each([
    ['AT', at, 'DE', true],
    ['at', ' ATU 135 856 27 ', 'DE', true],
    ['AT', '', 'DE', false], // no VAT id: a consumer
    ['AT', 'ATU1234', 'DE', false], // malformed VAT id
    ['AT', de, 'DE', false], // registered in the company's country
    ['DE', de, 'DE', false], // domestic
    ['CH', 'CHE-116.281.710 MWST', 'DE', false], // not EU
    ['GB', 'GB980780684', 'DE', false],
    ['US', '', 'DE', false],
    ['DE', de, 'AT', true],
    ['GR', 'EL 094012834', 'DE', true], // Greece: VAT prefix EL
    ['DE', de, 'CH', false], // a company outside the EU
  ])('client %s %j, company %s → %s', (clientCountry, clientVatId, companyCountry, expected) => {
    expect(reverseChargeApplies({ clientCountry, clientVatId, companyCountry })).toBe(expected);
  });

  it('knows the 27 member states', () => {
    expect([euCountries.size, euCountries.has('GR'), euCountries.has('GB')]).toEqual([
      27,
      true,
      false,
    ]);
  });
});
