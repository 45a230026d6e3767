import { describe, expect, it } from 'vitest';
import { diffRevisions } from './diff';
import { makeLine, makeOffer, makeSection } from '#test/offer-fixtures';

const estimate = { optimistic: '2', mostLikely: '3', pessimistic: '6', riskPct: '10' };

const revision1 = {
  offer: makeOffer({ termMonths: 36 }),
  sections: [
    makeSection({ id: 's1', title: 'Hardware', position: 'a0' }),
    makeSection({ id: 's2', title: 'Services', position: 'a1' }),
  ],
  lines: [
    makeLine({
      id: 'l1',
      originId: 'o1',
      sectionId: 's1',
      position: 'a0',
      name: 'Server',
      quantity: '2',
      unitPrice: '1000.00',
      unitCost: '700.00',
    }),
    makeLine({
      id: 'l2',
      originId: 'o2',
      sectionId: 's1',
      position: 'a1',
      name: 'Switch',
      unitPrice: '500.00',
    }),
    makeLine({
      id: 'l3',
      originId: 'o3',
      sectionId: 's1',
      position: 'a2',
      name: 'Cable',
      quantity: '10',
      unitPrice: '5.00',
    }),
    makeLine({
      id: 'l4',
      originId: 'o4',
      sectionId: 's2',
      position: 'a0',
      name: 'Setup',
      quantity: '3',
      unit: 'person-day',
      unitPrice: '1000.00',
    }),
    makeLine({
      id: 'l5',
      originId: 'o5',
      sectionId: 's2',
      position: 'a1',
      name: 'Licence',
      billing: 'monthly',
      unitPrice: '50.00',
    }),
  ],
};

// Revision 2 is a copy with new ids; lines keep their originId.
const revision2 = {
  offer: makeOffer({
    id: 'offer-2',
    revision: 2,
    termMonths: 36,
    title: 'Lagerverwaltung v2',
    discountPct: '5',
  }),
  sections: [
    makeSection({ id: 't1', title: 'Hardware', position: 'a0' }),
    makeSection({ id: 't2', title: 'Services', position: 'a1' }),
  ],
  lines: [
    makeLine({
      id: 'm1',
      originId: 'o1',
      sectionId: 't1',
      position: 'a0',
      name: 'Server',
      quantity: '3',
      unitPrice: '1000.00',
      unitCost: '700.00',
    }),
    makeLine({
      id: 'm3',
      originId: 'o3',
      sectionId: 't1',
      position: 'a0V',
      name: 'Cable',
      quantity: '10',
      unitPrice: '5.00',
    }),
    makeLine({
      id: 'm2',
      originId: 'o2',
      sectionId: 't1',
      position: 'a1',
      name: 'Switch',
      unitPrice: '500.00',
    }),
    makeLine({
      id: 'm6',
      originId: 'o6',
      sectionId: 't1',
      position: 'a2',
      name: 'Firewall',
      unitPrice: '800.00',
    }),
    // "1000.0" equals "1000.00": not a change.
    makeLine({
      id: 'm4',
      originId: 'o4',
      sectionId: 't2',
      position: 'a0',
      name: 'Setup',
      quantity: '3.75',
      unit: 'person-day',
      unitPrice: '1000.0',
      estimate,
    }),
    makeLine({
      id: 'm5',
      originId: 'o5',
      sectionId: 't2',
      position: 'a1',
      name: 'Licence',
      billing: 'monthly',
      unitPrice: '50.00',
      deleted: true,
    }),
  ],
};

describe('diffRevisions', () => {
  it('lists offer changes, added, removed, changed and moved lines and every total', () => {
    // Before: one-time 2000 + 500 + 50 + 3000 = 5550, VAT 1054.50; monthly 50; contract
    // 5550 + 36 × 50 = 7350; the margin counts only lines with a cost: 2000 at 1400 → 600 (30 %).
    // After: (3000 + 50 + 500 + 800 + 3750) × 0.95 = 7695, VAT 1462.05; with a cost 3000 × 0.95 =
    // 2850 at 2100 → 750 (26.32 %).
    expect(diffRevisions({ before: revision1, after: revision2 })).toEqual({
      offer: [
        { field: 'title', before: 'Lagerverwaltung', after: 'Lagerverwaltung v2' },
        { field: 'discountPct', before: '', after: '5' },
      ],
      added: [revision2.lines[3]],
      removed: [revision1.lines[4]],
      changed: [
        {
          originId: 'o1',
          name: 'Server',
          pos: '1.1',
          changes: [{ field: 'quantity', before: '2', after: '3' }],
        },
        {
          originId: 'o4',
          name: 'Setup',
          pos: '2.1',
          changes: [
            { field: 'quantity', before: '3', after: '3.75' },
            { field: 'estimate', before: null, after: estimate },
          ],
        },
      ],
      moved: [{ originId: 'o3', name: 'Cable', before: '1.3', after: '1.2' }],
      totals: [
        { key: 'oneTime.net', before: '5550.00', after: '7695.00', delta: '2145.00' },
        { key: 'oneTime.vat', before: '1054.50', after: '1462.05', delta: '407.55' },
        { key: 'oneTime.gross', before: '6604.50', after: '9157.05', delta: '2552.55' },
        { key: 'monthly.net', before: '50.00', after: '0.00', delta: '-50.00' },
        { key: 'monthly.vat', before: '9.50', after: '0.00', delta: '-9.50' },
        { key: 'monthly.gross', before: '59.50', after: '0.00', delta: '-59.50' },
        { key: 'yearly.net', before: '0.00', after: '0.00', delta: '0.00' },
        { key: 'yearly.vat', before: '0.00', after: '0.00', delta: '0.00' },
        { key: 'yearly.gross', before: '0.00', after: '0.00', delta: '0.00' },
        { key: 'contractValue', before: '7350.00', after: '7695.00', delta: '345.00' },
        { key: 'margin', before: '600.00', after: '750.00', delta: '150.00' },
        { key: 'marginPct', before: '30.00', after: '26.32', delta: '-3.68' },
      ],
      positions: expect.any(Object),
    });
  });

  it('reports a line moved to another section as a section change, not a move', () => {
    const before = {
      ...revision1,
      lines: revision1.lines.slice(0, 2),
    };
    const after = {
      ...revision1,
      sections: [
        ...revision1.sections.slice(0, 1),
        makeSection({ id: 's2', title: 'Netzwerk', position: 'Zz' }),
      ],
      lines: [revision1.lines[0]!, { ...revision1.lines[1]!, sectionId: 's2' }],
    };
    const diff = diffRevisions({ before, after });
    expect([diff.changed, diff.moved, diff.added, diff.removed]).toEqual([
      [
        {
          originId: 'o2',
          name: 'Switch',
          // 'Zz' sorts before 'a0': the new section comes first.
          pos: '1.1',
          changes: [{ field: 'section', before: 'Hardware', after: 'Netzwerk' }],
        },
      ],
      [],
      [],
      [],
    ]);
  });

  it('finds nothing between a revision and itself, and null deltas for an empty offer', () => {
    const same = diffRevisions({ before: revision1, after: revision1 });
    expect([same.offer, same.added, same.removed, same.changed, same.moved]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    const empty = { offer: makeOffer(), sections: [], lines: [] };
    expect(diffRevisions({ before: empty, after: revision1 }).totals.at(-1)).toEqual({
      key: 'marginPct',
      before: null,
      after: '30.00',
      delta: null,
    });
  });

  it('moving one line past two others moves that line only', () => {
    const swapped = {
      ...revision1,
      lines: revision1.lines.map((line) =>
        line.id === 'l1' ? { ...line, position: 'a2V' } : line,
      ),
    };
    expect(diffRevisions({ before: revision1, after: swapped }).moved).toEqual([
      { originId: 'o1', name: 'Server', before: '1.1', after: '1.3' },
    ]);
  });
});
