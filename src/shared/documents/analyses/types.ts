import type { AnalysisInput } from '../../domain/analyses';
import type { ChartAnalysis, ChartLanguage } from '../../analyses/charts';

/** What the analysis documents need: the analysis, competitor names and the company. */
export type AnalysisDocumentInput = {
  analysis: ChartAnalysis & Partial<Pick<AnalysisInput, 'notes'>>;
  /** Competitor names by id (SELF_ID is printed as companyName). */
  names: Record<string, string>;
  language: ChartLanguage;
  companyName: string;
  /** The analysis chart as PNG (see analyses/charts/png); left out when absent. */
  chartPng?: Uint8Array | null;
  /** Brand colour "#1c5d99" for headings and table heads; Quotient's blue when absent. */
  brandColor?: string;
};
