import { RowNotFoundError } from '#data';
import type { Repositories } from '#data';
import type { ContractLanguage, RevisionClause } from '#shared/contracts';
import { clauseLibraryDisclaimer } from '#shared/contracts/library';
import type { SignedPdf } from '#shared/contracts/signing';
import type { Contract, ContractRevision } from '#shared/domain/contracts';
import type { ContractDocxInput } from '#shared/documents/contracts/contract-input';
import type { RedlineDocxInput } from '#shared/documents/contracts/redline-docx';
import { platform } from '../../../platform';
import {
  buildContractFile,
  buildRedlineFile,
  signContractInWorker,
} from '../../../workers/contract-export.client';
import type { SignContractRequestArgs } from '../../../workers/contract-export.client';
import type { DocumentStep } from '../../../workers/documents.protocol';
import { documentInput, resolveRevisionClauses } from './print-variables';

async function liveContract(repos: Repositories, contractId: string): Promise<Contract> {
  const contract = await repos.contracts.get(contractId);
  if (!contract || contract.deleted) throw new RowNotFoundError('contracts', contractId);
  return contract;
}

/** The currency of the offer the contract was drafted from; euro without one. */
async function contractCurrency(repos: Repositories, contract: Contract): Promise<string> {
  if (contract.offerId === '') return 'EUR';
  const offer = await repos.offers.get(contract.offerId);
  return offer?.currency ?? 'EUR';
}

/** The revision's rows, checked to belong to the contract. */
async function revisionOf(repos: Repositories, contract: Contract, revisionId: string) {
  const content = await repos.contracts.revisionContent(revisionId);
  if (content.revision.contractId !== contract.id)
    throw new RowNotFoundError('contractRevisions', revisionId);
  return content;
}

/**
 * What the Word file and the PDF are built from, for the contract's current revision or the one given:
 * clauses in order with their library key as id, variables formatted for print in the contract's
 * language, the company profile with logo and brand colour, the client, the SLA table, the status, and
 * the drafting-aid note only on a draft.
 */
export async function contractDocumentInput(
  repos: Repositories,
  contractId: string,
  revisionId?: string,
): Promise<ContractDocxInput> {
  const contract = await liveContract(repos, contractId);
  const [{ revision, clauses }, company, currency] = await Promise.all([
    revisionOf(repos, contract, revisionId ?? contract.currentRevisionId),
    repos.settings.getCompany(),
    contractCurrency(repos, contract),
  ]);
  return documentInput({
    contract,
    revision,
    clauses,
    company,
    currency,
    disclaimer: clauseLibraryDisclaimer[contract.language as ContractLanguage],
  });
}

/** The unsigned PDF of the contract's current revision (or the one given), built in the document worker. */
export async function contractPdfBytes(
  repos: Repositories,
  contractId: string,
  revisionId?: string,
): Promise<Uint8Array> {
  return buildContractFile('pdf', await contractDocumentInput(repos, contractId, revisionId));
}

/** Signs the contract PDF in the document worker, which loads the fonts itself. */
export function signContract(args: SignContractRequestArgs): Promise<SignedPdf> {
  return signContractInWorker(args);
}

/** A revision's clauses as they read, placeholders and references resolved, for the in-app redline. */
export async function resolvedRevisionClauses(
  repos: Repositories,
  revisionId: string,
  language: ContractLanguage | string,
): Promise<RevisionClause[]> {
  const { revision, clauses } = await repos.contracts.revisionContent(revisionId);
  const contract = await liveContract(repos, revision.contractId);
  return resolveRevisionClauses(clauses, revision.variables, {
    language: language === 'en' ? 'en' : 'de',
    currency: await contractCurrency(repos, contract),
  });
}

/** "Werkvertrag Portal – Revision 2.docx": the title without characters no file system accepts. */
export function contractFileName(title: string, suffix: string, extension: string): string {
  const name = `${title} – ${suffix}`
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name}.${extension}`;
}

/** The save dialog's filter per format (desktop). */
export const FILE_FILTERS: Record<'docx' | 'pdf', { name: string; extensions: string[] }> = {
  docx: { name: 'Word', extensions: ['docx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

const REDLINE_LABEL: Record<ContractLanguage, (from: number, to: number) => string> = {
  de: (from, to) => `Änderungen Revision ${from} zu ${to}`,
  en: (from, to) => `Changes revision ${from} to ${to}`,
};

/** The redline's input: both revisions resolved, the author and date of the newer one. */
export async function redlineInput(
  repos: Repositories,
  contractId: string,
  fromRevisionId: string,
  toRevisionId: string,
): Promise<RedlineDocxInput> {
  const contract = await liveContract(repos, contractId);
  const language: ContractLanguage = contract.language === 'en' ? 'en' : 'de';
  const [older, newer, company, currency] = await Promise.all([
    revisionOf(repos, contract, fromRevisionId),
    revisionOf(repos, contract, toRevisionId),
    repos.settings.getCompany(),
    contractCurrency(repos, contract),
  ]);
  const side = ({
    revision,
    clauses,
  }: {
    revision: ContractRevision;
    clauses: typeof older.clauses;
  }) => ({
    label: `Revision ${revision.number}`,
    clauses: resolveRevisionClauses(clauses, revision.variables, { language, currency }),
  });
  return {
    language,
    title: contract.title,
    oldRevision: side(older),
    newRevision: side(newer),
    author: newer.revision.updatedBy || company?.name || 'Quotient',
    date: newer.revision.frozenAt || newer.revision.updatedAt,
    ...(company ? { brand: company.brandColor } : {}),
  };
}

/**
 * Exports the changes between two revisions as a Word file with tracked changes (author and date of the
 * newer revision) and saves it through the platform's save dialog; false when the user cancels.
 */
export async function exportRedline(
  repos: Repositories,
  contractId: string,
  fromRevisionId: string,
  toRevisionId: string,
  onStep?: (step: DocumentStep) => void,
): Promise<boolean> {
  const input = await redlineInput(repos, contractId, fromRevisionId, toRevisionId);
  const bytes = await buildRedlineFile(input, onStep);
  const numbers = (label: string) => Number(label.replace(/\D+/g, ''));
  const saved = await platform.saveFile({
    suggestedName: contractFileName(
      input.title,
      REDLINE_LABEL[input.language](
        numbers(input.oldRevision.label),
        numbers(input.newRevision.label),
      ),
      'docx',
    ),
    data: bytes,
    filters: [FILE_FILTERS.docx],
  });
  return saved.saved;
}
