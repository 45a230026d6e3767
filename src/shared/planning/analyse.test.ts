import { describe, expect, it } from 'vitest';
import {
  largePlanRows,
  makeDependency,
  makeInstalment,
  makePackage,
  planRows,
} from '#test/planning-fixtures';
import { analysePlan } from './analyse';
import { scheduleNetwork } from './network';

// planRows: activities A–H of Hillier & Lieberman's Reliable Construction Co. network (see the
// fixture). Working days from Monday 22.03.2027 in Bavaria, counted by hand:
// idx 0–3 = 22.–25.03., Good Friday 26.03. and Easter Monday 29.03. closed, idx 4–7 = 30.03.–02.04.,
// 8–12 = 05.–09.04., 13–17 = 12.–16.04., 18–22 = 19.–23.04., 23–27 = 26.–30.04., 01.05. is a
// Saturday, 28–30 = 03.–05.05., Ascension 06.05. closed, 31 = 07.05., 32–36 = 10.–14.05., Whit
// Monday 17.05. closed, 37 = 18.05., 38 = 19.05., 39 = 20.05., 40 = 21.05.
const dates = (
  es: number,
  ef: number,
  ls: number,
  lf: number,
  freeFloat: number,
  start: string,
  finish: string,
) => ({
  earliestStart: es,
  earliestFinish: ef,
  latestStart: ls,
  latestFinish: lf,
  totalFloat: ls - es,
  freeFloat,
  critical: ls === es,
  start,
  finish,
});

describe('analysePlan on the textbook plan', () => {
  it('schedules on the Bavarian calendar across Easter, Ascension and Whit Monday', () => {
    const analysis = analysePlan(planRows({ plan: { deadline: '2027-05-21' } }));
    expect(analysis.startDate).toBe('2027-03-22');
    expect(analysis.nodes.map((node) => `${node.wbs} ${node.name}`)).toEqual([
      '1 Konzeption',
      '1.1 Anforderungsanalyse',
      '1.2 Fachkonzept',
      '1.3 Systementwurf',
      '2 Umsetzung',
      '2.1 Datenmigration',
      '2.2 Schnittstellen',
      '2.3 Dokumentation',
      '2.4 Implementierung',
      '2.5 Test und Abnahme',
    ]);
    expect(analysis.dates).toEqual({
      A: dates(0, 2, 0, 2, 0, '2027-03-22', '2027-03-23'),
      B: dates(2, 6, 2, 6, 0, '2027-03-24', '2027-03-31'),
      C: dates(6, 16, 6, 16, 0, '2027-04-01', '2027-04-14'),
      D: dates(16, 22, 16, 22, 0, '2027-04-15', '2027-04-22'),
      E: dates(16, 20, 25, 29, 0, '2027-04-15', '2027-04-20'),
      F: dates(20, 25, 33, 38, 13, '2027-04-21', '2027-04-27'),
      G: dates(22, 29, 22, 29, 0, '2027-04-23', '2027-05-03'),
      H: dates(29, 38, 29, 38, 0, '2027-05-04', '2027-05-18'),
      'phase-1': dates(0, 16, 0, 16, 0, '2027-03-22', '2027-04-14'),
      'phase-2': dates(16, 38, 16, 38, 0, '2027-04-15', '2027-05-18'),
    });
    expect(analysis.criticalPath).toEqual(['A', 'B', 'C', 'D', 'G', 'H']);
    // Σ expected 47; σ² = 3 · 0.33² + 2 · 0.67² + 3 · 1² = 4.2245, σ = 2.06;
    // 80 %: 47 + 0.8416 · 2.06 = 48.73 → 48.75.
    expect(analysis.effort).toEqual({
      expected: '47.00',
      standardDeviation: '2.06',
      confidencePct: '80',
      atConfidence: '48.75',
      contingency: '1.75',
    });
    // Critical path σ² = 2 · 0.33² + 1 + 2 · 0.67² + 1 = 3.1156, σ = 1.77 working days.
    // p80: ⌈38 + 0.8416 · 1.77⌉ = 40 days → idx 39; p90: ⌈38 + 2.27⌉ = 41 → idx 40.
    // Deadline 21.05. = 41 working days: Φ((41 − 38) / 1.77) = Φ(1.6949) = 0.9550.
    expect(analysis.duration).toEqual({
      expected: 38,
      standardDeviation: 1.77,
      finish: '2027-05-18',
      p80: '2027-05-20',
      p90: '2027-05-21',
      deadlineProbability: '0.9550',
    });
    expect(analysis.milestones).toEqual([
      { id: 'ms-1', name: 'Abnahme Konzept', packageId: 'C', date: '2027-04-14', critical: true },
      // Tied to the phase: its latest child finish.
      {
        id: 'ms-2',
        name: 'Abnahme System',
        packageId: 'phase-2',
        date: '2027-05-18',
        critical: true,
      },
    ]);
    expect(analysis.notes).toEqual([]);
    expect(analysis.problems).toEqual([]);
    expect(analysis.payments).toBeNull();
    expect(analysis.nodes.find((node) => node.id === 'phase-2')?.duration).toBe(22);
  });

  it('carries the payment schedule when the one-time net is given', () => {
    const analysis = analysePlan({ ...planRows(), oneTimeNet: '50000.00' });
    expect(analysis.payments).toEqual({
      rows: [
        {
          id: 'inst-1',
          label: 'Anzahlung bei Abnahme Konzept',
          percent: '30',
          amount: '15000.00',
          dueDate: '2027-04-28',
          milestoneId: 'ms-1',
          milestoneName: 'Abnahme Konzept',
        },
        {
          id: 'inst-2',
          label: 'Bei Abnahme System',
          percent: '40',
          amount: '20000.00',
          dueDate: '2027-06-01',
          milestoneId: 'ms-2',
          milestoneName: 'Abnahme System',
        },
        {
          id: 'inst-3',
          label: 'Schlussrate',
          percent: '30',
          amount: '15000.00',
          dueDate: '2027-06-30',
          milestoneId: '',
          milestoneName: '',
        },
      ],
      percentSum: '100.00',
      total: '50000.00',
      currency: 'EUR',
      ok: true,
    });
  });

  it('moves a start on a holiday to the next working day with a note', () => {
    const analysis = analysePlan(planRows({ plan: { startDate: '2027-03-26' } }));
    expect(analysis.startDate).toBe('2027-03-30');
    expect(analysis.notes).toEqual([
      {
        kind: 'start-moved',
        message: 'planning.notes.start-moved',
        values: { from: '2027-03-26', to: '2027-03-30' },
      },
    ]);
    expect(analysis.dates.A?.start).toBe('2027-03-30');
  });

  it('the deadline probability is 0.5000 at the expected finish and empty without a deadline', () => {
    // 38 working days end on 18.05.
    const atFinish = analysePlan(planRows({ plan: { deadline: '2027-05-18' } }));
    expect(atFinish.duration?.deadlineProbability).toBe('0.5000');
    expect(analysePlan(planRows()).duration?.deadlineProbability).toBe('');
  });
});

describe('analysePlan on what a merge can produce', () => {
  it('drops dependencies on deleted or missing packages and on phases, with notes', () => {
    const base = planRows();
    const packages = base.packages.map((row) => (row.id === 'F' ? { ...row, deleted: true } : row));
    const analysis = analysePlan({
      ...base,
      packages,
      dependencies: [
        ...base.dependencies,
        makeDependency('dep-ghost', 'ghost', 'H'),
        makeDependency('dep-phase', 'phase-1', 'D'),
        { ...makeDependency('dep-old', 'H', 'A'), deleted: true },
      ],
    });
    expect(analysis.notes).toEqual([
      {
        kind: 'dangling-dependency',
        message: 'planning.notes.dangling-dependency',
        values: { dependencyId: 'dep-EF', name: 'Schnittstellen' },
      },
      {
        kind: 'dangling-dependency',
        message: 'planning.notes.dangling-dependency',
        values: { dependencyId: 'dep-ghost', name: 'Test und Abnahme' },
      },
      {
        kind: 'phase-dependency',
        message: 'planning.notes.phase-dependency',
        values: { dependencyId: 'dep-phase', name: 'Konzeption → Datenmigration' },
      },
    ]);
    expect(analysis.dependencies.map((link) => link.id)).toEqual([
      'dep-AB',
      'dep-BC',
      'dep-CD',
      'dep-CE',
      'dep-DG',
      'dep-EH',
      'dep-GH',
    ]);
    expect(analysis.nodes.map((node) => node.id)).not.toContain('F');
    expect(analysis.duration?.expected).toBe(38);
  });

  it('reports a cycle by WBS names, leaves no dates, and still sums the effort', () => {
    const base = planRows();
    const analysis = analysePlan({
      ...base,
      dependencies: [...base.dependencies, makeDependency('dep-HB', 'H', 'B')],
    });
    expect(analysis.problems).toEqual([
      {
        kind: 'cycle',
        // H → B closes two loops (through D, G and through E); the one named is found by
        // walking back from B through each package's first predecessor.
        packageIds: ['B', 'C', 'E', 'H'],
        names: [
          '1.2 Fachkonzept',
          '1.3 Systementwurf',
          '2.2 Schnittstellen',
          '2.5 Test und Abnahme',
        ],
        message: 'planning.problems.cycle',
      },
    ]);
    expect(analysis.dates).toEqual({});
    expect(analysis.duration).toBeNull();
    expect(analysis.criticalPath).toEqual([]);
    expect(analysis.effort.expected).toBe('47.00');
    expect(analysis.milestones.map((milestone) => milestone.date)).toEqual(['', '']);
  });

  it('reports the payment sum, an instalment whose milestone is gone, estimates out of order and packages without a role', () => {
    const base = planRows();
    const analysis = analysePlan({
      ...base,
      packages: base.packages.map((row) =>
        row.id === 'B'
          ? { ...row, optimistic: '5', mostLikely: '4', pessimistic: '3' }
          : row.id === 'D'
            ? { ...row, roleId: '' }
            : row,
      ),
      milestones: base.milestones.filter((milestone) => milestone.id !== 'ms-2'),
      roles: base.roles.map((role) => (role.id === 'role-pl' ? { ...role, deleted: true } : role)),
      instalments: [
        ...base.instalments.filter((row) => row.id !== 'inst-3'),
        makeInstalment('inst-4', {
          label: 'Rest',
          percent: '20',
          position: 'a3',
          dueKind: 'date',
          dueDate: '2027-07-01',
        }),
      ],
    });
    expect(analysis.problems).toEqual([
      {
        kind: 'estimate-order',
        packageId: 'B',
        name: '1.2 Fachkonzept',
        message: 'planning.problems.estimate-order',
      },
      {
        kind: 'instalment-milestone',
        instalmentId: 'inst-2',
        label: 'Bei Abnahme System',
        message: 'planning.problems.instalment-milestone',
      },
      { kind: 'payment-sum', sum: '90', message: 'planning.problems.payment-sum' },
    ]);
    expect(analysis.notes.map((note) => [note.kind, note.values.name])).toEqual([
      ['missing-role', '1.1 Anforderungsanalyse'],
      ['missing-role', '2.1 Datenmigration'],
      ['missing-role', '2.5 Test und Abnahme'],
    ]);
    // The estimate out of order still schedules (sorted: 3, 4, 5 → 4 days).
    expect(analysis.dates.B?.earliestFinish).toBe(6);
  });

  it('keeps one of two identical links (two devices), with the longer lag', () => {
    const base = planRows();
    const analysis = analysePlan({
      ...base,
      dependencies: [...base.dependencies, makeDependency('dep-AB-2', 'A', 'B', 2)],
    });
    expect(analysis.dependencies.filter((link) => link.successorId === 'B')).toEqual([
      { id: 'dep-AB', predecessorId: 'A', successorId: 'B', lagDays: 2 },
    ]);
    expect(analysis.duration?.expected).toBe(40);
  });

  it('puts a package of a deleted phase at top level with a note', () => {
    const base = planRows();
    const analysis = analysePlan({
      ...base,
      packages: [
        ...base.packages,
        makePackage('orphan', {
          name: 'Schulung',
          parentId: 'gone',
          position: 'a0',
          roleId: 'role-sc',
          mostLikely: '1',
          pessimistic: '1',
        }),
      ],
    });
    expect(analysis.nodes.at(-1)).toMatchObject({ id: 'orphan', wbs: '3', depth: 0 });
    expect(analysis.notes).toEqual([
      {
        kind: 'orphan',
        message: 'planning.notes.orphan',
        values: { packageId: 'orphan', name: 'Schulung' },
      },
    ]);
  });
});

describe('analysePlan at scale', () => {
  it('handles 1,000 packages: every package dated, the same schedule as the bare network', () => {
    const rows = largePlanRows(1000);
    const analysis = analysePlan(rows);
    const packages = analysis.nodes.filter((node) => !node.phase);
    expect(packages).toHaveLength(1000);
    expect(analysis.nodes).toHaveLength(1100);
    expect(analysis.problems).toEqual([]);
    expect(analysis.notes).toEqual([]);
    const schedule = scheduleNetwork(
      packages.map((node) => ({
        id: node.id,
        duration: node.duration,
        predecessors: rows.dependencies
          .filter((d) => d.successorId === node.id)
          .map((d) => d.predecessorId),
      })),
    );
    expect(analysis.duration?.expected).toBe(schedule.duration);
    expect(analysis.criticalPath).toEqual(schedule.criticalPath);
    for (const node of packages) {
      expect(analysis.dates[node.id]?.earliestStart).toBe(
        schedule.activities[node.id]?.earliestStart,
      );
    }
    // The last package finishes on the project's last working day.
    const last = analysis.criticalPath.at(-1)!;
    expect(analysis.dates[last]?.finish).toBe(analysis.duration?.finish);
    expect(analysis.milestones[1]?.date).toBe(analysis.duration?.finish);
  });
});
