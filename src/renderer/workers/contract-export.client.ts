import type { SignedPdf } from '#shared/contracts/signing';
import type { ContractDocxInput } from '#shared/documents/contracts/contract-input';
import type { RedlineDocxInput } from '#shared/documents/contracts/redline-docx';
import { sha256Hex } from '#shared/hash';
import { requestDocument } from './documents.client';
import type { DocumentStep, SignContractRequestArgs } from './documents.protocol';

export type { SignContractRequestArgs } from './documents.protocol';

export const CONTRACT_MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * The contract as a Word file or a PDF, built in the document worker (docx, pdf-lib and the fonts load
 * only there). A contract that cannot be exported rejects with ContractExportError and its issues.
 */
export function buildContractFile(
  format: 'docx' | 'pdf',
  contract: ContractDocxInput,
  onStep?: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  return requestDocument(
    { kind: format === 'docx' ? 'contract-docx' : 'contract-pdf', contract },
    onStep,
  );
}

/** Two revisions as a Word file with tracked changes, built in the document worker. */
export function buildRedlineFile(
  redline: RedlineDocxInput,
  onStep?: (step: DocumentStep) => void,
): Promise<Uint8Array> {
  return requestDocument({ kind: 'redline-docx', redline }, onStep);
}

/**
 * Signs the contract PDF in the document worker, set in the bundled DejaVu fonts (names beyond
 * Windows-1252 print as written); bad input rejects with SigningInputError naming the field.
 */
export async function signContractInWorker(
  signing: SignContractRequestArgs,
  onStep?: (step: DocumentStep) => void,
): Promise<SignedPdf> {
  const pdf = await requestDocument({ kind: 'contract-sign', signing }, onStep);
  return { pdf, sha256: await sha256Hex(pdf) };
}
