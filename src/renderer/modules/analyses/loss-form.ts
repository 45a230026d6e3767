import { lossReasons, opportunityInputSchema } from '#shared/domain';
import type { LossReason, Opportunity } from '#shared/domain';
import type { LossInput } from '#data/analyses/win-loss.repository';
import { issueMessage } from '#shared/validation/issue-message';
import { normalizeDecimalInput } from '../../components/decimal-input';
import { readTarget } from './price-form';
import type { PriceTarget } from './price-form';

/** The loss form as typed: their price or the gap in percent, in the UI language's notation. */
export type LossFormState = {
  reason: LossReason | '';
  /** The competitor it was lost to ('' unknown). */
  lostTo: string;
  priceKind: 'price' | 'gap';
  price: string;
  gap: string;
  /** What their price was for (only with a price). */
  target: PriceTarget;
};

export type LossFormField = 'reason' | 'lostTo' | 'price' | 'gap' | 'target';

/** The form for an opportunity just lost: what it recorded before, else empty. */
export function initialLossForm(opportunity: Opportunity): LossFormState {
  return {
    reason: opportunity.lossReason ?? '',
    lostTo: opportunity.lostToCompetitorId ?? '',
    priceKind: opportunity.lostPriceGapPct && !opportunity.lostToPrice ? 'gap' : 'price',
    price: opportunity.lostToPrice ?? '',
    gap: opportunity.lostPriceGapPct ?? '',
    target: '',
  };
}

const shape = opportunityInputSchema.shape;

/**
 * The input for `repos.winLoss.recordLoss`, or the problems by field (i18n issue messages):
 * a reason is required; a price needs the competitor and what it was for; only the chosen one
 * of price and gap is sent.
 */
export function readLossForm(
  state: LossFormState,
):
  | { input: LossInput; errors: null }
  | { input: null; errors: Partial<Record<LossFormField, string>> } {
  const errors: Partial<Record<LossFormField, string>> = {};
  if (!(lossReasons as readonly string[]).includes(state.reason)) {
    errors.reason = 'validation.required';
  }
  const price = state.priceKind === 'price' ? normalizeDecimalInput(state.price) : '';
  const gap = state.priceKind === 'gap' ? normalizeDecimalInput(state.gap) : '';
  const priceCheck = shape.lostToPrice.safeParse(price);
  if (!priceCheck.success) errors.price = issueMessage(priceCheck.error.issues[0]!, price);
  const gapCheck = shape.lostPriceGapPct.safeParse(gap);
  if (!gapCheck.success) errors.gap = issueMessage(gapCheck.error.issues[0]!, gap);
  const target = readTarget(state.target);
  if (price !== '') {
    if (state.lostTo === '') errors.lostTo = 'validation.required';
    if (target.catalogItemId === '' && target.category === '')
      errors.target = 'validation.required';
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      lossReason: state.reason as LossReason,
      lostToCompetitorId: state.lostTo,
      lostToPrice: price,
      lostPriceGapPct: gap,
      ...(price === '' ? {} : target),
    },
    errors: null,
  };
}

/** The form field a repository issue's path names. */
export function lossFieldOf(path: readonly PropertyKey[]): LossFormField | undefined {
  switch (path[0]) {
    case 'lossReason':
      return 'reason';
    case 'lostToCompetitorId':
      return 'lostTo';
    case 'lostToPrice':
    case 'price':
      return 'price';
    case 'lostPriceGapPct':
      return 'gap';
    case 'catalogItemId':
    case 'category':
      return 'target';
    default:
      return undefined;
  }
}
