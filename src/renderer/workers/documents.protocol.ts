import type { SignContractPdfArgs } from '#shared/contracts/signing';
import type { SigningErrorReason } from '#shared/contracts/signing';
import type { AnalysisDocumentInput } from '#shared/documents/analyses';
import type { ContractDocxInput } from '#shared/documents/contracts/contract-input';
import type { ContractExportIssue } from '#shared/documents/contracts/contract-text';
import type { RedlineDocxInput } from '#shared/documents/contracts/redline-docx';
import type { DeckExportInput } from '#shared/documents/presentations/deck-input';
import type { LeadsWorkbookInput } from '#shared/documents/presentations/leads-xlsx';
import type { DocumentData } from '#shared/documents/types';

export type DocumentKind = 'xlsx' | 'docx';
export type DocumentStep = 'loading' | 'chart' | 'building' | 'done';

/** An analysis to export: the analysis, competitor names, language and company (no chart yet). */
export type AnalysisExportInput = Omit<AnalysisDocumentInput, 'chartPng'>;

/** Signing in the worker: the worker loads the bundled DejaVu fonts itself. */
export type SignContractRequestArgs = Omit<SignContractPdfArgs, 'fonts'>;

export type DocumentRequest =
  | { id: number; kind: DocumentKind; data: DocumentData }
  | { id: number; kind: 'analysis-docx' | 'analysis-xlsx'; analysis: AnalysisExportInput }
  | { id: number; kind: 'contract-docx' | 'contract-pdf'; contract: ContractDocxInput }
  | { id: number; kind: 'redline-docx'; redline: RedlineDocxInput }
  | { id: number; kind: 'contract-sign'; signing: SignContractRequestArgs }
  | { id: number; kind: 'deck-pdf' | 'deck-pptx'; deckExport: DeckExportInput; withNotes: boolean }
  | { id: number; kind: 'leads-xlsx'; leads: LeadsWorkbookInput };

/** A refusal that names what is wrong, rebuilt as its error class on the UI side. */
export type DocumentFailure =
  | { name: 'ContractExportError'; issues: ContractExportIssue[] }
  | { name: 'ContractInputError'; field: string }
  | { name: 'SigningInputError'; field: string; reason: SigningErrorReason };

export type DocumentResponse =
  | { id: number; type: 'progress'; step: DocumentStep }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string; failure?: DocumentFailure };
