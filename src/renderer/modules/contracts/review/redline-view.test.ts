import { describe, expect, it } from 'vitest';
import { clauseDiff } from '#shared/contracts';
import { redlineEntries, visibleEntries } from './redline-view';

const older = [
  { clauseId: 'subject', title: 'Gegenstand', body: 'Der Auftragnehmer erstellt das Werk.' },
  { clauseId: 'fee', title: 'Vergütung', body: 'Die Vergütung beträgt 100 Euro.' },
  { clauseId: 'term', title: 'Laufzeit', body: 'Der Vertrag läuft zwölf Monate.' },
  { clauseId: 'nda', title: 'Vertraulichkeit', body: 'Beide schweigen.' },
];
const newer = [
  { clauseId: 'fee', title: 'Vergütung', body: 'Die Vergütung beträgt 120 Euro.' },
  { clauseId: 'subject', title: 'Gegenstand', body: 'Der Auftragnehmer erstellt das Werk.' },
  { clauseId: 'term', title: 'Laufzeit', body: 'Der Vertrag läuft zwölf Monate.' },
  { clauseId: 'acceptance', title: 'Abnahme', body: 'Der Kunde nimmt ab.' },
];

describe('redlineEntries', () => {
  it('marks clauses added, removed, moved and changed, with word-level parts in changed ones', () => {
    const entries = redlineEntries(clauseDiff(older, newer));
    expect(
      entries.map(({ clauseId, number, movedFrom, kinds }) => ({
        clauseId,
        number,
        movedFrom,
        kinds,
      })),
    ).toEqual([
      { clauseId: 'fee', number: 1, movedFrom: null, kinds: ['changed'] },
      { clauseId: 'subject', number: 2, movedFrom: 1, kinds: ['moved'] },
      { clauseId: 'term', number: 3, movedFrom: null, kinds: ['unchanged'] },
      { clauseId: 'nda', number: 4, movedFrom: null, kinds: ['removed'] },
      { clauseId: 'acceptance', number: 4, movedFrom: null, kinds: ['added'] },
    ]);
    const [fee, , , nda, acceptance] = entries;
    expect(fee!.body).toEqual([
      { op: 'equal', text: 'Die Vergütung beträgt ' },
      { op: 'delete', text: '100' },
      { op: 'insert', text: '120' },
      { op: 'equal', text: ' Euro.' },
    ]);
    expect(nda!.title).toEqual([{ op: 'delete', text: 'Vertraulichkeit' }]);
    expect(nda!.body).toEqual([{ op: 'delete', text: 'Beide schweigen.' }]);
    expect(acceptance!.body).toEqual([{ op: 'insert', text: 'Der Kunde nimmt ab.' }]);
  });

  it('marks a clause both moved and changed', () => {
    const [first, second] = redlineEntries(
      clauseDiff(older.slice(0, 2), [
        { ...older[1]!, body: 'Die Vergütung beträgt 120 Euro.' },
        { ...older[0]!, body: 'Der Auftragnehmer erstellt die Software.' },
      ]),
    );
    expect([first!.kinds, second!.kinds]).toEqual([['changed'], ['moved', 'changed']]);
  });

  it('leaves unchanged clauses out unless asked for', () => {
    const entries = redlineEntries(clauseDiff(older, newer));
    expect(visibleEntries(entries, false).map((entry) => entry.clauseId)).toEqual([
      'fee',
      'subject',
      'nda',
      'acceptance',
    ]);
    expect(visibleEntries(entries, true)).toHaveLength(5);
  });
});
