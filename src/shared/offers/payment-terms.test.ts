import { describe, expect, it } from 'vitest';
import { cashDiscountOf, paymentTermsText } from './payment-terms';

const base = {
  currency: 'EUR',
  paymentTermsDays: 14,
  cashDiscountPct: '2',
  cashDiscountDays: 10,
  gross: '51844.35',
};

describe('paymentTermsText', () => {
  it('says net and the cash discount with its amount and what is then payable, never "ohne Abzug"', () => {
    expect(paymentTermsText({ ...base, language: 'de' })).toBe(
      'Zahlbar innerhalb von 14 Tagen nach Rechnungsstellung netto; bei Zahlung innerhalb von 10 Tagen abzüglich 2 % Skonto (1.036,89 €, zahlbar 50.807,46 €).',
    );
    expect(paymentTermsText({ ...base, language: 'en' })).toBe(
      'Payable within 14 days of invoice net; for payment within 10 days less 2% cash discount (€1,036.89, payable €50,807.46).',
    );
  });

  it('says "without deduction" only without a cash discount', () => {
    expect(paymentTermsText({ ...base, language: 'de', cashDiscountPct: '' })).toBe(
      'Zahlbar innerhalb von 14 Tagen nach Rechnungsstellung ohne Abzug.',
    );
    expect(paymentTermsText({ ...base, language: 'en', cashDiscountDays: 0 })).toBe(
      'Payable within 14 days of invoice without deduction.',
    );
    expect(paymentTermsText({ ...base, language: 'de', paymentTermsDays: 0, gross: null })).toBe(
      'Zahlbar sofort nach Rechnungsstellung netto; bei Zahlung innerhalb von 10 Tagen abzüglich 2 % Skonto.',
    );
  });

  it('rounds the cash discount commercially to cents', () => {
    expect(cashDiscountOf('100.25', '2')).toEqual({ discount: '2.01', payable: '98.24' });
  });
});
