import type { Chart, ChartType, Plugin } from 'chart.js';
import { placeBubbleLabels } from './placement';
import type { Box, Bubble, PlacedLabel } from './placement';
import { fitLabel } from './text';

// Arial where it exists, its metric twin on Linux, then whatever sans-serif there is.
export const FONT_FAMILY = 'Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export const BRAND = '#1c5d99';
export const ACCENT = '#e07b00';
export const MUTED = '#9aa5b1';
export const TEXT = '#1f2933';

/** One SWOT quadrant: its title, items and tint; drawn in the order top-left, top-right, bottom-left, bottom-right. */
export type SwotQuadrant = { title: string; items: string[]; color: string };
export type SwotPluginOptions = { quadrants?: SwotQuadrant[] };

/** Lines through a point of the data and a label in each corner of the chart area. */
export type QuadrantPluginOptions = {
  lines?: { x: number; y: number };
  labels?: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string };
};

/**
 * Texts drawn beside each element: bars at their end or centre; bubbles `around`, each name
 * placed where it overlaps no other name or bubble (./placement).
 */
export type ValueLabelOptions = {
  texts?: (string[] | null)[];
  position?: 'end' | 'center' | 'around';
};

declare module 'chart.js' {
  // Module augmentation must be an interface; TType is chart.js's own parameter.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    quotientSwot?: SwotPluginOptions | false;
    quotientQuadrants?: QuadrantPluginOptions | false;
    quotientValueLabels?: ValueLabelOptions | false;
  }
}

type Ctx = Chart['ctx'];

/** A CSS font string in the charts' family, for a canvas's font and measureText. */
export function cssFont(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
}
const font = cssFont;

// Measured widths per canvas and font, kept while the canvas lives: a chart redrawn on every
// keystroke asks for the same names and titles again, and setting a canvas font is costly.
const widthsByCanvas = new WeakMap<Ctx, Map<string, Map<string, number>>>();
/** Past this many texts in one font the cache starts afresh (an editor typing new names). */
const MAX_CACHED_WIDTHS = 2_000;

/** Measures texts in a font on a chart's canvas (each text once per canvas and font). */
export function measurer(ctx: Ctx, fontString: string): (text: string) => number {
  let fonts = widthsByCanvas.get(ctx);
  if (!fonts) widthsByCanvas.set(ctx, (fonts = new Map()));
  let widths = fonts.get(fontString);
  if (!widths) fonts.set(fontString, (widths = new Map()));
  const known = widths;
  return (text) => {
    const cached = known.get(text);
    if (cached !== undefined) return cached;
    ctx.save();
    ctx.font = fontString;
    const width: number = ctx.measureText(text).width;
    ctx.restore();
    if (known.size >= MAX_CACHED_WIDTHS) known.clear();
    known.set(text, width);
    return width;
  };
}

// Fitted labels per canvas and font: the axis and title callbacks run several times per
// update, with the same texts and widths on every keystroke.
const fitsByCanvas = new WeakMap<Ctx, Map<string, Map<string, string | string[]>>>();

/**
 * A text fitted into `maxLines` lines of at most `maxWidth` (fitLabel), measured in a font on a
 * chart's canvas; remembered per canvas, font, width and line count.
 */
export function fittedLabel(
  ctx: Ctx,
  fontString: string,
  text: string,
  maxWidth: number,
  maxLines: number,
): string | string[] {
  let fonts = fitsByCanvas.get(ctx);
  if (!fonts) fitsByCanvas.set(ctx, (fonts = new Map()));
  let fits = fonts.get(fontString);
  if (!fits) fonts.set(fontString, (fits = new Map()));
  // Whole pixels (rounded down, so a fit never gets wider): layout passes differ in fractions.
  const width = Math.floor(maxWidth);
  const key = `${width}\u0000${maxLines}\u0000${text}`;
  const known = fits.get(key);
  if (known !== undefined) return known;
  const fitted = fitLabel(text, width, measurer(ctx, fontString), maxLines);
  if (fits.size >= MAX_CACHED_WIDTHS) fits.clear();
  fits.set(key, fitted);
  return fitted;
}

// The boxes of the quadrant names a chart drew (bubble names keep clear of them) and the
// bubble names it placed (for tests: chart.js keeps no record of what plugins draw).
const quadrantBoxes = new WeakMap<Chart, Box[]>();
const bubbleLabels = new WeakMap<Chart, PlacedLabel[]>();

/** The bubble names last drawn on a chart, with their boxes. */
export function placedBubbleLabels(chart: Chart): PlacedLabel[] | undefined {
  return bubbleLabels.get(chart);
}

/** Breaks a text into lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (ctx.measureText(candidate).width <= width || line === '') {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Paints the canvas white first: PNGs are transparent by default and Word shows that grey. */
export const analysisBackground: Plugin = {
  id: 'quotientAnalysisBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

function drawQuadrant(
  ctx: Ctx,
  quadrant: SwotQuadrant,
  box: { x: number; y: number; w: number; h: number },
) {
  const pad = 8;
  ctx.fillStyle = quadrant.color;
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = TEXT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.font = font(14, true);
  ctx.fillText(quadrant.title, box.x + pad, box.y + pad);
  ctx.font = font(11);
  const lineHeight = 14;
  const width = box.w - pad * 2 - 10;
  const bottom = box.y + box.h - pad;
  let y = box.y + pad + 22;
  for (const [index, item] of quadrant.items.entries()) {
    const lines = wrapText(ctx, item, width);
    if (y + lines.length * lineHeight > bottom) {
      // What does not fit is counted, not silently dropped.
      const rest = quadrant.items.length - index;
      if (y + lineHeight <= bottom + 2) ctx.fillText(`… (+${rest})`, box.x + pad, y);
      break;
    }
    ctx.fillText('•', box.x + pad, y);
    for (const line of lines) {
      ctx.fillText(line, box.x + pad + 10, y);
      y += lineHeight;
    }
    y += 3;
  }
}

/** SWOT: the four quadrants with their items, filling the chart area. */
export const swotPlugin: Plugin = {
  id: 'quotientSwot',
  afterDraw(chart: Chart, _args, options: SwotPluginOptions) {
    const quadrants = options?.quadrants;
    if (!quadrants || quadrants.length !== 4) return;
    const { ctx, chartArea } = chart;
    const w = (chartArea.right - chartArea.left) / 2;
    const h = (chartArea.bottom - chartArea.top) / 2;
    ctx.save();
    quadrants.forEach((quadrant, index) =>
      drawQuadrant(ctx, quadrant, {
        x: chartArea.left + (index % 2) * w,
        y: chartArea.top + Math.floor(index / 2) * h,
        w,
        h,
      }),
    );
    ctx.restore();
  },
};

/** Quadrant lines at data values (BCG: growth 10 %, relative share 1.0) and corner labels. */
export const quadrantPlugin: Plugin = {
  id: 'quotientQuadrants',
  beforeDatasetsDraw(chart: Chart, _args, options: QuadrantPluginOptions) {
    const lines = options?.lines;
    const { ctx, chartArea, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    if (!x || !y) return;
    ctx.save();
    if (lines) {
      ctx.strokeStyle = MUTED;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      const px = x.getPixelForValue(lines.x);
      const py = y.getPixelForValue(lines.y);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.moveTo(chartArea.left, py);
      ctx.lineTo(chartArea.right, py);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    const labels = options?.labels;
    if (labels) {
      ctx.fillStyle = '#52606d';
      ctx.font = font(13, true);
      const pad = 6;
      const height = 15;
      const width = (text: string) => ctx.measureText(text).width;
      const boxes: Box[] = [];
      const draw = (text: string, left: boolean, top: boolean) => {
        const x = left ? chartArea.left + pad : chartArea.right - pad;
        const y = top ? chartArea.top + pad : chartArea.bottom - pad;
        ctx.textAlign = left ? 'left' : 'right';
        ctx.textBaseline = top ? 'top' : 'bottom';
        ctx.fillText(text, x, y);
        const w = width(text);
        boxes.push({
          left: left ? x : x - w,
          right: left ? x + w : x,
          top: top ? y : y - height,
          bottom: top ? y + height : y,
        });
      };
      draw(labels.topLeft, true, true);
      draw(labels.topRight, false, true);
      draw(labels.bottomRight, false, false);
      draw(labels.bottomLeft, true, false);
      quadrantBoxes.set(chart, boxes);
    } else {
      quadrantBoxes.delete(chart);
    }
    ctx.restore();
  },
};

type Positioned = { x: number; y: number; base?: number; options?: { radius?: number } };

const BUBBLE_FONT = cssFont(11, true);

/** A thin line from a bubble's edge to the nearest point of its label's box. */
function drawLeader(ctx: Ctx, bubble: Bubble, box: Box) {
  const toX = Math.min(Math.max(bubble.x, box.left), box.right);
  const toY = Math.min(Math.max(bubble.y, box.top), box.bottom);
  const length = Math.hypot(toX - bubble.x, toY - bubble.y);
  if (!(length > bubble.r)) return;
  const fromX = bubble.x + ((toX - bubble.x) / length) * bubble.r;
  const fromY = bubble.y + ((toY - bubble.y) / length) * bubble.r;
  ctx.beginPath();
  ctx.moveTo(fromX, fromY);
  ctx.lineTo(toX, toY);
  ctx.stroke();
}
const BUBBLE_LINE_HEIGHT = 13;

/** Value labels beside bars and names around bubbles (chart.js has none of its own). */
export const valueLabelPlugin: Plugin = {
  id: 'quotientValueLabels',
  afterDatasetsDraw(chart: Chart, _args, options: ValueLabelOptions) {
    const texts = options?.texts;
    if (!texts) return;
    const { ctx } = chart;
    const position = options.position ?? 'end';
    ctx.save();
    ctx.fillStyle = TEXT;
    ctx.textBaseline = 'middle';
    if (position === 'around') {
      const bubbles: Bubble[] = [];
      const names: string[] = [];
      texts.forEach((list, datasetIndex) => {
        if (!list || !chart.isDatasetVisible(datasetIndex)) return;
        chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
          const { x, y, options: elementOptions } = element as unknown as Positioned;
          bubbles.push({ x, y, r: elementOptions?.radius ?? 0 });
          names.push(list[index] ?? '');
        });
      });
      const placed = placeBubbleLabels(bubbles, names, {
        area: chart.chartArea,
        measure: measurer(ctx, BUBBLE_FONT),
        lineHeight: BUBBLE_LINE_HEIGHT,
        obstacles: quadrantBoxes.get(chart) ?? [],
      });
      bubbleLabels.set(chart, placed);
      ctx.strokeStyle = '#7b8794';
      ctx.lineWidth = 1;
      for (const label of placed) {
        const bubble = bubbles[label.index];
        if (label.distance > 0 && bubble) drawLeader(ctx, bubble, label.box);
      }
      ctx.font = BUBBLE_FONT;
      ctx.textAlign = 'left';
      for (const label of placed) {
        label.lines.forEach((line, at) =>
          ctx.fillText(line, label.box.left, label.box.top + (at + 0.5) * BUBBLE_LINE_HEIGHT),
        );
      }
      ctx.restore();
      return;
    }
    ctx.font = font(12, true);
    texts.forEach((list, datasetIndex) => {
      if (!list || !chart.isDatasetVisible(datasetIndex)) return;
      const meta = chart.getDatasetMeta(datasetIndex);
      meta.data.forEach((element, index) => {
        const text = list[index];
        if (text === undefined || text === '') return;
        const { x, y, base } = element as unknown as Positioned;
        if (position === 'center') {
          ctx.textAlign = 'center';
          ctx.fillText(text, base === undefined ? x : (x + base) / 2, y);
        } else {
          ctx.textAlign = 'left';
          ctx.fillText(text, x + 6, y);
        }
      });
    });
    ctx.restore();
  },
};
