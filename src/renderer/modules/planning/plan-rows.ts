import type { WorkPackage } from '#shared/domain/planning';
import type { NodeDates, PlanAnalysis, WbsNode } from '#shared/planning/types';
import { Decimal } from '#shared/money';

/** One row of the work breakdown grid: the analysed node, its stored row and schedule. */
export type PlanGridRow = {
  node: WbsNode;
  /** The stored package (what the inputs edit); undefined only while a write is under way. */
  stored: WorkPackage | undefined;
  dates: NodeDates | undefined;
  /** Its predecessors in force (the analysis drops dangling and phase links). */
  predecessors: { id: string; lagDays: number }[];
  /** Person-days: a package's own estimate, a phase's Σ over its packages (two decimals). */
  optimistic: string;
  mostLikely: string;
  pessimistic: string;
  /** Its place among its siblings (for Alt+↑/↓). */
  siblingIndex: number;
  siblingCount: number;
};

const sum = (values: readonly string[]) =>
  values.reduce((total, value) => total.plus(new Decimal(value || '0')), new Decimal(0));

/**
 * The grid's rows in WBS order from the analysis and the stored packages: a phase's
 * three-point figures are the sums of its packages' (it has no estimate of its own).
 */
export function planGridRows(
  analysis: PlanAnalysis,
  packages: readonly WorkPackage[],
): PlanGridRow[] {
  const byId = new Map(analysis.nodes.map((node) => [node.id, node]));
  const stored = new Map(packages.filter((row) => !row.deleted).map((row) => [row.id, row]));
  const leaves = new Map<string, WbsNode[]>();
  const leavesOf = (node: WbsNode): WbsNode[] => {
    const known = leaves.get(node.id);
    if (known) return known;
    const found = node.phase
      ? node.childIds.flatMap((id) => {
          const child = byId.get(id);
          return child ? leavesOf(child) : [];
        })
      : [node];
    leaves.set(node.id, found);
    return found;
  };
  const siblings = new Map<string, string[]>();
  for (const node of analysis.nodes) {
    const list = siblings.get(node.parentId) ?? [];
    list.push(node.id);
    siblings.set(node.parentId, list);
  }
  const predecessors = new Map<string, { id: string; lagDays: number }[]>();
  for (const link of analysis.dependencies) {
    const list = predecessors.get(link.successorId) ?? [];
    list.push({ id: link.predecessorId, lagDays: link.lagDays });
    predecessors.set(link.successorId, list);
  }
  return analysis.nodes.map((node) => {
    const figures = (field: 'optimistic' | 'mostLikely' | 'pessimistic') =>
      node.phase ? sum(leavesOf(node).map((leaf) => leaf[field])).toFixed(2) : node[field];
    const family = siblings.get(node.parentId) ?? [node.id];
    return {
      node,
      stored: stored.get(node.id),
      dates: analysis.dates[node.id],
      predecessors: predecessors.get(node.id) ?? [],
      optimistic: figures('optimistic'),
      mostLikely: figures('mostLikely'),
      pessimistic: figures('pessimistic'),
      siblingIndex: family.indexOf(node.id),
      siblingCount: family.length,
    };
  });
}

/** Where Alt+↑/↓ moves a node among its siblings, or null at the end of the list. */
export function moveTarget(
  row: Pick<PlanGridRow, 'node' | 'siblingIndex' | 'siblingCount'>,
  direction: 'up' | 'down',
): { parentId: string; index: number } | null {
  const index = row.siblingIndex + (direction === 'up' ? -1 : 1);
  if (index < 0 || index >= row.siblingCount) return null;
  return { parentId: row.node.parentId, index };
}
