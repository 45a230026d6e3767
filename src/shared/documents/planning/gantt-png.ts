import { ganttLayout, paintGantt } from '../../planning/gantt';
import type { GanttContext, GanttTheme } from '../../planning/gantt';
import type { PlanAnalysis } from '../../planning/types';
import type { ChartCanvas } from '../chart';
import type { PlanDocumentData } from './types';

/** The Gantt image's width in CSS pixels (the PNG has SCALE times as many); Word scales it to 17 cm. */
export const GANTT_PNG_WIDTH = 800;
const SCALE = 2;
const ROW_HEIGHT = 20;
const LABEL_WIDTH = 320;
/** Below this many pixels a week, the week lines are left out. */
const MIN_WEEK_PX = 6;
/** Rows one page holds legibly: a bigger plan's chart shows its top level only. */
export const GANTT_MAX_ROWS = 48;
/** A day far off any plan's axis: the document draws no "today" line. */
const NO_TODAY = '1900-01-01';

/** The document's colours: black text, the critical path in red, quiet bars (prints in grey too). */
export const DOCUMENT_GANTT_THEME: GanttTheme = {
  critical: '#c92a2a',
  bar: '#4c6ef5',
  phase: '#343a40',
  milestone: '#e8590c',
  today: '#1971c2',
  grid: '#dee2e6',
  text: '#212529',
  font: '11px sans-serif',
  background: '#ffffff',
};

async function toPng(canvas: ChartCanvas): Promise<Uint8Array> {
  if (canvas.convertToBlob !== undefined) {
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  }
  if (canvas.encode !== undefined) return new Uint8Array(await canvas.encode('png'));
  if (canvas.toBuffer !== undefined) return new Uint8Array(canvas.toBuffer('image/png'));
  throw new Error('planGanttPng: the canvas can neither convertToBlob, encode nor toBuffer');
}

/** Whether the document's chart shows every package or, for a big plan, the top level only. */
export function ganttScope(plan: PlanDocumentData): 'all' | 'top-level' {
  const { analysis } = plan.gantt;
  return analysis.nodes.length + analysis.milestones.length <= GANTT_MAX_ROWS ? 'all' : 'top-level';
}

/**
 * The analysis the chart draws: the plan itself, or for a big plan its top-level nodes with the
 * milestones moved to the top-level node they belong to (the schedule table lists everything).
 */
function chartAnalysis(plan: PlanDocumentData): PlanAnalysis {
  const { analysis } = plan.gantt;
  if (ganttScope(plan) === 'all') return analysis;
  const byId = new Map(analysis.nodes.map((node) => [node.id, node]));
  const root = (id: string): string => {
    let node = byId.get(id);
    while (node !== undefined && node.parentId !== '' && byId.has(node.parentId)) {
      node = byId.get(node.parentId);
    }
    return node?.id ?? id;
  };
  const nodes = analysis.nodes.filter((node) => node.depth === 0);
  const kept = new Set(nodes.map((node) => node.id));
  return {
    ...analysis,
    nodes,
    dependencies: analysis.dependencies.filter(
      (link) => kept.has(link.predecessorId) && kept.has(link.successorId),
    ),
    milestones: analysis.milestones.map((milestone) => ({
      ...milestone,
      packageId: root(milestone.packageId),
    })),
  };
}

/**
 * The plan's Gantt chart as PNG for the proposal, drawn by the app's own painter on a canvas
 * from `createCanvas` (OffscreenCanvas in the document worker, @napi-rs/canvas in Node). The
 * days are scaled so the whole plan fits GANTT_PNG_WIDTH, at most GANTT_MAX_ROWS rows are
 * drawn (see ganttScope); null when nothing is scheduled.
 */
export async function planGanttPng(
  plan: PlanDocumentData,
  createCanvas: (width: number, height: number) => ChartCanvas,
): Promise<Uint8Array | null> {
  if (Object.keys(plan.gantt.analysis.dates).length === 0) return null;
  const analysis = chartAnalysis(plan);
  const options = {
    today: NO_TODAY,
    language: plan.language,
    rowHeight: ROW_HEIGHT,
    labelWidth: LABEL_WIDTH,
  };
  // Laid out once at one pixel a day to learn the span, then at the day width that fits.
  const probe = ganttLayout(analysis, { ...options, dayWidth: 1 });
  const days = Math.max(1, probe.width - probe.labelWidth);
  const dayWidth = (GANTT_PNG_WIDTH - probe.labelWidth) / days;
  const layout = ganttLayout(analysis, { ...options, dayWidth });
  if (layout.rows.length === 0) return null;
  // A plan with more top-level nodes than a page holds: the first ones (the table has all).
  const rows = Math.min(layout.rows.length, GANTT_MAX_ROWS);
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.headerHeight + rows * layout.rowHeight);
  const canvas = createCanvas(width * SCALE, height * SCALE);
  const ctx = canvas.getContext('2d') as GanttContext & {
    scale(x: number, y: number): void;
  };
  ctx.scale(SCALE, SCALE);
  // Week lines closer than a few pixels would grey the whole chart (a plan over years).
  const theme =
    dayWidth * 7 >= MIN_WEEK_PX
      ? DOCUMENT_GANTT_THEME
      : { ...DOCUMENT_GANTT_THEME, grid: '#ffffff' };
  paintGantt(ctx, layout, {
    theme,
    language: plan.language,
    toRow: rows,
    height,
  });
  return toPng(canvas);
}
