import { z } from 'zod';
import {
  contractInputSchema,
  contractRevisionClauseInputSchema,
  contractRevisionInputSchema,
  contractSignatureInputSchema,
  isRevisionFrozen,
  isRevisionSigned,
  shippedClauseId,
} from '#shared/domain/contracts';
import type {
  ContractInput,
  ContractRevisionClauseInput,
  ContractRevisionInput,
  ContractSignatureInput,
} from '#shared/domain/contracts';
import { clauseLibrary } from '#shared/contracts/library';
import { sha256Hex } from '#shared/hash';
import { newId } from '#shared/ids';
import { generateNKeysBetween } from 'fractional-indexing';
import type { QuotientDb, SyncedRow } from '../core/database';
import { MAX_BLOB_BYTES, createBlobRepository } from '../core/blobs.repository';
import type { ValidationIssue } from '../core/errors';
import { newRow } from '../core/write';
import type { Stamp, WriteBatch } from '../core/write';
import { queueLibrary } from './clauses.repository';
import { contentHash } from './contracts.repository';

/**
 * The contracts part of a workspace file (resources/demo/workspace.de.json, built by
 * scripts/demo/contracts-build.ts): contracts naming their `client` by name and the `offer` they
 * were drafted from by its title among that client's offers, each with its revisions in order
 * (the last is the current one), a revision with its clauses in order and its signatures; and
 * `blobs`, the bytes signed PDFs and signature PNGs name by SHA-256 (base64). Every row is
 * validated against its input schema; a blob whose bytes do not match its hash, a hash no blob
 * carries, or a status the revisions do not bear out is an issue.
 */
export const contractsSectionShape = {
  contracts: z
    .array(
      z.looseObject({
        client: z.string(),
        offer: z.string().default(''),
        revisions: z
          .array(
            z.looseObject({
              clauses: z.array(z.unknown()).default([]),
              signatures: z.array(z.unknown()).default([]),
            }),
          )
          .min(1),
      }),
    )
    .default([]),
  blobs: z
    .array(
      z
        .object({
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          type: z.string().min(1).max(100),
          data: z.base64(),
        })
        .strict(),
    )
    .default([]),
};

type Parse = <S extends z.ZodType>(schema: S, input: unknown, path: PropertyKey[]) => z.output<S>;

type ParsedRevision = {
  id: string;
  /** Where the revision stands in the file. */
  path: PropertyKey[];
  fields: Omit<ContractRevisionInput, 'contractId'>;
  clauses: Omit<
    ContractRevisionClauseInput,
    'contractId' | 'revisionId' | 'position' | 'clauseId'
  >[];
  signatures: Omit<ContractSignatureInput, 'contractId' | 'revisionId'>[];
};

export type ParsedContractsSection = {
  contracts: {
    id: string;
    /** Where the entry stands in the file (issues found later name it). */
    path: PropertyKey[];
    clientName: string;
    offerTitle: string;
    fields: Omit<ContractInput, 'clientId' | 'offerId' | 'currentRevisionId'>;
    revisions: ParsedRevision[];
  }[];
  blobs: { sha256: string; type: string; data: Uint8Array }[];
};

const issue = (path: PropertyKey[], message: string, input?: unknown): ValidationIssue =>
  ({ code: 'custom', path, message, input }) as ValidationIssue;

const contractEntrySchema = contractInputSchema.omit({
  clientId: true,
  offerId: true,
  currentRevisionId: true,
});
const revisionEntrySchema = contractRevisionInputSchema.omit({ contractId: true });
const clauseEntrySchema = contractRevisionClauseInputSchema.omit({
  contractId: true,
  revisionId: true,
  position: true,
  clauseId: true,
});
const signatureEntrySchema = contractSignatureInputSchema.omit({
  contractId: true,
  revisionId: true,
});

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Validates the section (async: blob hashes are checked); every problem becomes an issue,
 * nothing is written here.
 */
export async function parseContractsSection(
  data: {
    contracts: z.output<typeof contractsSectionShape.contracts>;
    blobs: z.output<typeof contractsSectionShape.blobs>;
  },
  parse: Parse,
  issues: ValidationIssue[],
): Promise<ParsedContractsSection> {
  const blobs: ParsedContractsSection['blobs'] = [];
  for (const [index, { sha256, type, data: base64 }] of data.blobs.entries()) {
    const bytes = decodeBase64(base64);
    if (bytes.byteLength > MAX_BLOB_BYTES) {
      issues.push(issue(['blobs', index, 'data'], 'validation.tooLong'));
    } else if ((await sha256Hex(bytes)) !== sha256) {
      issues.push(
        issue(['blobs', index, 'sha256'], 'the bytes do not match their SHA-256', sha256),
      );
    } else blobs.push({ sha256, type, data: bytes });
  }
  const sizes = new Map(blobs.map((blob) => [blob.sha256, blob.data.byteLength]));
  const blobIssue = (sha256: string, path: PropertyKey[]) => {
    if (!sizes.has(sha256))
      issues.push(issue(path, 'no blob of the file has this SHA-256', sha256));
  };

  const contracts = data.contracts.map(
    (
      { client, offer, revisions, ...entry },
      index,
    ): ParsedContractsSection['contracts'][number] => {
      const path = ['contracts', index];
      const fields = parse(contractEntrySchema, entry, path);
      const parsedRevisions = revisions.map(({ clauses, signatures, ...revision }, r) => {
        const at = [...path, 'revisions', r];
        const row = parse(revisionEntrySchema, revision, at);
        if (row && row.number !== r + 1)
          issues.push(issue([...at, 'number'], `revision ${r + 1} is numbered ${row.number}`));
        if (row && isRevisionSigned(row)) {
          blobIssue(row.signedPdfSha256, [...at, 'signedPdfSha256']);
          if (
            sizes.has(row.signedPdfSha256) &&
            sizes.get(row.signedPdfSha256) !== row.signedPdfSize
          )
            issues.push(issue([...at, 'signedPdfSize'], 'differs from the signed PDF’s size'));
          if (!isRevisionFrozen(row))
            issues.push(issue([...at, 'contentHash'], 'a signed revision was sent (frozen) first'));
        }
        const parsedSignatures = signatures.map((signature, s) => {
          const sig = parse(signatureEntrySchema, signature, [...at, 'signatures', s]);
          if (sig) blobIssue(sig.pngSha256, [...at, 'signatures', s, 'pngSha256']);
          return sig;
        });
        if (row && parsedSignatures.length > 0 && !isRevisionSigned(row))
          issues.push(issue([...at, 'signatures'], 'only a signed revision has signatures'));
        if (row && r < revisions.length - 1 && !isRevisionFrozen(row))
          issues.push(issue([...at, 'contentHash'], 'a revision was sent before the next one'));
        return {
          id: newId(),
          path: at,
          fields: row,
          clauses: clauses.map((clause, c) =>
            parse(clauseEntrySchema, clause, [...at, 'clauses', c]),
          ),
          signatures: parsedSignatures,
        };
      });
      if (revisions.some((revision) => revision.clauses.length === 0))
        issues.push(issue([...path, 'revisions'], 'every revision has clauses'));
      const current = parsedRevisions.at(-1)?.fields;
      if (fields && current) {
        // The status must be what the current revision bears out.
        const signed = isRevisionSigned(current);
        const frozen = isRevisionFrozen(current);
        const fits =
          fields.status === 'signed' || fields.status === 'terminated'
            ? signed
            : fields.status === 'sent'
              ? frozen && !signed
              : !frozen;
        if (!fits)
          issues.push(
            issue([...path, 'status'], 'does not fit the current revision', fields.status),
          );
        if ((fields.status === 'terminated') !== (fields.terminatedOn !== ''))
          issues.push(issue([...path, 'terminatedOn'], 'only a terminated contract has the date'));
      }
      return {
        id: newId(),
        path,
        clientName: client,
        offerTitle: offer,
        fields,
        revisions: parsedRevisions,
      };
    },
  );
  // A sent revision's hash is the one the data layer computes over its content.
  for (const revision of contracts.flatMap((contract) => contract.revisions)) {
    const { fields, clauses } = revision;
    if (!fields || !isRevisionFrozen(fields) || clauses.some((clause) => !clause)) continue;
    if ((await contentHash(fields, clauses)) !== fields.contentHash)
      issues.push(
        issue([...revision.path, 'contentHash'], 'does not match the revision’s content'),
      );
  }
  return { contracts, blobs };
}

/** The offers the same import writes, as the contracts name them. */
export type ContractOffer = {
  id: string;
  clientId: string;
  title: string;
  /** The number and date the offer is written with (an editable revision takes them). */
  number: string;
  date: string;
  revision: number;
};

/**
 * Resolves each contract's client (by name) and offer (by title among that client's offers in
 * the file): unknown names are issues. `offers` lists the file's offers with the id the import
 * writes them with (undefined for one that failed, whose own issues name it).
 */
export function resolveContracts(
  section: ParsedContractsSection,
  clientIds: ReadonlyMap<string, string>,
  offers: readonly { id: string | undefined; clientId: string; title: string }[],
  issues: ValidationIssue[],
): { clientId: string; offerId: string }[] {
  return section.contracts.map(({ path, clientName, offerTitle }) => {
    const clientId = clientIds.get(clientName);
    if (clientId === undefined)
      issues.push(issue([...path, 'client'], `unknown client ${clientName}`, clientName));
    if (offerTitle === '') return { clientId: clientId ?? '', offerId: '' };
    const found = offers.filter(
      (offer) => offer.clientId === clientId && offer.title === offerTitle,
    );
    if (clientId !== undefined && found.length !== 1)
      issues.push(issue([...path, 'offer'], `unknown offer ${offerTitle}`, offerTitle));
    return { clientId: clientId ?? '', offerId: found[0]?.id ?? '' };
  });
}

/** Stores the section's blobs (content-addressed: storing one twice writes nothing). */
export async function storeContractBlobs(
  db: QuotientDb,
  section: ParsedContractsSection,
): Promise<void> {
  const blobs = createBlobRepository(db);
  for (const { data, type } of section.blobs) await blobs.put({ data, type });
}

const shippedKeys = new Set(clauseLibrary.map((clause) => `${clause.language}:${clause.id}`));

/**
 * Queues the section's rows in the import's write, with the shipped clause library (rows not
 * stored yet). A revision still editable takes the number and date its offer is written with.
 */
export async function queueContractsSection(
  db: QuotientDb,
  batch: WriteBatch,
  stamp: Stamp,
  section: ParsedContractsSection,
  links: readonly { clientId: string; offerId: string }[],
  offers: ReadonlyMap<string, Pick<ContractOffer, 'number' | 'date' | 'revision'>>,
): Promise<number> {
  const installed = await queueLibrary(db, batch, stamp);
  section.contracts.forEach(({ id: contractId, fields, revisions }, index) => {
    const { clientId, offerId } = links[index] as { clientId: string; offerId: string };
    const current = revisions.at(-1) as ParsedRevision;
    batch.add(
      'contracts',
      newRow<SyncedRow['contracts']>({
        table: 'contracts',
        fields: { ...fields, clientId, offerId, currentRevisionId: current.id },
        stamp,
        id: contractId,
      }),
    );
    const offer = offers.get(offerId);
    for (const { id: revisionId, fields: revision, clauses, signatures } of revisions) {
      const variables =
        offer && !isRevisionFrozen(revision)
          ? {
              ...revision.variables,
              'offer.number': offer.number,
              'offer.date': offer.date,
              'offer.revision': String(offer.revision),
            }
          : revision.variables;
      batch.add(
        'contractRevisions',
        newRow<SyncedRow['contractRevisions']>({
          table: 'contractRevisions',
          fields: { ...revision, variables, contractId },
          stamp,
          id: revisionId,
        }),
      );
      const positions = generateNKeysBetween(null, null, clauses.length);
      clauses.forEach((clause, c) => {
        const language = fields.language;
        const clauseId = shippedKeys.has(`${language}:${clause.key}`)
          ? shippedClauseId(language, clause.key)
          : '';
        batch.add(
          'contractRevisionClauses',
          newRow<SyncedRow['contractRevisionClauses']>({
            table: 'contractRevisionClauses',
            fields: {
              ...clause,
              contractId,
              revisionId,
              clauseId,
              position: positions[c] as string,
            },
            stamp,
          }),
        );
      });
      for (const signature of signatures) {
        batch.add(
          'contractSignatures',
          newRow<SyncedRow['contractSignatures']>({
            table: 'contractSignatures',
            fields: { ...signature, contractId, revisionId },
            stamp,
          }),
        );
      }
    }
  });
  return installed;
}

/** The tables the section writes. */
export const CONTRACTS_SECTION_TABLES = [
  'contractClauses',
  'contracts',
  'contractRevisions',
  'contractRevisionClauses',
  'contractSignatures',
] as const;
