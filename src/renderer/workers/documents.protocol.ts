import type { DocumentData } from '#shared/documents/types';

export type DocumentKind = 'xlsx' | 'docx';
export type DocumentStep = 'loading' | 'chart' | 'building' | 'done';

export type DocumentRequest = { id: number; kind: DocumentKind; data: DocumentData };
export type DocumentResponse =
  | { id: number; type: 'progress'; step: DocumentStep }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };
