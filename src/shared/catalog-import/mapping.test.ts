import { describe, expect, it } from 'vitest';
import { guessMapping, mappingFields } from './mapping';

describe('guessMapping', () => {
  it('maps German headers', () => {
    expect(
      guessMapping([
        'Art.-Nr.',
        'Bezeichnung',
        'Typ',
        'Einheit',
        'EK',
        'VK (EUR)',
        'Währung',
        'MwSt %',
        'Abrechnung',
        'Beschreibung',
        'Aktiv',
        'Lagerort',
      ]),
    ).toEqual({
      sku: 0,
      name: 1,
      kind: 2,
      unit: 3,
      purchasePrice: 4,
      listPrice: 5,
      currency: 6,
      vatPct: 7,
      billing: 8,
      description: 9,
      active: 10,
    });
  });

  it('maps English headers and lets the first matching column win', () => {
    expect(
      guessMapping([
        ' SKU ',
        'Name',
        'Price',
        'List price',
        'Purchase Price',
        'VAT',
        'Billing',
        'Unit',
        'Kind',
        'Currency',
        'Description',
      ]),
    ).toEqual({
      sku: 0,
      name: 1,
      listPrice: 2,
      purchasePrice: 4,
      vatPct: 5,
      billing: 6,
      unit: 7,
      kind: 8,
      currency: 9,
      description: 10,
    });
  });

  it('maps nothing it does not know', () => {
    expect(guessMapping(['Foo', '', 'Lagerort'])).toEqual({});
  });

  it('lists every mappable field for the UI', () => {
    expect(mappingFields).toEqual([
      'sku',
      'name',
      'kind',
      'unit',
      'purchasePrice',
      'listPrice',
      'currency',
      'vatPct',
      'billing',
      'description',
      'active',
    ]);
  });
});
