import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseDiff } from './clause-diff';
import type { RevisionClause } from './clause-diff';

const c = (clauseId: string, body = `Text von ${clauseId}.`, title = clauseId): RevisionClause => ({
  clauseId,
  title,
  body,
});

describe('clauseDiff', () => {
  it('finds added, removed, moved and changed clauses with a word redline inside', () => {
    const oldClauses = [
      c('subject'),
      c('acceptance', 'Abnahme binnen 14 Tagen.'),
      c('warranty'),
      c('prices'),
      c('liability'),
      c('general'),
    ];
    const newClauses = [
      c('subject'),
      c('liability'),
      c('acceptance', 'Abnahme binnen 30 Tagen.'),
      c('prices'),
      c('sla'),
      c('general'),
    ];
    const { changes, counts } = clauseDiff(oldClauses, newClauses);
    expect(counts).toEqual({ added: 1, removed: 1, moved: 1, changed: 1, unchanged: 3 });
    expect(
      changes.map((change) => [
        change.kind,
        change.clauseId,
        change.kind === 'kept' && change.moved,
        change.kind === 'kept' && change.changed,
      ]),
    ).toEqual([
      ['kept', 'subject', false, false],
      ['kept', 'liability', true, false],
      ['kept', 'acceptance', false, true],
      ['removed', 'warranty', false, false],
      ['kept', 'prices', false, false],
      ['added', 'sla', false, false],
      ['kept', 'general', false, false],
    ]);
    const acceptance = changes.find((change) => change.clauseId === 'acceptance');
    expect(acceptance).toMatchObject({
      oldNumber: 2,
      newNumber: 3,
      bodyParts: [
        { op: 'equal', text: 'Abnahme binnen ' },
        { op: 'delete', text: '14' },
        { op: 'insert', text: '30' },
        { op: 'equal', text: ' Tagen.' },
      ],
    });
  });

  it('counts a retitled clause as changed', () => {
    const { changes } = clauseDiff([c('a', 'x', 'Haftung')], [c('a', 'x', 'Haftungsbegrenzung')]);
    expect(changes[0]).toMatchObject({ kind: 'kept', changed: true, moved: false });
  });

  it('refuses a clause twice in one revision', () => {
    expect(() => clauseDiff([c('a'), c('a')], [])).toThrow('oldClauses[1].clauseId');
  });

  it('accounts for every clause once, keeps the new order and moves as few clauses as possible', () => {
    const idList = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), {
      maxLength: 7,
    });
    fc.assert(
      fc.property(idList, idList, (oldIds, newIds) => {
        const { changes, counts } = clauseDiff(
          oldIds.map((id) => c(id)),
          newIds.map((id) => c(id)),
        );
        expect(
          changes.filter((change) => change.kind !== 'removed').map((change) => change.clauseId),
        ).toEqual(newIds);
        expect(
          changes
            .filter((change) => change.kind !== 'added')
            .map((change) => change.clauseId)
            .sort(),
        ).toEqual([...oldIds].sort());
        const kept = newIds.filter((id) => oldIds.includes(id));
        expect(counts.added + counts.moved + counts.unchanged).toBe(newIds.length);
        // The kept clauses that did not move appear in the old order.
        const stay = changes
          .filter((change) => change.kind === 'kept' && !change.moved)
          .map((change) => change.clauseId);
        expect(stay).toEqual(oldIds.filter((id) => stay.includes(id)));
        expect(counts.moved).toBe(kept.length - longestInOrder(oldIds, kept));
      }),
      { numRuns: 300 },
    );
  });
});

function longestInOrder(oldIds: string[], kept: string[]): number {
  const ranks = kept.map((id) => oldIds.indexOf(id));
  const best: number[] = [];
  ranks.forEach((rank, index) => {
    best[index] =
      1 + Math.max(0, ...ranks.slice(0, index).map((other, j) => (other < rank ? best[j]! : 0)));
  });
  return Math.max(0, ...best);
}
