import { describe, expect, it } from 'vitest';
import { negotiationSummary } from './negotiation';
import type { Clause, DraftClause, NegotiationPosition } from './types';

const liability: Clause = {
  id: 'liability',
  title: 'Haftung',
  body: 'Höchstens 100 % der Vergütung.',
  category: 'liability',
  contractTypes: ['werkvertrag'],
  language: 'de',
  version: '1.0',
  preferredNote: 'Standard.',
  positions: {
    fallback: { body: 'Höchstens 200 % der Vergütung.', note: 'Versicherung prüfen.' },
    walkAway: { body: 'Unbegrenzt bei leichter Fahrlässigkeit.', note: 'Nur mit Freigabe.' },
  },
};
const acceptance: Clause = {
  ...liability,
  id: 'acceptance',
  title: 'Abnahme',
  body: 'Abnahme in 14 Tagen.',
  positions: undefined,
};

const draft = (clause: Clause, position: NegotiationPosition, body?: string): DraftClause => ({
  clauseId: clause.id,
  title: clause.title,
  position,
  body:
    body ??
    (position === 'preferred'
      ? clause.body
      : position === 'fallback'
        ? clause.positions!.fallback!.body
        : clause.positions!.walkAway!.body),
});

describe('negotiationSummary', () => {
  const library = [liability, acceptance];

  it('lists nothing when every clause stands in its preferred text', () => {
    expect(
      negotiationSummary([draft(liability, 'preferred'), draft(acceptance, 'preferred')], library),
    ).toEqual([]);
  });

  it('lists a fallback taken with its note and the change from the preferred text', () => {
    expect(
      negotiationSummary([draft(liability, 'fallback'), draft(acceptance, 'preferred')], library),
    ).toEqual([
      {
        clauseId: 'liability',
        title: 'Haftung',
        position: 'fallback',
        note: 'Versicherung prüfen.',
        edited: false,
        changes: [
          { op: 'equal', text: 'Höchstens ' },
          { op: 'delete', text: '100' },
          { op: 'insert', text: '200' },
          { op: 'equal', text: ' % der Vergütung.' },
        ],
      },
    ]);
  });

  it('lists a preferred clause edited in the draft, and a walk-away', () => {
    const result = negotiationSummary(
      [draft(acceptance, 'preferred', 'Abnahme in 30 Tagen.'), draft(liability, 'walk-away')],
      library,
    );
    expect(
      result.map(({ clauseId, position, edited, note }) => ({ clauseId, position, edited, note })),
    ).toEqual([
      { clauseId: 'acceptance', position: 'preferred', edited: true, note: 'Standard.' },
      { clauseId: 'liability', position: 'walk-away', edited: false, note: 'Nur mit Freigabe.' },
    ]);
  });

  it('reads the modified mark when the clause is not in the library', () => {
    const custom: DraftClause = {
      clauseId: 'custom',
      title: 'Sondervereinbarung',
      body: 'x',
      position: 'preferred',
      modified: true,
    };
    expect(negotiationSummary([custom])).toEqual([
      { clauseId: 'custom', title: 'Sondervereinbarung', position: 'preferred', edited: true },
    ]);
  });

  it('refuses a position the clause does not have', () => {
    expect(() =>
      negotiationSummary([{ ...draft(acceptance, 'preferred'), position: 'fallback' }], library),
    ).toThrow('draftClauses[0].position');
  });
});
