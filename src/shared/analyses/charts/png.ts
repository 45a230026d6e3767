import { renderChartPng } from '../../documents/chart';
import { Chart } from '../../documents/chart/register';
import type { ChartCanvas } from '../../documents/chart';
import { analysisChartConfig } from './configs';
import type { AnalysisChartOptions, ChartAnalysis } from './configs';
import { registerAnalysisCharts } from './register';

/** The PNG size of an analysis chart in CSS pixels (the PNG has twice as many). */
export const ANALYSIS_CHART_SIZE = { width: 720, height: 440 } as const;

/**
 * An analysis's chart as PNG bytes, drawn on a canvas from `createCanvas` (OffscreenCanvas in
 * the document worker, @napi-rs/canvas in Node).
 */
export async function analysisChartPng(
  analysis: ChartAnalysis,
  options: Omit<AnalysisChartOptions, 'screen'> & {
    createCanvas: (width: number, height: number) => ChartCanvas;
    width?: number;
    height?: number;
  },
): Promise<Uint8Array> {
  registerAnalysisCharts(Chart);
  const { createCanvas, width, height, ...chartOptions } = options;
  return renderChartPng(analysisChartConfig(analysis, chartOptions), {
    width: width ?? ANALYSIS_CHART_SIZE.width,
    height: height ?? ANALYSIS_CHART_SIZE.height,
    createCanvas,
  });
}
