import type { ClauseDiff, RedlinePart } from '#shared/contracts';

export type RedlineKind = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

/** One clause of the redline as the view shows it: its number, marks and the word-level parts. */
export type RedlineEntry = {
  clauseId: string;
  /** The clause's number in the newer revision (in the older one for a removed clause). */
  number: number;
  /** Its number in the older revision when it moved. */
  movedFrom: number | null;
  /** 'added' or 'removed' alone; a kept clause may be both moved and changed, or unchanged. */
  kinds: RedlineKind[];
  title: RedlinePart[];
  body: RedlinePart[];
};

/**
 * The redline's entries in the newer revision's order (a removed clause where it stood): an
 * added clause is all insertion, a removed one all deletion, a kept one its word-level parts.
 */
export function redlineEntries(diff: ClauseDiff): RedlineEntry[] {
  return diff.changes.map((change): RedlineEntry => {
    if (change.kind === 'added') {
      return {
        clauseId: change.clauseId,
        number: change.newNumber,
        movedFrom: null,
        kinds: ['added'],
        title: [{ op: 'insert', text: change.title }],
        body: [{ op: 'insert', text: change.body }],
      };
    }
    if (change.kind === 'removed') {
      return {
        clauseId: change.clauseId,
        number: change.oldNumber,
        movedFrom: null,
        kinds: ['removed'],
        title: [{ op: 'delete', text: change.title }],
        body: [{ op: 'delete', text: change.body }],
      };
    }
    const kinds: RedlineKind[] = [];
    if (change.moved) kinds.push('moved');
    if (change.changed) kinds.push('changed');
    if (kinds.length === 0) kinds.push('unchanged');
    return {
      clauseId: change.clauseId,
      number: change.newNumber,
      movedFrom: change.moved ? change.oldNumber : null,
      kinds,
      title: change.titleParts,
      body: change.bodyParts,
    };
  });
}

/** The entries to list: unchanged clauses only when asked for. */
export const visibleEntries = (
  entries: readonly RedlineEntry[],
  showUnchanged: boolean,
): RedlineEntry[] =>
  showUnchanged ? [...entries] : entries.filter((entry) => !entry.kinds.includes('unchanged'));
