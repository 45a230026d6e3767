// One chart module for the analyses: the same chart.js configuration is drawn in the editor
// (react-chartjs-2) and off-screen to PNG for documents (see ./png). Import as
// '#shared/analyses/charts'; it loads chart.js, so screens import it lazily.
export { analysisChartConfig, matrixRanking, participantName, winLossChartConfig } from './configs';
export type { AnalysisChartConfig, AnalysisChartOptions, ChartAnalysis } from './configs';
export { positioningFit } from './fit';
export type { PositioningFit } from './fit';
export { analysisLabels } from './labels';
export type { AnalysisLabels, ChartLanguage } from './labels';
export { registerAnalysisCharts } from './register';
export type { ChartRegistry } from './register';
export { analysisSlide } from './slide';
export type { AnalysisSlide } from './slide';
