import { describe, expect, it } from 'vitest';
import { displayDecimal, normalizeDecimalInput } from './decimal-input';

describe('normalizeDecimalInput', () => {
  it('reads German notation', () => {
    expect(
      ['48.500,50', '1234,5', ' 12 € ', '1.500', '1.5', '', '-3,25', '19 %'].map((text) =>
        normalizeDecimalInput(text, 'de'),
      ),
    ).toEqual(['48500.50', '1234.5', '12', '1500', '1.5', '', '-3.25', '19']);
  });

  it('reads English notation: a comma groups thousands', () => {
    expect(
      ['1,234.50', '1,000', '1234.5', '0.25'].map((text) => normalizeDecimalInput(text, 'en')),
    ).toEqual(['1234.50', '1000', '1234.5', '0.25']);
  });

  it('hands back what is no number, for the field to report', () => {
    expect(
      ['zwei', '1,2,3', '1.2.3,4,5', 'NaN'].map((text) => normalizeDecimalInput(text, 'de')),
    ).toEqual(['zwei', '1,2,3', '1.2.3,4,5', 'NaN']);
  });

  it('shows decimals in the UI language', () => {
    expect([displayDecimal('1234.5', 'de'), displayDecimal('1234.5', 'en')]).toEqual([
      '1234,5',
      '1234.5',
    ]);
  });
});
