import { describe, expect, it } from 'vitest';
import { defaultOfferSettings } from '#shared/domain';
import {
  offerSettingsFormSchema,
  previewOfferNumber,
  toOfferSettingsFormValues,
} from './offer-settings-form';

const form = () => toOfferSettingsFormValues(defaultOfferSettings(), 'de');

describe('offerSettingsFormSchema', () => {
  it('round-trips the defaults shown in German notation', () => {
    expect(form().exchangeRates).toEqual({ CHF: '0,94', USD: '1,08', GBP: '0,85' });
    expect(offerSettingsFormSchema.parse(form())).toEqual(defaultOfferSettings());
  });

  it('refuses a scheme without {initials} or {device} at the field', () => {
    const result = offerSettingsFormSchema.safeParse({
      ...form(),
      numberScheme: 'A-{YYYY}-{seq:4}',
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['numberScheme', 'validation.numberScheme.notUnique'],
    ]);
  });

  it('refuses a zero exchange rate and a margin over 100 %', () => {
    const result = offerSettingsFormSchema.safeParse({
      ...form(),
      minMarginPct: '120',
      exchangeRates: { CHF: '0', USD: '1,1', GBP: 'x' },
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['minMarginPct', 'validation.percent'],
      ['exchangeRates.CHF', 'validation.exchangeRate'],
      // zod also runs the refinement on a failed format; the form shows the first issue.
      ['exchangeRates.GBP', 'validation.decimal'],
      ['exchangeRates.GBP', 'validation.exchangeRate'],
    ]);
  });

  it('accepts an empty minimum margin (no warning)', () => {
    expect(offerSettingsFormSchema.parse({ ...form(), minMarginPct: '' }).minMarginPct).toBe('');
  });
});

describe('previewOfferNumber', () => {
  it('renders the first number of a valid scheme', () => {
    expect(
      previewOfferNumber({
        scheme: 'A-{YYYY}-{initials}-{seq:4}',
        date: '2026-11-28',
        initials: 'JB',
        device: 'AB12',
      }),
    ).toBe('A-2026-JB-0001');
    expect(
      previewOfferNumber({
        scheme: '{YY}{MM}-{device}-{seq}',
        date: '2026-03-05',
        initials: 'JB',
        device: 'AB12',
      }),
    ).toBe('2603-AB12-1');
  });

  it('is null for a scheme the settings refuse', () => {
    expect(
      previewOfferNumber({
        scheme: 'A-{YYYY}-{seq:4}',
        date: '2026-11-28',
        initials: 'JB',
        device: 'X',
      }),
    ).toBeNull();
    expect(
      previewOfferNumber({
        scheme: 'A-{foo}-{initials}-{seq}',
        date: '2026-11-28',
        initials: 'JB',
        device: 'X',
      }),
    ).toBeNull();
  });
});
