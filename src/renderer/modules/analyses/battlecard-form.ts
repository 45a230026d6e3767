import { battlecardInputSchema, emptyBattlecardInput } from '#shared/domain/analyses';
import type { Battlecard, BattlecardInput } from '#shared/domain/analyses';
import { issueMessage } from '#shared/validation/issue-message';

/** The battlecard's texts as the editor holds them (the competitor is given apart). */
export type BattlecardDraft = Omit<BattlecardInput, 'competitorId'>;

export const markupFields = ['differentiators', 'traps', 'landmines', 'proofPoints'] as const;
export type MarkupField = (typeof markupFields)[number];

/** The stored battlecard (or an empty one) as a draft. */
export function toBattlecardDraft(card: Battlecard | null | undefined): BattlecardDraft {
  const base = card ?? emptyBattlecardInput('');
  return {
    objections: base.objections.map((entry) => ({ ...entry })),
    differentiators: base.differentiators,
    traps: base.traps,
    landmines: base.landmines,
    proofPoints: base.proofPoints,
    lastVerified: base.lastVerified,
  };
}

/**
 * The draft's problems by field path ('objections.0.answer', 'traps'), as i18n issue messages;
 * empty when it may be saved. Checked with the domain schema, so nothing invalid is sent.
 */
export function battlecardDraftErrors(
  competitorId: string,
  draft: BattlecardDraft,
): Record<string, string> {
  const input = { ...draft, competitorId };
  const parsed = battlecardInputSchema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issueMessage(issue, input);
  }
  return errors;
}
