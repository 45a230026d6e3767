import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  MoneyError,
  formatDecimal,
  formatMoney,
  isDecimalString,
  parseLocaleDecimal,
  round2,
  roundCommercial,
  roundDecimal,
  toDecimal,
  toMoneyString,
} from './index';

describe('toDecimal', () => {
  it('accepts decimal strings, finite numbers and Decimals', () => {
    expect(
      [toDecimal('1234.50'), toDecimal(' -2 '), toDecimal('.5'), toDecimal(1.005)].map(String),
    ).toEqual(['1234.5', '-2', '0.5', '1.005']);
    const value = new Decimal('3.1');
    expect(toDecimal(value)).toBe(value);
  });

  it('re-wraps a Decimal of another decimal.js constructor into ours', () => {
    const foreign = new DecimalJs('2.5');
    const ours = toDecimal(foreign);
    expect(ours.constructor).toBe(Decimal);
    expect(ours.toString()).toBe('2.5');
  });

  it.each<[unknown]>([
    [''],
    ['  '],
    ['1,5'],
    ['1.2.3'],
    ['1e3'],
    ['abc'],
    ['12€'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [new Decimal(Number.NaN)],
    [new Decimal(Number.NEGATIVE_INFINITY)],
    [null],
    [undefined],
  ])('throws MoneyError for %s', (value) => {
    expect(() => toDecimal(value as string)).toThrow(MoneyError);
  });

  it('names the bad value in the message', () => {
    expect(() => toDecimal('1,5')).toThrow('"1,5" is not a decimal number');
  });
});

describe('isDecimalString', () => {
  it('accepts plain decimals only', () => {
    expect(
      ['1234.50', '-2', '0', '+1.5', '1,5', '', '1e3', 'NaN', '1.', 12].map(isDecimalString),
    ).toEqual([true, true, true, true, false, false, false, false, false, false]);
  });
});

describe('commercial rounding', () => {
  it('rounds halves away from zero', () => {
    expect(
      [round2('2.345'), round2('-2.465'), round2(1.005), round2('-1.005'), round2('2.344999')].map(
        String,
      ),
    ).toEqual(['2.35', '-2.47', '1.01', '-1.01', '2.34']);
    expect(roundDecimal('-2.5', 0).toString()).toBe('-3');
    expect(roundDecimal('2.5', 0).toString()).toBe('3');
  });

  it('returns fixed-point strings from roundCommercial', () => {
    expect([
      roundCommercial('2.345', 2),
      roundCommercial(-2.465, 2),
      roundCommercial(1.005, 2),
      roundCommercial('-2.5', 0),
      roundCommercial('2.5', 2),
      roundCommercial('1.23456', 4),
      roundCommercial('-0.001', 2),
    ]).toEqual(['2.35', '-2.47', '1.01', '-3', '2.50', '1.2346', '0.00']);
  });

  it('formats the storage form with two decimals', () => {
    expect([toMoneyString('1234.5'), toMoneyString(0), toMoneyString('-0.004')]).toEqual([
      '1234.50',
      '0.00',
      '0.00',
    ]);
  });

  it('rejects bad decimals arguments', () => {
    expect(() => roundCommercial('1', -1)).toThrow(MoneyError);
    expect(() => roundCommercial('1', 1.5)).toThrow(MoneyError);
  });

  it('is symmetric around zero (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (milli) => {
        const value = new Decimal(milli).div(1000);
        expect(round2(value.neg()).toString()).toBe(round2(value).neg().toString());
      }),
    );
  });
});

describe('formatMoney', () => {
  it('formats German and English', () => {
    expect([
      formatMoney('1234.5', 'EUR', 'de'),
      formatMoney('1234.5', 'EUR', 'en'),
      formatMoney('-1234567.005', 'EUR', 'de'),
      formatMoney('-1234567.005', 'EUR', 'en'),
      formatMoney('0', 'EUR', 'de'),
      formatMoney('999.999', 'USD', 'en'),
      formatMoney('12', 'GBP', 'de'),
      formatMoney('1234.5', 'CHF', 'de'),
      formatMoney('1234.5', 'CHF', 'en'),
      formatMoney('-0.001', 'EUR', 'en'),
    ]).toEqual([
      '1.234,50 €',
      '€1,234.50',
      '-1.234.567,01 €',
      '-€1,234,567.01',
      '0,00 €',
      '$1,000.00',
      '12,00 £',
      '1.234,50 CHF',
      'CHF 1,234.50',
      '€0.00',
    ]);
  });

  it('rejects an unknown locale and bad amounts', () => {
    expect(() => formatMoney('1', 'EUR', 'fr' as 'de')).toThrow(MoneyError);
    expect(() => formatMoney('x', 'EUR', 'de')).toThrow(MoneyError);
  });
});

describe('formatDecimal', () => {
  it('keeps the digits or rounds to fixed places', () => {
    expect([
      formatDecimal('6.5', 'de'),
      formatDecimal('1234567.125', 'en'),
      formatDecimal('1234567.125', 'de', 2),
      formatDecimal('-0.4', 'de', 0),
      formatDecimal('19', 'de', 1),
    ]).toEqual(['6,5', '1,234,567.125', '1.234.567,13', '0', '19,0']);
  });
});

describe('parseLocaleDecimal', () => {
  it('reads German and English notation', () => {
    expect(
      [
        parseLocaleDecimal('1.234,50', 'de'),
        parseLocaleDecimal('1234,5', 'de'),
        parseLocaleDecimal('1.500', 'de'),
        parseLocaleDecimal('1.5', 'de'),
        parseLocaleDecimal(' -1.234.567,8 ', 'de'),
        parseLocaleDecimal('1,234.50', 'en'),
        parseLocaleDecimal('1,500', 'en'),
        parseLocaleDecimal('1.500', 'en'),
        parseLocaleDecimal('12\u00a0345,6', 'de'),
      ].map(String),
    ).toEqual([
      '1234.5',
      '1234.5',
      '1500',
      '1.5',
      '-1234567.8',
      '1234.5',
      '1500',
      '1.5',
      '12345.6',
    ]);
  });

  it.each([
    ['', 'de'],
    ['1,234.50', 'de'],
    ['1.234,50', 'en'],
    ['1.23.4', 'de'],
    ['1,2,3', 'en'],
    ['abc', 'en'],
    ['--1', 'de'],
  ] as const)('rejects %s in %s', (value, locale) => {
    expect(() => parseLocaleDecimal(value, locale)).toThrow(MoneyError);
  });
});
