export { chartYears, proposalChartConfig, whiteBackground } from './proposal-chart';
export type { ChartTotals, ChartYear, ProposalChartConfig } from './proposal-chart';
export { renderChartPng } from './render';
export type { ChartCanvas, RenderChartOptions } from './render';
