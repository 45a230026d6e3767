import { describe, expect, it } from 'vitest';
import type { WorkPackage } from '#shared/domain/planning';
import type { PlanAnalysis, WbsNode } from '#shared/planning/types';
import {
  moveTarget,
  planGridRows,
  planPageOf,
  planPages,
  PLAN_PAGE_ROWS,
  reuseRows,
} from './plan-rows';

const node = (
  id: string,
  wbs: string,
  parentId: string,
  extra: Partial<WbsNode> = {},
): WbsNode => ({
  id,
  wbs,
  depth: wbs.split('.').length,
  parentId,
  name: id,
  phase: false,
  roleId: '',
  team: 1,
  optimistic: '0',
  mostLikely: '0',
  pessimistic: '0',
  expected: '0.00',
  standardDeviation: '0.00',
  duration: 0,
  deliverables: '',
  childIds: [],
  ...extra,
});

const nodes = [
  node('phase', '1', '', { phase: true, childIds: ['a', 'sub'] }),
  node('a', '1.1', 'phase', { optimistic: '2', mostLikely: '3', pessimistic: '10' }),
  node('sub', '1.2', 'phase', { phase: true, childIds: ['b'] }),
  node('b', '1.2.1', 'sub', { optimistic: '1.5', mostLikely: '2', pessimistic: '2.5' }),
  node('c', '2', '', { optimistic: '4', mostLikely: '4', pessimistic: '4' }),
];
const analysis = {
  nodes,
  dates: {},
  dependencies: [
    { id: 'd1', predecessorId: 'a', successorId: 'b', lagDays: 0 },
    { id: 'd2', predecessorId: 'c', successorId: 'b', lagDays: 3 },
  ],
} as unknown as PlanAnalysis;

describe('the work breakdown rows', () => {
  it('give a phase the sums of the packages below it, at any depth, and list predecessors', () => {
    const rows = planGridRows(analysis, [{ id: 'a', deleted: false } as WorkPackage]);
    expect(
      rows.map((row) => [
        row.node.wbs,
        row.optimistic,
        row.mostLikely,
        row.pessimistic,
        row.siblingIndex,
        row.siblingCount,
        row.stored?.id ?? null,
      ]),
    ).toEqual([
      ['1', '3.50', '5.00', '12.50', 0, 2, null],
      ['1.1', '2', '3', '10', 0, 2, 'a'],
      ['1.2', '1.50', '2.00', '2.50', 1, 2, null],
      ['1.2.1', '1.5', '2', '2.5', 0, 1, null],
      ['2', '4', '4', '4', 1, 2, null],
    ]);
    expect(rows[3]?.predecessors).toEqual([
      { id: 'a', lagDays: 0 },
      { id: 'c', lagDays: 3 },
    ]);
    expect(rows.map((row) => row.links)).toEqual(['', '', '', '1.1; 2+3', '']);
  });

  it('move a node among its siblings and not past either end', () => {
    const rows = planGridRows(analysis, []);
    const [phase, a, sub] = rows;
    expect(moveTarget(a!, 'down')).toEqual({ parentId: 'phase', index: 1 });
    expect(moveTarget(sub!, 'up')).toEqual({ parentId: 'phase', index: 0 });
    expect(moveTarget(a!, 'up')).toBeNull();
    expect(moveTarget(sub!, 'down')).toBeNull();
    expect(moveTarget(phase!, 'down')).toEqual({ parentId: '', index: 1 });
  });

  it('give back the rows that read the same as the same objects, and new ones where anything changed', () => {
    const before = planGridRows(analysis, [{ id: 'a', deleted: false } as WorkPackage]);
    // The next analysis gives every node and link anew; only c's estimate changed (c is in no phase).
    const next = {
      ...analysis,
      nodes: nodes.map((known) =>
        known.id === 'c'
          ? { ...known, pessimistic: '6' }
          : { ...known, childIds: [...known.childIds] },
      ),
      dependencies: analysis.dependencies.map((link) => ({ ...link })),
    } as PlanAnalysis;
    const after = reuseRows(
      before,
      planGridRows(next, [{ id: 'a', deleted: false } as WorkPackage]),
    );
    expect(after.map((row, at) => row === before[at])).toEqual([true, true, true, true, false]);
    expect(after[4]?.pessimistic).toBe('6');

    // A stored row that changed (what the drawer edits) makes a new row too.
    const edited = reuseRows(
      after,
      planGridRows(next, [{ id: 'a', deleted: false, deliverables: 'Konzept' } as WorkPackage]),
    );
    expect(edited.map((row, at) => row === after[at])).toEqual([true, false, true, true, true]);
  });

  it('cut the rows into pages', () => {
    expect(planPages(0)).toEqual([]);
    expect(planPages(PLAN_PAGE_ROWS * 2 + 1)).toEqual([
      { page: 0, start: 0, end: PLAN_PAGE_ROWS },
      { page: 1, start: PLAN_PAGE_ROWS, end: PLAN_PAGE_ROWS * 2 },
      { page: 2, start: PLAN_PAGE_ROWS * 2, end: PLAN_PAGE_ROWS * 2 + 1 },
    ]);
    expect([0, PLAN_PAGE_ROWS - 1, PLAN_PAGE_ROWS, PLAN_PAGE_ROWS * 2].map(planPageOf)).toEqual([
      0, 0, 1, 2,
    ]);
  });
});
