import type { WorkPackage } from '#shared/domain/planning';
import { formatPredecessors } from '#shared/planning';
import type { NodeDates, PlanAnalysis, WbsNode } from '#shared/planning/types';
import { Decimal } from '#shared/money';

/** Rows per page of the grid: the first page renders at once, the others when scrolled near. */
export const PLAN_PAGE_ROWS = 40;

/** One row of the work breakdown grid: the analysed node, its stored row and schedule. */
export type PlanGridRow = {
  node: WbsNode;
  /** The stored package (what the inputs edit); undefined only while a write is under way. */
  stored: WorkPackage | undefined;
  dates: NodeDates | undefined;
  /** Its predecessors in force (the analysis drops dangling and phase links). */
  predecessors: { id: string; lagDays: number }[];
  /** The predecessors as the cell shows them: WBS numbers with lags, "1.2; 2.1+3". */
  links: string;
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
  const order = new Map(analysis.nodes.map((node, index) => [node.id, index]));
  // Only the predecessors' nodes, in WBS order: one lookup per link, not one map per row.
  const linksText = (links: { id: string; lagDays: number }[]) =>
    links.length === 0
      ? ''
      : formatPredecessors(
          links,
          links
            .flatMap((link) => (order.has(link.id) ? [order.get(link.id)!] : []))
            .sort((a, b) => a - b)
            .map((index) => analysis.nodes[index]!),
        );
  return analysis.nodes.map((node) => {
    const figures = (field: 'optimistic' | 'mostLikely' | 'pessimistic') =>
      node.phase ? sum(leavesOf(node).map((leaf) => leaf[field])).toFixed(2) : node[field];
    const family = siblings.get(node.parentId) ?? [node.id];
    return {
      node,
      stored: stored.get(node.id),
      dates: analysis.dates[node.id],
      predecessors: predecessors.get(node.id) ?? [],
      links: linksText(predecessors.get(node.id) ?? []),
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

/** Whether two values of plain data (rows as the live queries give them) are alike. */
function alike(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => key in right && alike(left[key], right[key]));
}

/**
 * The new rows, each one that reads the same as before given back as the same object, so a
 * memoised row re-renders only when something it shows has changed (a write re-analyses the
 * whole plan and the live query reads every package anew).
 */
export function reuseRows(
  previous: readonly PlanGridRow[],
  next: readonly PlanGridRow[],
): PlanGridRow[] {
  const known = new Map(previous.map((row) => [row.node.id, row]));
  return next.map((row) => {
    const before = known.get(row.node.id);
    return before && alike(before, row) ? before : row;
  });
}

/** The grid's pages of rows: [start, end) indexes, PLAN_PAGE_ROWS each. */
export function planPages(count: number): { page: number; start: number; end: number }[] {
  const pages = [];
  for (let start = 0, page = 0; start < count; start += PLAN_PAGE_ROWS, page++) {
    pages.push({ page, start, end: Math.min(count, start + PLAN_PAGE_ROWS) });
  }
  return pages;
}

/** The page the row at `index` is on. */
export const planPageOf = (index: number) => Math.floor(index / PLAN_PAGE_ROWS);
