import type { GanttLayout, GanttRow } from '#shared/planning/gantt';
import type { ResourceView } from '#shared/planning/types';

/** The network diagram's zoom factors, smallest first. */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** The next zoom step from `value` in `direction` (−1 out, +1 in), kept within the steps. */
export function clampZoom(value: number, direction: -1 | 1): number {
  const index = ZOOM_STEPS.findIndex((step) => step >= value - 1e-9);
  const at = index === -1 ? ZOOM_STEPS.length - 1 : index;
  const next = Math.max(0, Math.min(ZOOM_STEPS.length - 1, at + direction));
  return ZOOM_STEPS[next]!;
}

export type GanttZoom = 'day' | 'week';

/** Pixels per calendar day of the Gantt's zoom levels. */
export const GANTT_DAY_WIDTH: Record<GanttZoom, number> = { day: 24, week: 6 };

/**
 * The rows a viewport shows: `scrollTop` px scrolled, `height` px of viewport including the
 * sticky header. Rows are sorted by `y` (layout coordinates, the header above them); returns the
 * first row to draw and the row after the last (one extra each side), or null without rows.
 */
export function visibleRowRange(
  layout: Pick<GanttLayout, 'rows' | 'headerHeight' | 'rowHeight'>,
  { scrollTop, height }: { scrollTop: number; height: number },
): { fromRow: number; toRow: number } | null {
  const { rows, rowHeight } = layout;
  if (rows.length === 0) return null;
  const top = layout.headerHeight + scrollTop;
  const bottom = scrollTop + height;
  // The first row whose bottom edge lies below the header.
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle]!.y + rowHeight <= top) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last + 1 < rows.length && rows[last + 1]!.y < bottom) last += 1;
  return { fromRow: Math.max(0, low - 1), toRow: Math.min(rows.length, last + 2) };
}

/**
 * Where the chart opens scrolled sideways: the plan's first bar two days from the label column
 * (the axis may start weeks earlier, at today's line).
 */
export function initialScrollLeft(
  layout: Pick<GanttLayout, 'rows' | 'labelWidth' | 'dayWidth'>,
): number {
  let first = Infinity;
  for (const row of layout.rows) if (row.start !== '') first = Math.min(first, row.x0);
  if (first === Infinity) return 0;
  return Math.max(0, Math.round(first - layout.labelWidth - 2 * layout.dayWidth));
}

/**
 * The WBS numbers of the packages drawn as critical, in the order of the analysis' critical
 * path (topological), any not on it after them in row order.
 */
export function criticalWbs(rows: readonly GanttRow[], criticalPath: readonly string[]): string[] {
  const order = new Map(criticalPath.map((id, index) => [id, index]));
  return rows
    .filter((row) => row.kind === 'package' && row.critical)
    .map((row, index) => ({ row, rank: order.get(row.id) ?? criticalPath.length + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ row }) => row.wbs);
}

/** How many role × week cells are over their capacity. */
export const overCount = (view: ResourceView): number =>
  view.rows.reduce((sum, row) => sum + row.over.filter(Boolean).length, 0);

/** Today in the local time zone as an ISO date (today's line in the Gantt). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
