import { describe, expect, it } from 'vitest';
import { planRows } from '#test/planning-fixtures';
import type { PlanRowsOverrides } from '#test/planning-fixtures';
import { analysePlan } from './analyse';
import { planLineChanges, planOfferLines } from './lines';
import type { PlannedLine } from './types';

function planned(overrides: PlanRowsOverrides = {}) {
  const rows = planRows(overrides);
  return planOfferLines(analysePlan(rows), {
    plan: rows.plan,
    roles: rows.roles,
    offer: rows.offer,
    rates: {},
    vatPct: '19',
  });
}

const line = (
  id: string,
  phase: string,
  name: string,
  quantity: string,
  [unitPrice, unitCost, roleId]: [string, string, string],
  [optimistic, mostLikely, pessimistic]: [string, string, string],
  description = '',
  riskPct = '0',
): PlannedLine => ({
  planPackageId: id,
  planPhaseId: phase,
  name,
  description,
  quantity,
  unit: 'person-day',
  unitPrice,
  unitCost,
  roleId,
  vatPct: '19',
  billing: 'one-time',
  estimate: { optimistic, mostLikely, pessimistic, riskPct },
});

const PL = ['1200', '800', 'role-pl'] as [string, string, string];
const SC = ['1100', '700', 'role-sc'] as [string, string, string];
const DEV = ['950', '600', 'role-dev'] as [string, string, string];

describe('planOfferLines', () => {
  it('makes one section per phase, one line per package and the reserve line at 80 %', () => {
    expect(planned()).toEqual({
      sections: [
        { planPhaseId: 'phase-1', title: '1 Konzeption' },
        { planPhaseId: 'phase-2', title: '2 Umsetzung' },
        { planPhaseId: 'contingency', title: 'Risikoreserve' },
      ],
      lines: [
        line('A', 'phase-1', '1.1 Anforderungsanalyse', '2.00', PL, ['1', '2', '3'], 'Lastenheft'),
        line('B', 'phase-1', '1.2 Fachkonzept', '4.00', SC, ['3', '4', '5'], 'Pflichtenheft'),
        line('C', 'phase-1', '1.3 Systementwurf', '10.00', SC, ['7', '10', '13']),
        line('D', 'phase-2', '2.1 Datenmigration', '6.00', DEV, ['4', '6', '8']),
        line('E', 'phase-2', '2.2 Schnittstellen', '4.00', DEV, ['3', '4', '5']),
        line('F', 'phase-2', '2.3 Dokumentation', '5.00', DEV, ['2', '5', '8']),
        line('G', 'phase-2', '2.4 Implementierung', '7.00', SC, ['5', '7', '9']),
        line('H', 'phase-2', '2.5 Test und Abnahme', '9.00', PL, ['6', '9', '12']),
        {
          planPackageId: 'contingency',
          planPhaseId: 'contingency',
          name: 'Risikoreserve (80 % Konfidenz)',
          description: 'Aufwand bei 80 % Konfidenz 48,75 PT, Erwartungswert (PERT) 47,00 PT',
          // 48.75 − 47.00 person-days.
          quantity: '1.75',
          unit: 'person-day',
          // Weighted by σ²: PL (0.1089 + 1) · 1200 + SC (0.1089 + 1 + 0.4489) · 1100 +
          // Dev (0.4489 + 0.1089 + 1) · 950 = 4524.17; / 4.2245 = 1070.94. Cost likewise: 689.37.
          unitPrice: '1070.94',
          unitCost: '689.37',
          roleId: '',
          vatPct: '19',
          billing: 'one-time',
          estimate: null,
        },
      ],
    });
  });

  it('names the reserve at 90 % in English and leaves it out at 50 %', () => {
    const english = planned({ plan: { confidencePct: '90' }, offer: { language: 'en' } });
    expect(english.sections.at(-1)).toEqual({ planPhaseId: 'contingency', title: 'Risk reserve' });
    // 47 + 1.2816 · 2.06 = 49.64 → 49.75.
    expect(english.lines.at(-1)).toMatchObject({
      name: 'Risk reserve (90 % confidence)',
      description: 'Effort at 90 % confidence 49.75 PD, expected (PERT) 47.00 PD',
      quantity: '2.75',
    });
    const fifty = planned({ plan: { confidencePct: '50' } });
    expect(fifty.sections.map((section) => section.planPhaseId)).toEqual(['phase-1', 'phase-2']);
    expect(fifty.lines.map((row) => row.planPackageId)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
    ]);
  });

  it('converts role prices into the offer currency', () => {
    const chf = planned({ offer: { currency: 'CHF', exchangeRate: '0.95' } });
    expect(chf.lines[0]).toMatchObject({ unitPrice: '1140.00', unitCost: '760.00' });
    expect(chf.lines[3]).toMatchObject({ unitPrice: '902.50', unitCost: '570.00' });
  });

  it('spreads the reserve into the packages by variance', () => {
    const spread = planned({ plan: { contingency: 'spread' } });
    expect(spread.sections.map((section) => section.planPhaseId)).toEqual(['phase-1', 'phase-2']);
    // A: 1.75 · 0.1089 / 4.2245 = 0.0451 days of 2 → 2.26 %; ⌈2 · 1.0226 · 4⌉ / 4 = 2.25.
    // B: 0.0451 of 4 → 1.13 %, quantity 4.25. C: 1.75 · 1 / 4.2245 = 0.4142 of 10 → 4.14 %, 10.50.
    expect(spread.lines.slice(0, 3).map((row) => [row.estimate?.riskPct, row.quantity])).toEqual([
      ['2.26', '2.25'],
      ['1.13', '4.25'],
      ['4.14', '10.50'],
    ]);
    const fifty = planned({ plan: { contingency: 'spread', confidencePct: '50' } });
    expect(fifty.lines.every((row) => row.estimate?.riskPct === '0')).toBe(true);
  });

  it('prices a package without a role at 0', () => {
    const base = planRows();
    const result = planned({
      packages: base.packages.map((row) =>
        row.id === 'A' ? { ...row, roleId: 'role-gone' } : row,
      ),
    });
    expect(result.lines[0]).toMatchObject({ unitPrice: '0.00', unitCost: '', roleId: '' });
  });
});

describe('planLineChanges', () => {
  const stored = (plannedLine: PlannedLine, id: string) => ({ ...plannedLine, id, deleted: false });

  it('adds everything to an offer without plan rows and changes nothing when equal', () => {
    const offer = planned();
    expect(planLineChanges({ sections: [], lines: [] }, offer)).toEqual({
      addSections: offer.sections,
      updateSections: [],
      removeSectionIds: [],
      addLines: offer.lines,
      updateLines: [],
      removeLineIds: [],
    });
    const sections = offer.sections.map((section, i) => ({ ...section, id: `s${i}` }));
    const lines = offer.lines.map((row, i) => stored(row, `l${i}`));
    expect(planLineChanges({ sections, lines }, offer)).toEqual({
      addSections: [],
      updateSections: [],
      removeSectionIds: [],
      addLines: [],
      updateLines: [],
      removeLineIds: [],
    });
  });

  it('pairs by plan ids, patches only changed fields and never touches ordinary rows', () => {
    const before = planned();
    const after = planned({ plan: { confidencePct: '50' } });
    const sections = [
      ...before.sections.map((section, i) => ({
        ...section,
        id: `s${i}`,
        title: i === 0 ? 'Alter Titel' : section.title,
      })),
      { id: 'own-section', title: 'Lizenzen', planPhaseId: '', deleted: false },
      { id: 'dead', title: '2 Umsetzung', planPhaseId: 'phase-2', deleted: true },
    ];
    const lines = [
      ...before.lines.map((row, i) =>
        stored(i === 1 ? { ...row, quantity: '3.00', name: 'Alt' } : row, `l${i}`),
      ),
      // A twin of A's line from a merge, an ordinary line and a deleted plan line.
      stored(before.lines[0]!, 'twin'),
      { ...stored(before.lines[0]!, 'own'), planPackageId: '' },
      { ...stored(before.lines[2]!, 'gone'), deleted: true },
    ];
    expect(planLineChanges({ sections, lines }, after)).toEqual({
      addSections: [],
      updateSections: [{ id: 's0', title: '1 Konzeption' }],
      removeSectionIds: ['s2'],
      addLines: [],
      updateLines: [{ id: 'l1', patch: { name: '1.2 Fachkonzept', quantity: '4.00' } }],
      removeLineIds: ['twin', 'l8'],
    });
  });
});
