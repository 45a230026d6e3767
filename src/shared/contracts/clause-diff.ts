import { ContractInputError } from './errors';
import { commonSubsequence, redline } from './redline';
import type { RedlinePart } from './redline';

/** A clause of a revision as the diff compares it. */
export type RevisionClause = { clauseId: string; title: string; body: string };

export type ClauseChange =
  | { kind: 'added'; clauseId: string; title: string; newNumber: number; body: string }
  | { kind: 'removed'; clauseId: string; title: string; oldNumber: number; body: string }
  | {
      kind: 'kept';
      clauseId: string;
      title: string;
      oldNumber: number;
      newNumber: number;
      /** Its place among the other kept clauses changed. */
      moved: boolean;
      /** Title or text changed. */
      changed: boolean;
      /** Word-level redline of the title and text (all equal when unchanged). */
      titleParts: RedlinePart[];
      bodyParts: RedlinePart[];
    };

export type ClauseDiff = {
  changes: ClauseChange[];
  counts: { added: number; removed: number; moved: number; changed: number; unchanged: number };
};

function indexById(clauses: readonly RevisionClause[], field: string): Map<string, number> {
  const index = new Map<string, number>();
  clauses.forEach((clause, position) => {
    if (index.has(clause.clauseId)) {
      throw new ContractInputError(
        `${field}[${position}].clauseId`,
        `"${clause.clauseId}" appears twice`,
      );
    }
    index.set(clause.clauseId, position);
  });
  return index;
}

/**
 * Clause-level redline between two revisions, by clause id: added, removed, moved (out of the longest run of
 * kept clauses in the same order) and changed, with a word-level redline inside each kept clause. The result
 * follows the new order; a removed clause stands where it stood in the old revision.
 */
export function clauseDiff(
  oldClauses: readonly RevisionClause[],
  newClauses: readonly RevisionClause[],
): ClauseDiff {
  const oldIndex = indexById(oldClauses, 'oldClauses');
  const newIndex = indexById(newClauses, 'newClauses');
  const keptOld = oldClauses.filter((clause) => newIndex.has(clause.clauseId));
  const keptNew = newClauses.filter((clause) => oldIndex.has(clause.clauseId));
  const ids = new Map(keptOld.map((clause, position) => [clause.clauseId, position]));
  const inOrder = new Set(
    commonSubsequence(
      keptOld.map((_, position) => position),
      keptNew.map((clause) => ids.get(clause.clauseId)!),
    ).map(([position]) => keptOld[position]!.clauseId),
  );

  const changes: ClauseChange[] = [];
  const counts = { added: 0, removed: 0, moved: 0, changed: 0, unchanged: 0 };
  let oldAt = 0;
  const flushRemoved = (until: number) => {
    for (; oldAt < until; oldAt += 1) {
      const clause = oldClauses[oldAt]!;
      if (newIndex.has(clause.clauseId)) continue;
      changes.push({
        kind: 'removed',
        clauseId: clause.clauseId,
        title: clause.title,
        oldNumber: oldAt + 1,
        body: clause.body,
      });
      counts.removed += 1;
    }
  };
  newClauses.forEach((clause, position) => {
    const oldPosition = oldIndex.get(clause.clauseId);
    if (oldPosition === undefined) {
      changes.push({
        kind: 'added',
        clauseId: clause.clauseId,
        title: clause.title,
        newNumber: position + 1,
        body: clause.body,
      });
      counts.added += 1;
      return;
    }
    const moved = !inOrder.has(clause.clauseId);
    // Removed clauses are shown where they stood, before the next clause kept in order.
    if (!moved) flushRemoved(oldPosition);
    const old = oldClauses[oldPosition]!;
    const changed = old.title !== clause.title || old.body !== clause.body;
    changes.push({
      kind: 'kept',
      clauseId: clause.clauseId,
      title: clause.title,
      oldNumber: oldPosition + 1,
      newNumber: position + 1,
      moved,
      changed,
      titleParts: redline(old.title, clause.title),
      bodyParts: redline(old.body, clause.body),
    });
    if (moved) counts.moved += 1;
    if (changed) counts.changed += 1;
    if (!moved && !changed) counts.unchanged += 1;
  });
  flushRemoved(oldClauses.length);
  return { changes, counts };
}
