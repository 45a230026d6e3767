/**
 * The network diagram (activity on node, issue 15): the work packages as boxes in columns by
 * their longest-path rank (a package stands one column right of its latest-ranked predecessor),
 * each column ordered by its predecessors' rows to keep lines short; links as orthogonal lines
 * between the boxes. Pure numbers: the app draws them as SVG.
 */
import type { PlanAnalysis } from './types';

export type DiagramNode = {
  id: string;
  wbs: string;
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  critical: boolean;
  /** CPM figures in working days from the project start (0 when the plan has no schedule). */
  es: number;
  ef: number;
  ls: number;
  lf: number;
  totalFloat: number;
  /** Column (longest-path rank from the packages without predecessors). */
  rank: number;
};

export type DiagramEdge = {
  from: string;
  to: string;
  points: [number, number][];
  /** Both boxes critical and the link drives the successor's start. */
  critical: boolean;
  lagDays: number;
};

export type NetworkDiagramLayout = {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
};

export const DIAGRAM_BOX = { w: 176, h: 80, gapX: 56, gapY: 28, margin: 16 } as const;

/** Boxes and lines of the plan's work packages (phases are left out: they have no links). */
export function networkDiagramLayout(analysis: PlanAnalysis): NetworkDiagramLayout {
  const { w, h, gapX, gapY, margin } = DIAGRAM_BOX;
  const packages = analysis.nodes.filter((node) => !node.phase);
  const order = new Map(packages.map((node, index) => [node.id, index]));
  const links = analysis.dependencies.filter(
    (link) => order.has(link.predecessorId) && order.has(link.successorId),
  );
  const predecessors = new Map<string, string[]>(packages.map((node) => [node.id, []]));
  const successors = new Map<string, string[]>(packages.map((node) => [node.id, []]));
  for (const link of links) {
    predecessors.get(link.successorId)!.push(link.predecessorId);
    successors.get(link.predecessorId)!.push(link.successorId);
  }

  // Longest-path rank in topological order (Kahn, ties by WBS order).
  const rank = new Map<string, number>();
  const waiting = new Map(packages.map((node) => [node.id, predecessors.get(node.id)!.length]));
  const ready = packages.filter((node) => waiting.get(node.id) === 0).map((node) => node.id);
  for (let head = 0; head < ready.length; head += 1) {
    const id = ready[head]!;
    const own = Math.max(-1, ...predecessors.get(id)!.map((pred) => rank.get(pred) ?? -1)) + 1;
    rank.set(id, own);
    for (const next of successors.get(id)!) {
      const left = waiting.get(next)! - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  // Packages on a cycle never become ready: one column after all others.
  const lastRank = Math.max(-1, ...rank.values());
  for (const node of packages) if (!rank.has(node.id)) rank.set(node.id, lastRank + 1);

  const columns: string[][] = [];
  for (const node of packages) {
    const column = rank.get(node.id)!;
    (columns[column] ??= []).push(node.id);
  }
  const row = new Map<string, number>();
  columns.forEach((column, index) => {
    if (index > 0) {
      const centre = (id: string) => {
        const placed = predecessors
          .get(id)!
          .map((pred) => row.get(pred))
          .filter((value): value is number => value !== undefined);
        return placed.length === 0
          ? Number.POSITIVE_INFINITY
          : placed.reduce((sum, value) => sum + value, 0) / placed.length;
      };
      const centres = new Map(column.map((id) => [id, centre(id)]));
      column.sort((a, b) => centres.get(a)! - centres.get(b)! || order.get(a)! - order.get(b)!);
    }
    column.forEach((id, index) => row.set(id, index));
  });

  const nodes: DiagramNode[] = packages.map((node) => {
    const dates = analysis.dates[node.id];
    const column = rank.get(node.id)!;
    return {
      id: node.id,
      wbs: node.wbs,
      name: node.name,
      x: margin + column * (w + gapX),
      y: margin + row.get(node.id)! * (h + gapY),
      w,
      h,
      critical: dates?.critical ?? false,
      es: dates?.earliestStart ?? 0,
      ef: dates?.earliestFinish ?? 0,
      ls: dates?.latestStart ?? 0,
      lf: dates?.latestFinish ?? 0,
      totalFloat: dates?.totalFloat ?? 0,
      rank: column,
    };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const edges: DiagramEdge[] = links.map((link) => {
    const from = byId.get(link.predecessorId)!;
    const to = byId.get(link.successorId)!;
    const [x1, y1] = [from.x + w, from.y + h / 2];
    const [x2, y2] = [to.x, to.y + h / 2];
    // Backwards (only on a cycle) or level: a straight line; else turn in the gap before `to`.
    const turnX = x2 - gapX / 2;
    const points: [number, number][] =
      y1 === y2 || turnX <= x1
        ? [
            [x1, y1],
            [x2, y2],
          ]
        : [
            [x1, y1],
            [turnX, y1],
            [turnX, y2],
            [x2, y2],
          ];
    return {
      from: from.id,
      to: to.id,
      points,
      critical: from.critical && to.critical && to.es === from.ef + link.lagDays,
      lagDays: link.lagDays,
    };
  });

  const columnsUsed = columns.length;
  const rowsUsed = Math.max(0, ...columns.map((column) => column.length));
  return {
    width: columnsUsed === 0 ? 0 : 2 * margin + columnsUsed * w + (columnsUsed - 1) * gapX,
    height: rowsUsed === 0 ? 0 : 2 * margin + rowsUsed * h + (rowsUsed - 1) * gapY,
    nodes,
    edges,
  };
}
