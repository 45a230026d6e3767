// An analysis as a Word section or document and as an Excel workbook with live formulas.
export { analysisFileName } from './file-name';
export type { AnalysisDocumentInput } from './types';
export { analysisSectionParagraphs, buildAnalysisDocument } from './word';
export type { AnalysisSectionOptions } from './word';
export { buildAnalysisWorkbook } from './workbook';
