import { describe, expect, it } from 'vitest';
import {
  parseImportDecimal,
  parseVatPct,
  readBilling,
  readBoolean,
  readCurrency,
  readKind,
  readUnit,
} from './values';

describe('parseImportDecimal', () => {
  it.each([
    ['1.234,50', '1234.50'],
    ['1234,50', '1234.50'],
    ['1,234.50', '1234.50'],
    ['1234.5', '1234.5'],
    ['1 234,50 €', '1234.50'],
    ["1'234.50", '1234.50'],
    ['EUR 12,5', '12.5'],
    ['-3', '-3'],
    ['1.234.567', '1234567'],
    ['1,234,567.89', '1234567.89'],
    ['0,19', '0.19'],
    ['1.234', '1.234'],
    ['1,234', '1.234'],
  ])('reads %j as %j', (text, expected) => {
    expect(parseImportDecimal(text)).toBe(expected);
  });

  it('reads the ambiguous thousands forms by the chosen format', () => {
    expect([
      parseImportDecimal('1.234', 'de'),
      parseImportDecimal('1,234', 'de'),
      parseImportDecimal('1,234', 'en'),
      parseImportDecimal('1.234', 'en'),
      parseImportDecimal('1.5', 'de'),
    ]).toEqual(['1234', '1.234', '1234', '1.234', '1.5']);
  });

  it.each([
    '',
    'abc',
    '12a',
    '1.2.3,4,5',
    '1.23,45.6',
    '12,',
    ',5',
    '1e3',
    '12.34.5',
    '--1',
    '1,2,3',
  ])('refuses %j', (text) => {
    expect(parseImportDecimal(text)).toBeNull();
  });
});

describe('parseVatPct', () => {
  it('reads percentages, fractions and exemptions', () => {
    expect(
      [
        '19',
        '19 %',
        '19%',
        '19,0',
        '7',
        '0',
        '0,19',
        '0.07',
        'steuerfrei',
        'Exempt',
        '16',
        'x',
      ].map(parseVatPct),
    ).toEqual(['19', '19', '19', '19', '7', '0', '19', '7', '0', '0', '16', null]);
  });
});

describe('synonyms', () => {
  it('reads units, kinds, billing, currency and flags in German and English', () => {
    expect({
      units: [
        'Stück',
        'Stk',
        'stk.',
        'Lizenz',
        'Benutzer',
        'PT',
        'Personentag',
        'Std',
        'Stunde',
        'Monat',
        'pauschal',
        'hour',
        'Kilo',
      ].map(readUnit),
      kinds: [
        'Hardware',
        'Software',
        'Abo',
        'Subscription',
        'Dienstleistung',
        'Service',
        'Reise',
        'Travel',
        'Sonstiges',
        'Other',
        'Möbel',
      ].map(readKind),
      billing: ['einmalig', 'monatlich', 'jährlich', 'Jaehrlich', 'one-time', 'p.a.', 'weekly'].map(
        readBilling,
      ),
      currency: ['€', 'EUR', 'Euro', 'CHF', '$', 'USD', '£', 'GBP', 'JPY', ''].map(readCurrency),
      flags: ['ja', 'Nein', 'x', 'yes', '0', 'vielleicht'].map(readBoolean),
    }).toEqual({
      units: [
        'piece',
        'piece',
        'piece',
        'licence',
        'user',
        'person-day',
        'person-day',
        'hour',
        'hour',
        'month',
        'flat',
        'hour',
        null,
      ],
      kinds: [
        'hardware',
        'software',
        'subscription',
        'subscription',
        'service',
        'service',
        'travel',
        'travel',
        'other',
        'other',
        null,
      ],
      billing: ['one-time', 'monthly', 'yearly', 'yearly', 'one-time', 'yearly', null],
      currency: ['EUR', 'EUR', 'EUR', 'CHF', 'USD', 'USD', 'GBP', 'GBP', null, null],
      flags: [true, false, true, true, false, null],
    });
  });
});
