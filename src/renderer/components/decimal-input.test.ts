import { describe, expect, it } from 'vitest';
import { displayDecimal, normalizeDecimalInput } from './decimal-input';

describe('normalizeDecimalInput', () => {
  it('accepts German and English notation', () => {
    expect(
      ['48.500,50', '1234,5', ' 12 € ', '1234.50', '', '-3,25'].map(normalizeDecimalInput),
    ).toEqual(['48500.50', '1234.5', '12', '1234.50', '', '-3.25']);
  });

  it('shows decimals in the UI language', () => {
    expect([displayDecimal('1234.5', 'de'), displayDecimal('1234.5', 'en')]).toEqual([
      '1234,5',
      '1234.5',
    ]);
  });
});
