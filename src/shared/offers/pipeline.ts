import type {
  Language,
  Offer,
  OfferLine,
  Opportunity,
  OpportunityInput,
  OpportunityStage,
} from '../domain';
import { stageProbability } from '../domain';
import { formatMoney, toDecimal, toMoneyString } from '../money';
import { offerTotals } from './totals';
import type { TotalsLine } from './totals';

/** The lifecycle steps of an offer that move its opportunity. */
export type PipelineEvent = 'sent' | 'accepted' | 'rejected';

/**
 * The offer's value for the pipeline: its contract value (one-time net plus recurring over the
 * term, after the offer discount) in EUR, converted at the rate frozen on the offer.
 */
export function offerPipelineValue({
  offer,
  lines,
}: {
  offer: Pick<Offer, 'discountPct' | 'termMonths' | 'reverseCharge' | 'currency' | 'exchangeRate'>;
  lines: readonly TotalsLine[];
}): { value: string; eur: string } {
  const { contractValue } = offerTotals({ offer, lines });
  if (offer.currency === 'EUR' || offer.exchangeRate === '') {
    return { value: contractValue, eur: contractValue };
  }
  return {
    value: contractValue,
    eur: toMoneyString(toDecimal(contractValue).div(offer.exchangeRate)),
  };
}

export type OpportunityStep = Partial<
  Pick<OpportunityInput, 'stage' | 'estimatedValue' | 'probability' | 'lostReason'>
>;

/** Stages a sent offer moves forward to "proposal" from; later stages keep their place. */
const BEFORE_PROPOSAL: ReadonlySet<OpportunityStage> = new Set(['lead', 'qualified', 'lost']);

/**
 * What an offer's step changes on its opportunity: sent → "proposal" (not back from negotiation
 * or won) with the offer's value; accepted → "won" with the value; rejected → "lost" with the
 * reason, unless another offer of the opportunity is still open (sent or accepted).
 */
export function opportunityStep({
  event,
  opportunity,
  valueEur,
  reason = '',
  otherOpenOffers = 0,
}: {
  event: PipelineEvent;
  opportunity: Pick<Opportunity, 'stage' | 'probability' | 'lostReason'>;
  valueEur: string;
  reason?: string;
  otherOpenOffers?: number;
}): OpportunityStep {
  const { stage, probability } = opportunity;
  // Credits above the rest of the offer make a negative total; the pipeline value is never below 0.
  const value = toDecimal(valueEur).isNegative() ? '0.00' : valueEur;
  // A probability the user set by hand survives a move; a stage's default follows the stage.
  const probabilityFor = (next: OpportunityStage) =>
    probability === stageProbability[stage] ? stageProbability[next] : probability;
  switch (event) {
    case 'sent':
      if (stage === 'won') return {};
      if (!BEFORE_PROPOSAL.has(stage)) return { estimatedValue: value };
      return {
        stage: 'proposal',
        estimatedValue: value,
        probability: probabilityFor('proposal'),
        lostReason: '',
      };
    case 'accepted':
      return { stage: 'won', estimatedValue: value, probability: 100, lostReason: '' };
    case 'rejected':
      if (otherOpenOffers > 0 || stage === 'won') return {};
      return {
        stage: 'lost',
        probability: 0,
        lostReason: reason.trim() === '' ? opportunity.lostReason : reason.trim(),
      };
  }
}

const STEP_WORDS: Record<Language, Record<PipelineEvent, string>> = {
  de: { sent: 'versendet', accepted: 'angenommen', rejected: 'abgelehnt' },
  en: { sent: 'sent', accepted: 'accepted', rejected: 'rejected' },
};

/**
 * The client activity an offer's step logs, in the language of the person who took the step
 * (activities are the team's notes, like one typed by hand): number, revision, title, value and,
 * when rejected, the reason.
 */
export function offerActivitySummary({
  event,
  offer,
  value,
  reason = '',
  language,
}: {
  event: PipelineEvent;
  offer: Pick<Offer, 'number' | 'revision' | 'title' | 'currency'>;
  value: string;
  reason?: string;
  language: Language;
}): string {
  const de = language === 'de';
  const label = `${de ? 'Angebot' : 'Offer'} ${offer.number} Rev. ${offer.revision}`;
  const parts = [
    `${label} ${STEP_WORDS[language][event]}: ${de ? `„${offer.title}“` : `“${offer.title}”`}`,
    `${de ? 'Wert' : 'value'} ${formatMoney(value, offer.currency, language)}`,
  ];
  if (event === 'rejected' && reason.trim() !== '') {
    parts.push(`${de ? 'Grund' : 'reason'}: ${reason.trim()}`);
  }
  return parts.join(' · ');
}

/** Lines as the pipeline value counts them: live lines of live sections. */
export function liveLinesOf<L extends Pick<OfferLine, 'sectionId'> & { deleted?: boolean }>(
  lines: readonly L[],
  liveSectionIds: ReadonlySet<string>,
): L[] {
  return lines.filter((line) => line.deleted !== true && liveSectionIds.has(line.sectionId));
}
