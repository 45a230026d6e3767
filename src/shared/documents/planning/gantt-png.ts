import { ganttLayout, paintGantt } from '../../planning/gantt';
import type { GanttContext, GanttTheme } from '../../planning/gantt';
import type { ChartCanvas } from '../chart';
import type { PlanDocumentData } from './types';

/** The Gantt image's width in CSS pixels (the PNG has SCALE times as many); Word scales it to 17 cm. */
export const GANTT_PNG_WIDTH = 800;
const SCALE = 2;
const ROW_HEIGHT = 20;
const LABEL_WIDTH = 320;
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

/**
 * The plan's Gantt chart as PNG for the proposal, drawn by the app's own painter on a canvas
 * from `createCanvas` (OffscreenCanvas in the document worker, @napi-rs/canvas in Node). The
 * days are scaled so the whole plan fits GANTT_PNG_WIDTH; null when nothing is scheduled.
 */
export async function planGanttPng(
  plan: PlanDocumentData,
  createCanvas: (width: number, height: number) => ChartCanvas,
): Promise<Uint8Array | null> {
  const { analysis } = plan.gantt;
  if (Object.keys(analysis.dates).length === 0) return null;
  const options = {
    today: NO_TODAY,
    language: plan.language,
    rowHeight: ROW_HEIGHT,
    labelWidth: LABEL_WIDTH,
  };
  // Laid out once at one pixel a day to learn the span, then at the day width that fits.
  const probe = ganttLayout(analysis, { ...options, dayWidth: 1 });
  const days = Math.max(1, probe.width - probe.labelWidth);
  const dayWidth = Math.max(0.5, (GANTT_PNG_WIDTH - probe.labelWidth) / days);
  const layout = ganttLayout(analysis, { ...options, dayWidth });
  if (layout.rows.length === 0) return null;
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  const canvas = createCanvas(width * SCALE, height * SCALE);
  const ctx = canvas.getContext('2d') as GanttContext & {
    scale(x: number, y: number): void;
  };
  ctx.scale(SCALE, SCALE);
  paintGantt(ctx, layout, { theme: DOCUMENT_GANTT_THEME, language: plan.language });
  return toPng(canvas);
}
