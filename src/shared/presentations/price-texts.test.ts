import { describe, expect, it } from 'vitest';
import { isPriceLabel, looksLikeMoney, redactPrices } from './price-texts';

describe('looksLikeMoney', () => {
  it.each([
    '1.234,56 €',
    '€1,234.56',
    '14,90 €',
    '990€',
    'EUR 990',
    '990 EUR',
    'CHF 1’200',
    '1.200 CHF',
    '$99',
    '£ 5',
    '12,5 Mio. €',
    '50 Mio € Marktvolumen',
    '300 Euro',
    'statt 1.290,00',
    '1,290.00 list',
    '-10 %',
    '(−15 %)',
    'Rabatt: 15 %',
    '15 % Rabatt',
    '12 % Marge',
    'discount of 20 %',
    '10% off',
  ])('money: %s', (text) => {
    expect(looksLikeMoney(text)).toBe(true);
  });

  it.each([
    'Rang 1 von 4 mit 3,95 Punkten',
    '40 % Marktanteil',
    'Gewicht 25',
    'Rivalität: 4/5 – 30 % der Anbieter sind regional',
    '2 × Firewall Appliance FW-600',
    'ISO 27001',
    '24/7-Betrieb',
    'it-sa 2027, Halle 7',
    '10 % offline',
    'rgba(28, 93, 153, 0.7)',
    'Preis-Leistungs-Positionierung',
  ])('no money: %s', (text) => {
    expect(looksLikeMoney(text)).toBe(false);
  });
});

describe('isPriceLabel', () => {
  it('names prices, discounts and margins in both languages', () => {
    expect(
      [
        'Listenpreis (netto)',
        'Package price (net)',
        'Typischer Rabatt',
        'Marge',
        'Preisniveau',
      ].every(isPriceLabel),
    ).toBe(true);
    expect(['Einheit', 'Segment', 'Stärken', 'Abrechnung'].some(isPriceLabel)).toBe(false);
  });
});

describe('redactPrices', () => {
  it('replaces only the money parts', () => {
    expect(redactPrices('Ab 990 € im Monat, -10 % für Messebesucher')).toBe(
      'Ab … im Monat, … für Messebesucher',
    );
    expect(redactPrices('Rang 1 mit 3,95 Punkten')).toBe('Rang 1 mit 3,95 Punkten');
  });
});
