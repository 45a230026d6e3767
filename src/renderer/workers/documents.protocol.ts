import type { AnalysisDocumentInput } from '#shared/documents/analyses';
import type { DocumentData } from '#shared/documents/types';

export type DocumentKind = 'xlsx' | 'docx';
export type DocumentStep = 'loading' | 'chart' | 'building' | 'done';

/** An analysis to export: the analysis, competitor names, language and company (no chart yet). */
export type AnalysisExportInput = Omit<AnalysisDocumentInput, 'chartPng'>;

export type DocumentRequest =
  | { id: number; kind: DocumentKind; data: DocumentData }
  | { id: number; kind: 'analysis-docx' | 'analysis-xlsx'; analysis: AnalysisExportInput };
export type DocumentResponse =
  | { id: number; type: 'progress'; step: DocumentStep }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };
