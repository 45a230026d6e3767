import { analysisFileName } from '#shared/documents/analyses/file-name';
import { requestDocument } from './documents.client';
import type { AnalysisExportInput, DocumentStep } from './documents.protocol';

export type { AnalysisExportInput } from './documents.protocol';

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * An analysis as a Word section (heading, text, chart) or an Excel sheet with live formulas,
 * built in the document worker (docx, ExcelJS and chart.js load only there).
 */
export async function exportAnalysisFile(
  format: 'docx' | 'xlsx',
  input: AnalysisExportInput,
  onStep?: (step: DocumentStep) => void,
): Promise<{ bytes: Uint8Array; fileName: string; mimeType: string }> {
  const bytes = await requestDocument(
    { kind: format === 'docx' ? 'analysis-docx' : 'analysis-xlsx', analysis: input },
    onStep,
  );
  return {
    bytes,
    fileName: analysisFileName(input.analysis, input.language, format),
    mimeType: MIME_TYPES[format],
  };
}
