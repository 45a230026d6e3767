import { z } from 'zod';
import { priceObservationInputSchema } from '#shared/domain/analyses';
import type { PriceObservation, PriceObservationInput } from '#shared/domain/analyses';
import { issueMessage } from '#shared/validation/issue-message';
import { displayDecimal, normalizeDecimalInput } from '../../components/decimal-input';

/**
 * What a price is for, as one select's value: `item:<catalog item id>` or `category:<kind>`;
 * '' when not chosen.
 */
export type PriceTarget = string;

export const itemTarget = (id: string): PriceTarget => `item:${id}`;
export const categoryTarget = (kind: string): PriceTarget => `category:${kind}`;

/** The catalog item and category a target stands for (exactly one of them set, or neither). */
export function readTarget(target: PriceTarget): { catalogItemId: string; category: string } {
  if (target.startsWith('item:')) return { catalogItemId: target.slice(5), category: '' };
  if (target.startsWith('category:')) return { catalogItemId: '', category: target.slice(9) };
  return { catalogItemId: '', category: '' };
}

/** The form's values: the price typed in the UI language, the target as one field. */
export type PriceFormValues = {
  competitorId: string;
  target: PriceTarget;
  price: string;
  observedOn: string;
  sourceNote: string;
};

/** The observation as the form shows it (a new one: today, no competitor unless given). */
export function toPriceFormValues(
  observation: PriceObservation | null,
  defaults: { competitorId: string; today: string },
  language: string,
): PriceFormValues {
  if (!observation) {
    return {
      competitorId: defaults.competitorId,
      target: '',
      price: '',
      observedOn: defaults.today,
      sourceNote: '',
    };
  }
  return {
    competitorId: observation.competitorId,
    target:
      observation.catalogItemId !== ''
        ? itemTarget(observation.catalogItemId)
        : categoryTarget(observation.category),
    price: displayDecimal(observation.price, language),
    observedOn: observation.observedOn,
    sourceNote: observation.sourceNote,
  };
}

/**
 * The form's schema: the domain's observation checks, with their messages at the form's fields
 * (an observation needs a catalog item or a category: the target field). Kept fields of an
 * existing observation (source, currency, opportunity) come from `base`.
 */
export function priceFormSchema(
  base: Pick<PriceObservationInput, 'source' | 'currency' | 'opportunityId'>,
) {
  return z
    .object({
      competitorId: z.string(),
      target: z.string(),
      price: z.string(),
      observedOn: z.string(),
      sourceNote: z.string(),
    })
    .transform((values, context): PriceObservationInput => {
      const input = {
        competitorId: values.competitorId,
        ...readTarget(values.target),
        price: normalizeDecimalInput(values.price),
        currency: base.currency,
        observedOn: values.observedOn,
        source: base.source,
        sourceNote: values.sourceNote,
        opportunityId: base.opportunityId,
      };
      const parsed = priceObservationInputSchema.safeParse(input);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const path = field === 'catalogItemId' || field === 'category' ? 'target' : field;
        context.addIssue({ code: 'custom', message: issueMessage(issue, input), path: [path] });
      }
      return z.NEVER;
    });
}
