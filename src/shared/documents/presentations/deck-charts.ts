import type { ChartConfiguration } from 'chart.js';
import { registerAnalysisCharts } from '../../analyses/charts/register';
import { renderChartPng } from '../chart';
import type { ChartCanvas } from '../chart';
import { Chart } from '../chart/register';
import type { SlideContent } from '../../presentations/types';
import type { DeckExportInput } from './deck-input';

/** A chart's size on an export page in CSS pixels (the PNG has twice as many): the picture column's shape. */
export const SLIDE_CHART_SIZE = { width: 760, height: 520 } as const;

/** The configuration drawn once, still: no animation, no resizing, twice the pixels. */
function still(config: ChartConfiguration): ChartConfiguration {
  return {
    ...config,
    options: {
      ...config.options,
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: 2,
    },
  } as ChartConfiguration;
}

/**
 * Each analysis slide's chart as PNG, keyed by slide id, drawn on canvases from `createCanvas`
 * (OffscreenCanvas in the app, @napi-rs/canvas in Node). A chart that cannot be drawn is left out
 * and its slide shows the text alone.
 */
export async function deckChartPngs(
  slides: readonly SlideContent[],
  createCanvas: (width: number, height: number) => ChartCanvas,
): Promise<DeckExportInput['charts']> {
  registerAnalysisCharts(Chart);
  const charts: DeckExportInput['charts'] = {};
  for (const slide of slides) {
    if (slide.chart === null) continue;
    try {
      const data = await renderChartPng(still(slide.chart), { ...SLIDE_CHART_SIZE, createCanvas });
      charts[slide.id] = { data, mimeType: 'image/png' };
    } catch {
      // The slide's bullets and table still say what the chart shows.
    }
  }
  return charts;
}

/** The deck without its chart configurations (they hold functions, which cannot go to a worker). */
export function withoutCharts(input: DeckExportInput): DeckExportInput {
  return {
    ...input,
    deck: { ...input.deck, slides: input.deck.slides.map((slide) => ({ ...slide, chart: null })) },
  };
}
