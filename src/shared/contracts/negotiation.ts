import { ContractInputError } from './errors';
import { redline } from './redline';
import type { RedlinePart } from './redline';
import type { Clause, DraftClause, NegotiationPosition } from './types';

/** The library text of a clause in a negotiation position, or undefined when the clause has none. */
export function positionText(
  clause: Clause,
  position: NegotiationPosition,
): { body: string; note?: string } | undefined {
  if (position === 'preferred') return { body: clause.body, note: clause.preferredNote };
  const text = position === 'fallback' ? clause.positions?.fallback : clause.positions?.walkAway;
  return text ? { body: text.body, note: text.note } : undefined;
}

export type Deviation = {
  clauseId: string;
  title: string;
  position: NegotiationPosition;
  /** The sales engineer's note of the position taken. */
  note?: string;
  /** The draft text differs from the library text of its position. */
  edited: boolean;
  /** Word-level changes from the preferred library text to the draft text; absent without the library clause. */
  changes?: RedlinePart[];
};

/**
 * Every clause of a draft that deviates from the preferred position: a fallback or walk-away taken, or the text
 * edited in the draft. Internal: for the sales engineer and their approver, never for the customer.
 */
export function negotiationSummary(
  draftClauses: readonly DraftClause[],
  library: readonly Clause[] = [],
): Deviation[] {
  const byId = new Map(library.map((clause) => [clause.id, clause]));
  const deviations: Deviation[] = [];
  draftClauses.forEach((draft, index) => {
    if (!['preferred', 'fallback', 'walk-away'].includes(draft.position)) {
      throw new ContractInputError(
        `draftClauses[${index}].position`,
        `unknown position ${JSON.stringify(draft.position)}`,
      );
    }
    const clause = byId.get(draft.clauseId);
    const text = clause ? positionText(clause, draft.position) : undefined;
    if (clause && !text) {
      throw new ContractInputError(
        `draftClauses[${index}].position`,
        `clause "${draft.clauseId}" has no ${draft.position} position`,
      );
    }
    const edited = text ? text.body !== draft.body : draft.modified === true;
    if (draft.position === 'preferred' && !edited) return;
    const deviation: Deviation = {
      clauseId: draft.clauseId,
      title: draft.title,
      position: draft.position,
      edited,
    };
    if (text?.note) deviation.note = text.note;
    if (clause) deviation.changes = redline(clause.body, draft.body);
    deviations.push(deviation);
  });
  return deviations;
}
