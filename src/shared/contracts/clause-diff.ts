import { ContractInputError } from './errors';
import { redline } from './redline';
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
 * follows the new order; a removed clause stands right after the old clause before it that stayed in place.
 */
export function clauseDiff(
  oldClauses: readonly RevisionClause[],
  newClauses: readonly RevisionClause[],
): ClauseDiff {
  const oldIndex = indexById(oldClauses, 'oldClauses');
  const newIndex = indexById(newClauses, 'newClauses');
  const keptNew = newClauses.filter((clause) => oldIndex.has(clause.clauseId));
  const inOrder = stayingInPlace(
    keptNew.map((clause) => {
      const oldPosition = oldIndex.get(clause.clauseId)!;
      const old = oldClauses[oldPosition]!;
      return {
        clauseId: clause.clauseId,
        oldPosition,
        changed: old.title !== clause.title || old.body !== clause.body,
      };
    }),
  );

  const changes: ClauseChange[] = [];
  const counts = { added: 0, removed: 0, moved: 0, changed: 0, unchanged: 0 };
  // Removed clauses stand where they stood: right after the old clause before them that stayed in place.
  let oldAt = 0;
  const flushRemoved = () => {
    for (; oldAt < oldClauses.length; oldAt += 1) {
      const clause = oldClauses[oldAt]!;
      if (inOrder.has(clause.clauseId)) return;
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
  flushRemoved();
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
    if (!moved) {
      oldAt = oldPosition + 1;
      flushRemoved();
    }
  });
  return { changes, counts };
}

/**
 * The kept clauses that stay in place: the longest run of them whose old positions rise in the new order. Among
 * equally long runs, the one with the most changed clauses wins, so that a changed clause shows its word-level
 * changes in place and an unchanged one is the one marked as moved.
 */
function stayingInPlace(
  kept: ReadonlyArray<{ clauseId: string; oldPosition: number; changed: boolean }>,
): Set<string> {
  const weight = (index: number) => kept.length + 1 + (kept[index]!.changed ? 1 : 0);
  const best: number[] = [];
  const previous: number[] = [];
  kept.forEach((clause, index) => {
    best[index] = weight(index);
    previous[index] = -1;
    for (let before = 0; before < index; before += 1) {
      if (
        kept[before]!.oldPosition < clause.oldPosition &&
        best[before]! + weight(index) > best[index]!
      ) {
        best[index] = best[before]! + weight(index);
        previous[index] = before;
      }
    }
  });
  const staying = new Set<string>();
  let at = best.length === 0 ? -1 : best.indexOf(Math.max(...best));
  for (; at !== -1; at = previous[at]!) staying.add(kept[at]!.clauseId);
  return staying;
}
