import { z } from 'zod';
import {
  CLAUSE_CATEGORIES,
  COMPLETENESS_ITEMS,
  CONDITION_FACTS,
  CONTRACT_TYPES,
  NEGOTIATION_POSITIONS,
} from '../contracts/types';
import type { Condition } from '../contracts/types';
import { idSchema, isoDateSchema, languageSchema, optionalText, requiredText } from './common';
import type { RowMeta } from './common';

/**
 * Contract drafts (issue 13): the clause library, contracts, their revisions with the clauses a
 * revision uses, and the signatures drawn on site. Every table syncs field by field. A revision
 * is editable until it is sent (its content hash frozen); a signed revision is locked for good,
 * locally and against pulled edits (those become conflicts).
 */

const dateOrEmpty = z.union([z.literal(''), isoDateSchema]);
const sha256OrEmpty = z.union([z.literal(''), z.string().regex(/^[0-9a-f]{64}$/)]);
const contractTypeSchema = z.enum(CONTRACT_TYPES);
const clauseCategorySchema = z.enum(CLAUSE_CATEGORIES);
const completenessItemsSchema = z.array(z.enum(COMPLETENESS_ITEMS)).max(40);

/** A clause condition as readable data (src/shared/contracts/conditions.ts evaluates it). */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: z.enum(CONDITION_FACTS) }).strict(),
    z.object({ all: z.array(conditionSchema).min(1).max(10) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1).max(10) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

const clauseBody = (max: number) => optionalText(max);

// ---------------------------------------------------------------------------------------------
// Clause library
// ---------------------------------------------------------------------------------------------

export const clauseOrigins = ['shipped', 'custom'] as const;
export type ClauseOrigin = (typeof clauseOrigins)[number];

/**
 * A library clause. `key` is the stable slug the shipped library uses ('werk-acceptance'),
 * unique per language; references in bodies (`{{ref:<key>}}`) name it. Shipped clauses get the
 * id `clause-<language>-<key>`, so two devices installing the library write the same rows.
 * The negotiation positions are flat fields, so each syncs on its own; an empty fallback or
 * walk-away body means the clause has no such position.
 */
export const contractClauseInputSchema = z.object({
  key: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(80, 'validation.tooLong')
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'validation.clauseKey'),
  language: languageSchema,
  title: requiredText(200),
  body: requiredText(20_000),
  category: clauseCategorySchema,
  contractTypes: z.array(contractTypeSchema).min(1, 'validation.required').max(7),
  version: requiredText(20),
  preferredNote: clauseBody(2_000),
  fallbackBody: clauseBody(20_000),
  fallbackNote: clauseBody(2_000),
  walkAwayBody: clauseBody(20_000),
  walkAwayNote: clauseBody(2_000),
  /** The clause applies only when this holds (null: always). */
  condition: conditionSchema.nullable(),
  /** Contract types for which the clause is required (always selected, never removable). */
  requiredFor: z.array(contractTypeSchema).max(7),
  /** Completeness items the clause satisfies (requirements.ts). */
  covers: completenessItemsSchema,
  origin: z.enum(clauseOrigins),
});
export type ContractClauseInput = z.infer<typeof contractClauseInputSchema>;
export type ContractClause = ContractClauseInput & RowMeta;

/** The id of a shipped clause: the same on every device. */
export const shippedClauseId = (language: string, key: string): string =>
  `clause-${language}-${key}`;

// ---------------------------------------------------------------------------------------------
// Contracts
// ---------------------------------------------------------------------------------------------

export const contractStatuses = ['draft', 'in-review', 'sent', 'signed', 'terminated'] as const;
export type ContractStatus = (typeof contractStatuses)[number];

/**
 * The moves the status may make. Sending freezes the current revision (content hash) and needs
 * every required clause; an edit after sending starts revision n+1 as a draft. Signing locks the
 * revision; only a signed contract can be terminated.
 */
export const CONTRACT_STATUS_MOVES: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  draft: ['in-review', 'sent'],
  'in-review': ['draft', 'sent'],
  sent: ['signed', 'draft'],
  signed: ['terminated'],
  terminated: [],
};

export const contractInputSchema = z.object({
  clientId: idSchema,
  /** The offer revision the contract was drafted from ('' none). */
  offerId: z.string().max(64),
  type: contractTypeSchema,
  language: languageSchema,
  title: requiredText(200),
  status: z.enum(contractStatuses),
  /** The revision being edited or, once sent or signed, the latest one. */
  currentRevisionId: z.string().max(64),
  /** When a signed contract was terminated ('' not terminated). */
  terminatedOn: dateOrEmpty,
});
export type ContractInput = z.infer<typeof contractInputSchema>;
export type Contract = ContractInput & RowMeta;

// ---------------------------------------------------------------------------------------------
// Revisions
// ---------------------------------------------------------------------------------------------

const hoursSchema = z
  .string()
  .trim()
  .regex(/^\d{1,4}(\.\d{1,2})?$/, 'validation.decimal');

/** One priority of the SLA's response and resolution table. */
export const slaRowSchema = z.object({
  priority: requiredText(20),
  label: requiredText(100),
  description: optionalText(500),
  responseHours: hoursSchema,
  /** '' when the priority has no resolution time. */
  resolutionHours: z.union([z.literal(''), hoursSchema]),
});
export type SlaRow = z.infer<typeof slaRowSchema>;

/**
 * A revision of a contract: the variables it is rendered with (name → text as entered, e.g.
 * 'contract.termMonths' → '24', 'sla.availability' → '99.5'), the SLA table, and once sent its
 * frozen content hash. Signing stores the signed PDF (bytes in the blob store) and locks it.
 */
export const contractRevisionInputSchema = z.object({
  contractId: idSchema,
  number: z.number().int().min(1),
  variables: z.record(z.string().max(80), z.string().max(20_000)),
  slaTable: z.array(slaRowSchema).max(10),
  /** SHA-256 of the revision's content, set when it is sent ('' while editable). */
  contentHash: sha256OrEmpty,
  frozenAt: z.string().max(40),
  /** The PDF as it was signed (blob store), its SHA-256, and when signing completed. */
  signedPdfSha256: sha256OrEmpty,
  signedPdfSize: z.number().int().min(0),
  signedAt: z.string().max(40),
});
export type ContractRevisionInput = z.infer<typeof contractRevisionInputSchema>;
export type ContractRevision = ContractRevisionInput & RowMeta;

/** A revision is editable until sent; a signed one is locked for good. */
export const isRevisionFrozen = (revision: Pick<ContractRevisionInput, 'contentHash'>): boolean =>
  revision.contentHash !== '';
export const isRevisionSigned = (
  revision: Pick<ContractRevisionInput, 'signedPdfSha256'>,
): boolean => revision.signedPdfSha256 !== '';

/**
 * A clause as a revision uses it, ordered by `position` (fractional index, as offer lines).
 * `clauseId` names the library clause ('' for a clause written only in this contract); `body`
 * is the text of the chosen negotiation position, possibly edited (`modified`).
 */
export const contractRevisionClauseInputSchema = z.object({
  contractId: idSchema,
  revisionId: idSchema,
  clauseId: z.string().max(64),
  /** The library clause's key (references `{{ref:<key>}}` resolve by it). */
  key: z.string().max(80),
  position: z.string().min(1).max(200),
  negotiation: z.enum(NEGOTIATION_POSITIONS),
  title: requiredText(200),
  body: requiredText(20_000),
  modified: z.boolean(),
  category: clauseCategorySchema,
  covers: completenessItemsSchema,
  /** The library version the text came from. */
  libraryVersion: z.string().max(20),
});
export type ContractRevisionClauseInput = z.infer<typeof contractRevisionClauseInputSchema>;
export type ContractRevisionClause = ContractRevisionClauseInput & RowMeta;

// ---------------------------------------------------------------------------------------------
// Signatures
// ---------------------------------------------------------------------------------------------

export const signerRoles = ['company', 'client'] as const;
export type SignerRoleName = (typeof signerRoles)[number];

/** A signature drawn on site for one party; the PNG lives in the blob store. */
export const contractSignatureInputSchema = z.object({
  contractId: idSchema,
  revisionId: idSchema,
  role: z.enum(signerRoles),
  name: requiredText(200),
  function: optionalText(200),
  place: requiredText(200),
  date: isoDateSchema,
  signedAt: z.string().min(1).max(40),
  pngSha256: z.string().regex(/^[0-9a-f]{64}$/),
  device: optionalText(300),
  appVersion: optionalText(40),
});
export type ContractSignatureInput = z.infer<typeof contractSignatureInputSchema>;
export type ContractSignature = ContractSignatureInput & RowMeta;
