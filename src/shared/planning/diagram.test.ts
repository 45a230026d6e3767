import { describe, expect, it } from 'vitest';
import { itProjectAnalysis, largeAnalysis } from '#test/plan-view-samples';
import { planRows } from '#test/planning-fixtures';
import { analysePlan } from './analyse';
import { DIAGRAM_BOX, networkDiagramLayout } from './diagram';

describe('networkDiagramLayout', () => {
  it('puts each package one column right of its latest predecessor, with its CPM figures', () => {
    const layout = networkDiagramLayout(itProjectAnalysis());
    const box = (
      id: string,
      wbs: string,
      name: string,
      [rank, row]: [number, number],
      [es, ef, ls, lf, totalFloat]: number[],
    ) => ({
      id,
      wbs,
      name,
      x: 16 + rank * (176 + 56),
      y: 16 + row * (80 + 28),
      w: 176,
      h: 80,
      critical: totalFloat === 0,
      es,
      ef,
      ls,
      lf,
      totalFloat,
      rank,
    });
    expect(layout.nodes).toEqual([
      box('a', '1.1', 'Anforderungsanalyse', [0, 0], [0, 5, 0, 5, 0]),
      box('b', '1.2', 'Architektur & Design', [1, 0], [5, 8, 5, 8, 0]),
      box('c', '2.1', 'Entwicklung', [2, 0], [8, 18, 8, 18, 0]),
      // 2.2 must end 1 day (the lag) before 2.3 starts on day 18: latest finish 17, 5 days float.
      box('d', '2.2', 'Testkonzept', [2, 1], [8, 12, 13, 17, 5]),
      box('e', '2.3', 'Abnahme', [3, 0], [18, 20, 18, 20, 0]),
    ]);
    expect(layout.edges).toEqual([
      {
        from: 'a',
        to: 'b',
        critical: true,
        lagDays: 0,
        points: [
          [192, 56],
          [248, 56],
        ],
      },
      {
        from: 'b',
        to: 'c',
        critical: true,
        lagDays: 0,
        points: [
          [424, 56],
          [480, 56],
        ],
      },
      {
        from: 'b',
        to: 'd',
        critical: false,
        lagDays: 0,
        points: [
          [424, 56],
          [452, 56],
          [452, 164],
          [480, 164],
        ],
      },
      {
        from: 'c',
        to: 'e',
        critical: true,
        lagDays: 0,
        points: [
          [656, 56],
          [712, 56],
        ],
      },
      {
        from: 'd',
        to: 'e',
        critical: false,
        lagDays: 1,
        points: [
          [656, 164],
          [684, 164],
          [684, 56],
          [712, 56],
        ],
      },
    ]);
    expect([layout.width, layout.height]).toEqual([
      16 * 2 + 4 * 176 + 3 * 56,
      16 * 2 + 2 * 80 + 28,
    ]);
  });

  it('orders a column by its predecessors and never links a box to one in its own or an earlier column', () => {
    const layout = networkDiagramLayout(largeAnalysis(300));
    expect(layout.nodes).toHaveLength(300);
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const edge of layout.edges) {
      expect(byId.get(edge.to)!.rank).toBeGreaterThan(byId.get(edge.from)!.rank);
      expect(edge.points[0]).toEqual([
        byId.get(edge.from)!.x + DIAGRAM_BOX.w,
        byId.get(edge.from)!.y + 40,
      ]);
      expect(edge.points.at(-1)).toEqual([byId.get(edge.to)!.x, byId.get(edge.to)!.y + 40]);
    }
    // No two boxes overlap.
    const places = new Set(layout.nodes.map((node) => `${node.x},${node.y}`));
    expect(places.size).toBe(300);
    for (const node of layout.nodes) {
      expect(node.x + node.w).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it('still places every package when links form a cycle (no schedule: figures 0)', () => {
    const analysis = itProjectAnalysis();
    const layout = networkDiagramLayout({
      ...analysis,
      dates: {},
      criticalPath: [],
      dependencies: [
        ...analysis.dependencies,
        { id: 'back', predecessorId: 'e', successorId: 'a', lagDays: 0 },
      ],
    });
    expect(layout.nodes.map((node) => [node.id, node.rank, node.es, node.critical])).toEqual([
      ['a', 0, 0, false],
      ['b', 0, 0, false],
      ['c', 0, 0, false],
      ['d', 0, 0, false],
      ['e', 0, 0, false],
    ]);
    expect(layout.edges).toHaveLength(6);
  });

  it('is empty without packages', () => {
    const analysis = itProjectAnalysis();
    expect(
      networkDiagramLayout({
        ...analysis,
        nodes: analysis.nodes.filter((node) => node.phase),
        dependencies: [],
      }),
    ).toEqual({ width: 0, height: 0, nodes: [], edges: [] });
  });
});

describe('the network diagram of the textbook plan (planRows through analysePlan)', () => {
  it('ranks A–H by their longest path and marks the driving critical links', () => {
    const layout = networkDiagramLayout(analysePlan(planRows()));
    expect(
      layout.nodes.map((node) => [node.id, node.rank, node.es, node.ef, node.totalFloat]),
    ).toEqual([
      ['A', 0, 0, 2, 0],
      ['B', 1, 2, 6, 0],
      ['C', 2, 6, 16, 0],
      ['D', 3, 16, 22, 0],
      ['E', 3, 16, 20, 9],
      ['F', 4, 20, 25, 13],
      ['G', 4, 22, 29, 0],
      ['H', 5, 29, 38, 0],
    ]);
    expect(layout.edges.map((edge) => [edge.from + edge.to, edge.critical])).toEqual([
      ['AB', true],
      ['BC', true],
      ['CD', true],
      ['CE', false],
      ['EF', false],
      ['DG', true],
      ['EH', false],
      ['GH', true],
    ]);
  });
});
