import { describe, expect, it } from 'vitest';
import { makePackage } from '#test/planning-fixtures';
import { checkEstimate, packagePert, planEffort } from './effort';
import { pertEstimate } from '../calculation/pert';
import { buildWbs, formatPredecessors, parsePredecessors, wbsNodes } from './wbs';

const tree = () => [
  makePackage('p2', { name: 'Umsetzung', position: 'a1' }),
  makePackage('p1', { name: 'Konzeption', position: 'a0' }),
  makePackage('x', {
    name: 'Workshop',
    parentId: 'p1',
    position: 'a0',
    optimistic: '1',
    mostLikely: '2',
    pessimistic: '6',
  }),
  makePackage('y', {
    name: 'Konzept',
    parentId: 'p1',
    position: 'a1',
    optimistic: '2',
    mostLikely: '4',
    pessimistic: '9',
    team: 2,
  }),
  makePackage('y1', { name: 'Gone', parentId: 'p1', position: 'Zz', deleted: true }),
  makePackage('z', {
    name: 'Bau',
    parentId: 'p2',
    position: 'a0',
    optimistic: '3',
    mostLikely: '3',
    pessimistic: '3',
  }),
  makePackage('z1', {
    name: 'Detail',
    parentId: 'z',
    position: 'a0',
    optimistic: '0.5',
    mostLikely: '1',
    pessimistic: '1.5',
  }),
];

describe('wbsNodes', () => {
  it('numbers depth-first by position, sums phases and derives durations', () => {
    const nodes = wbsNodes(tree());
    expect(
      nodes.map((node) => [
        node.wbs,
        node.id,
        node.depth,
        node.phase,
        node.expected,
        node.standardDeviation,
        node.duration,
      ]),
    ).toEqual([
      // Phase: 2.5 + 4.5 and √(0.83² + 1.17²) = √2.0578 = 1.43.
      ['1', 'p1', 0, true, '7.00', '1.43', 0],
      // (1 + 8 + 6) / 6 = 2.5, (6 − 1) / 6 = 0.83
      ['1.1', 'x', 1, false, '2.50', '0.83', 3],
      // (2 + 16 + 9) / 6 = 4.5 → 4.50 / team 2 = 2.25 → 3 days; σ 7 / 6 = 1.17
      ['1.2', 'y', 1, false, '4.50', '1.17', 3],
      ['2', 'p2', 0, true, '1.00', '0.17', 0],
      ['2.1', 'z', 1, true, '1.00', '0.17', 0],
      ['2.1.1', 'z1', 2, false, '1.00', '0.17', 1],
    ]);
    expect(nodes[0]!.childIds).toEqual(['x', 'y']);
    expect(nodes[5]!.parentId).toBe('z');
  });

  it('puts orphans at top level with a note, also packages in a loop of parents', () => {
    const { nodes, notes } = buildWbs([
      makePackage('a', { name: 'A', position: 'a0' }),
      makePackage('lost', { name: 'Verwaist', parentId: 'deleted-phase', position: 'a0' }),
      makePackage('l1', { name: 'Loop 1', parentId: 'l2', position: 'a0' }),
      makePackage('l2', { name: 'Loop 2', parentId: 'l1', position: 'a1' }),
    ]);
    expect(nodes.map((node) => `${node.wbs} ${node.name}`)).toEqual([
      '1 A',
      '2 Verwaist',
      '3 Loop 1',
      '3.1 Loop 2',
    ]);
    expect(notes).toEqual([
      {
        kind: 'orphan',
        message: 'planning.notes.orphan',
        values: { packageId: 'lost', name: 'Verwaist' },
      },
      {
        kind: 'orphan',
        message: 'planning.notes.orphan',
        values: { packageId: 'l1', name: 'Loop 1' },
      },
    ]);
  });

  it('computes PERT like pertEstimate, also for out-of-order and odd input', () => {
    for (const [o, m, p] of [
      ['1', '2', '6'],
      ['0.25', '0.5', '4.125'],
      ['0', '0', '0'],
      ['1.0001', '2.0002', '3.0005'],
      ['2', '3', '3.5'],
      ['12.5', '20', '40'],
    ] as const) {
      expect(packagePert({ optimistic: o, mostLikely: m, pessimistic: p })).toEqual(
        pertEstimate({ optimistic: o, mostLikely: m, pessimistic: p }),
      );
    }
    // Out of order (a merge): sorted; unreadable counts as 0.
    expect(packagePert({ optimistic: '5', mostLikely: '2', pessimistic: '8' })).toEqual(
      pertEstimate({ optimistic: '2', mostLikely: '5', pessimistic: '8' }),
    );
    expect(packagePert({ optimistic: 'x', mostLikely: '2', pessimistic: '8' })).toEqual(
      pertEstimate({ optimistic: '0', mostLikely: '2', pessimistic: '8' }),
    );
  });
});

describe('checkEstimate and planEffort', () => {
  it('names the field and the i18n key', () => {
    expect(checkEstimate({ optimistic: '1', mostLikely: '2', pessimistic: '3' })).toEqual({});
    expect(checkEstimate({ optimistic: '3', mostLikely: '2', pessimistic: '1' })).toEqual({
      mostLikely: 'planning.validation.mostLikelyBelowOptimistic',
      pessimistic: 'planning.validation.pessimisticBelowMostLikely',
    });
    expect(checkEstimate({ optimistic: 'abc', mostLikely: '-1', pessimistic: '2' })).toEqual({
      optimistic: 'validation.decimal',
      mostLikely: 'validation.negative',
    });
  });

  it('prices the reserve at the confidence level, rounded up to the quarter day', () => {
    const packages = [
      { expected: '10.00', standardDeviation: '1.50' },
      { expected: '5.50', standardDeviation: '2.00' },
    ];
    // σ = √(2.25 + 4) = 2.5; 80 %: 15.5 + 0.8416 · 2.5 = 17.604 → 17.75; 90 %: 15.5 + 3.204 = 18.704 → 18.75.
    expect(planEffort(packages, '80')).toEqual({
      expected: '15.50',
      standardDeviation: '2.50',
      confidencePct: '80',
      atConfidence: '17.75',
      contingency: '2.25',
    });
    expect(planEffort(packages, '90').contingency).toBe('3.25');
    expect(planEffort(packages, '50')).toMatchObject({
      atConfidence: '15.50',
      contingency: '0.00',
    });
    expect(planEffort([{ expected: '3.33', standardDeviation: '0.00' }], '90').contingency).toBe(
      '0.00',
    );
  });
});

describe('parsePredecessors and formatPredecessors', () => {
  const nodes = wbsNodes(tree());

  it('reads WBS numbers with lags', () => {
    expect(parsePredecessors('1.2; 1.1+3', nodes)).toEqual({
      ok: true,
      links: [
        { id: 'y', lagDays: 0 },
        { id: 'x', lagDays: 3 },
      ],
    });
    expect(parsePredecessors(' 2.1.1 , ', nodes)).toEqual({
      ok: true,
      links: [{ id: 'z1', lagDays: 0 }],
    });
    expect(parsePredecessors('', nodes)).toEqual({ ok: true, links: [] });
  });

  it('refuses bad tokens with the token', () => {
    expect(parsePredecessors('1.1; 9.9', nodes)).toEqual({
      ok: false,
      error: 'planning.validation.unknownWbs',
      token: '9.9',
    });
    expect(parsePredecessors('2.1', nodes)).toEqual({
      ok: false,
      error: 'planning.validation.phaseLink',
      token: '2.1',
    });
    expect(parsePredecessors('1.1', nodes, 'x')).toEqual({
      ok: false,
      error: 'planning.validation.selfLink',
      token: '1.1',
    });
    expect(parsePredecessors('1.1; 1.1+2', nodes)).toEqual({
      ok: false,
      error: 'planning.validation.duplicateLink',
      token: '1.1+2',
    });
    expect(parsePredecessors('A-1', nodes)).toEqual({
      ok: false,
      error: 'planning.validation.predecessorFormat',
      token: 'A-1',
    });
    expect(parsePredecessors('1.1+300', nodes)).toEqual({
      ok: false,
      error: 'planning.validation.lagDays',
      token: '1.1+300',
    });
  });

  it('formats in WBS order and reads back', () => {
    const text = formatPredecessors(
      [
        { id: 'z1', lagDays: 0 },
        { id: 'x', lagDays: 2 },
        { id: 'unknown', lagDays: 1 },
      ],
      nodes,
    );
    expect(text).toBe('1.1+2; 2.1.1');
    expect(parsePredecessors(text, nodes)).toEqual({
      ok: true,
      links: [
        { id: 'x', lagDays: 2 },
        { id: 'z1', lagDays: 0 },
      ],
    });
  });
});
