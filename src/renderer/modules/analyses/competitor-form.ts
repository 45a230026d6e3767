import { z } from 'zod';
import { competitorInputSchema, emptyCompetitorInput } from '#shared/domain/analyses';
import type { Competitor, CompetitorInput } from '#shared/domain/analyses';
import { displayDecimal, normalizeDecimalInput } from '../../components/decimal-input';

/** A form field read in the UI language's notation ("12,5" → "12.5") before the domain schema. */
export function localizedDecimal<S extends z.ZodType<unknown, string>>(schema: S) {
  return z.string().transform(normalizeDecimalInput).pipe(schema);
}

/** The competitor's profile as the form checks it: percentages typed in German notation too. */
export const competitorFormSchema = competitorInputSchema.extend({
  typicalDiscountPct: localizedDecimal(competitorInputSchema.shape.typicalDiscountPct),
  marketSharePct: localizedDecimal(competitorInputSchema.shape.marketSharePct),
});
export type CompetitorFormValues = z.input<typeof competitorFormSchema>;

/** The editable fields of a competitor (or a new one), percentages shown in the UI language. */
export function toCompetitorFormValues(
  competitor: Competitor | null | undefined,
  language: string,
): CompetitorFormValues {
  const base = emptyCompetitorInput();
  const input = competitor
    ? (Object.fromEntries(
        Object.keys(base).map((key) => [key, competitor[key as keyof CompetitorInput]]),
      ) as CompetitorInput)
    : base;
  return {
    ...input,
    typicalDiscountPct: displayDecimal(input.typicalDiscountPct, language),
    marketSharePct: displayDecimal(input.marketSharePct, language),
  };
}
