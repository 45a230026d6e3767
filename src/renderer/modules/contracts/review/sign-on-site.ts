import type { Repositories } from '#data';
import type { SignatureInput, SignContractPdfArgs, SignedPdf } from '#shared/contracts/signing';
import type { Contract, ContractRevision } from '#shared/domain/contracts';
import { sha256Hex } from '#shared/hash';
import { contractPdfBytes, signContract } from '../export';

export type SigningStep = 'check' | 'pdf' | 'sign' | 'save';

/** The export side of signing (X's worker calls); a test may give its own. */
export type SigningExport = {
  contractPdfBytes: (
    repos: Repositories,
    contractId: string,
    revisionId?: string,
  ) => Promise<Uint8Array>;
  signContract: (args: Omit<SignContractPdfArgs, 'fonts'>) => Promise<SignedPdf>;
};

const workerExport: SigningExport = { contractPdfBytes, signContract };

/**
 * Signs the contract's current revision on site: its PDF as printed, the signatures and the
 * audit page added, then one write (signature images, rows, the signed PDF and its SHA-256,
 * the lock). Every step before the write only reads, so a failure leaves nothing behind.
 */
export async function signOnSite({
  repos,
  contract,
  revision,
  signatures,
  device,
  appVersion,
  onStep = () => undefined,
  exporter = workerExport,
}: {
  repos: Repositories;
  contract: Pick<Contract, 'id' | 'title' | 'language'>;
  revision: Pick<ContractRevision, 'id' | 'number'>;
  signatures: SignatureInput[];
  device: string;
  appVersion: string;
  onStep?: (step: SigningStep) => void;
  exporter?: SigningExport;
}): Promise<SignedPdf> {
  onStep('pdf');
  const pdf = await exporter.contractPdfBytes(repos, contract.id, revision.id);
  const documentSha256 = await sha256Hex(pdf);
  onStep('sign');
  const signed = await exporter.signContract({
    pdf,
    signatures,
    meta: {
      contractTitle: contract.title,
      revision: revision.number,
      documentSha256,
      device,
      appVersion,
      language: contract.language === 'en' ? 'en' : 'de',
    },
  });
  onStep('save');
  await repos.contracts.sign(contract.id, {
    signatures: signatures.map((signature) => ({
      role: signature.role,
      name: signature.name,
      function: signature.function ?? '',
      place: signature.place,
      date: signature.date,
      signedAt: signature.signedAt,
      png: signature.png,
    })),
    signedPdf: signed.pdf,
    device,
    appVersion,
  });
  return signed;
}
