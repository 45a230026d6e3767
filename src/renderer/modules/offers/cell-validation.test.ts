import { describe, expect, it } from 'vitest';
import { cellDisplay, validateLineField } from './cell-validation';

describe('validateLineField', () => {
  it('accepts decimals and flags everything else with a message that quotes what was typed', () => {
    expect([
      validateLineField('quantity', '2.5'),
      validateLineField('quantity', ''),
      validateLineField('quantity', 'zwei'),
      validateLineField('quantity', '-1'),
      validateLineField('quantity', '1e3'),
      validateLineField('unitPrice', '-20.00'),
      validateLineField('discountPct', ''),
      validateLineField('discountPct', '100'),
      validateLineField('discountPct', '100.01'),
      validateLineField('unitCost', ''),
      validateLineField('unitCost', 'Infinity'),
      validateLineField('unitCost', 'NaN'),
    ]).toEqual([
      null,
      'validation.required',
      'validation.notANumber|{"value":"zwei"}',
      'validation.negative',
      'validation.notANumber|{"value":"1e3"}',
      null,
      null,
      null,
      'validation.percentRange',
      null,
      'validation.notANumber|{"value":"Infinity"}',
      'validation.notANumber|{"value":"NaN"}',
    ]);
  });
});

describe('cellDisplay', () => {
  const show = (field: 'quantity' | 'unitPrice' | 'unitCost' | 'discountPct', value: string) => ({
    de: cellDisplay({ field, value, language: 'de', focused: false }),
    en: cellDisplay({ field, value, language: 'en', focused: false }),
    deFocused: cellDisplay({ field, value, language: 'de', focused: true }),
  });

  it('formats prices and purchase prices as amounts until focused, then shows them plain', () => {
    expect(show('unitPrice', '5480')).toEqual({
      de: '5.480,00',
      en: '5,480.00',
      deFocused: '5480',
    });
    expect(show('unitCost', '1234.5')).toEqual({
      de: '1.234,50',
      en: '1,234.50',
      deFocused: '1234,5',
    });
    expect(show('unitPrice', '-500.00')).toEqual({
      de: '-500,00',
      en: '-500.00',
      deFocused: '-500,00',
    });
  });

  it('shows quantities and discounts as entered, never padded to two decimals', () => {
    expect(show('quantity', '2')).toEqual({ de: '2', en: '2', deFocused: '2' });
    expect(show('quantity', '1.5')).toEqual({ de: '1,5', en: '1.5', deFocused: '1,5' });
    expect(show('discountPct', '2.5')).toEqual({ de: '2,5', en: '2.5', deFocused: '2,5' });
  });

  it('leaves empty and unreadable values as they are', () => {
    expect(show('unitCost', '')).toEqual({ de: '', en: '', deFocused: '' });
    expect(show('quantity', 'zwei')).toEqual({ de: 'zwei', en: 'zwei', deFocused: 'zwei' });
  });
});
