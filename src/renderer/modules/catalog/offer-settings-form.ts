import { z } from 'zod';
import { exchangeRateSchema, offerSettingsSchema, percentStringSchema } from '#shared/domain';
import type { OfferSettings } from '#shared/domain';
import { formatOfferNumber, validateNumberScheme } from '#shared/offers/numbering';
import { displayDecimal, normalizeDecimalInput } from '../../components/decimal-input';
import { localizedDecimal } from './item-form';

/**
 * The offer settings as the form edits them: rates and minimum margin typed in German notation,
 * and a scheme refused at its field unless it names the user or the device (and has one {seq}).
 */
export const offerSettingsFormSchema = offerSettingsSchema
  .extend({
    minMarginPct: z
      .string()
      .transform(normalizeDecimalInput)
      .pipe(z.union([z.literal(''), percentStringSchema])),
    exchangeRates: z.object({
      CHF: localizedDecimal(exchangeRateSchema),
      USD: localizedDecimal(exchangeRateSchema),
      GBP: localizedDecimal(exchangeRateSchema),
    }),
  })
  .superRefine((settings, ctx) => {
    const problem = validateNumberScheme(settings.numberScheme);
    if (problem) ctx.addIssue({ code: 'custom', path: ['numberScheme'], message: problem });
  });
export type OfferSettingsFormValues = z.input<typeof offerSettingsFormSchema>;

/** Stored settings shown in the UI language. */
export function toOfferSettingsFormValues(
  settings: OfferSettings,
  language: string,
): OfferSettingsFormValues {
  const rate = (value: string) => displayDecimal(value, language);
  return {
    ...settings,
    minMarginPct: rate(settings.minMarginPct),
    exchangeRates: {
      CHF: rate(settings.exchangeRates.CHF),
      USD: rate(settings.exchangeRates.USD),
      GBP: rate(settings.exchangeRates.GBP),
    },
  };
}

/** The first number the scheme would give on `date` for these initials, or null if it is invalid. */
export function previewOfferNumber({
  scheme,
  date,
  initials,
  device,
}: {
  scheme: string;
  date: string;
  initials: string;
  device: string;
}): string | null {
  if (validateNumberScheme(scheme)) return null;
  try {
    return formatOfferNumber({ scheme, date, initials, device, seq: 1 });
  } catch {
    return null;
  }
}
