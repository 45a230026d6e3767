import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import {
  checkSlaResponseTable,
  completeness,
  selectClauses,
  upcomingNoticeDeadlines,
} from '#shared/contracts';
import type {
  ClauseCategory,
  ContractLanguage,
  ContractType,
  MissingItem,
  NegotiationPosition,
  NoticeDeadline,
  OfferFacts,
} from '#shared/contracts';
import { clauseLibrary } from '#shared/contracts/library';
import { SigningInputError, checkSignature } from '#shared/contracts/signing';
import type { SignerRole } from '#shared/contracts/signing';
import { isCalendarDate } from '#shared/domain/calendar-date';
import {
  CONTRACT_STATUS_MOVES,
  contractInputSchema,
  contractRevisionClauseInputSchema,
  contractRevisionInputSchema,
  contractSignatureInputSchema,
  contractStatuses,
  isRevisionFrozen,
  isRevisionSigned,
  shippedClauseId,
  slaRowSchema,
} from '#shared/domain/contracts';
import type {
  Contract,
  ContractClause,
  ContractRevision,
  ContractRevisionClause,
  ContractSignature,
  ContractStatus,
  SlaRow,
} from '#shared/domain/contracts';
import { sha256Hex } from '#shared/hash';
import { canonicalContent, contentHash } from '#shared/contracts/content-hash';
import { newId } from '#shared/ids';
import { byPosition } from '#shared/ordering';
import { MAX_BLOB_BYTES } from '../core/blobs.repository';
import type { BlobRepository } from '../core/blobs.repository';
import type { QuotientDb, SyncedRow } from '../core/database';
import { RowNotFoundError, ValidationError, parseInput, parseMany } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import {
  ROW_META_KEYS,
  commit,
  loadRow,
  omitKeys,
  patchRow,
  queueNew,
  setDeleted,
  toEntity,
} from '../core/write';
import type { RowFields, Stamp, WriteBatch, WriteContext } from '../core/write';
import { positionBody, queueLibrary, rowClause } from './clauses.repository';
import { ContractIncompleteError, ContractStatusError, RevisionLockedError } from './errors';
import {
  initialSlaTable,
  initialVariables,
  readContractSources,
  sourceFacts,
} from './offer-variables';

type StoredContract = SyncedRow['contracts'];
type StoredRevision = SyncedRow['contractRevisions'];
type StoredClause = SyncedRow['contractRevisionClauses'];
type ClauseFields = RowFields<StoredClause>;
type RevisionFields = RowFields<StoredRevision>;

export type CreateContractArgs = {
  clientId: string;
  /** The offer revision drafted from ('' none). */
  offerId: string;
  type: ContractType;
  language: ContractLanguage;
  title?: string;
};

/** A clause written only in this contract (no library clause). */
export type CustomClauseInput = { title: string; body: string; category: ClauseCategory };

/** One signature drawn on site, as `sign` takes it. */
export type ContractSignatureDraft = {
  role: SignerRole;
  name: string;
  function: string;
  place: string;
  date: string;
  signedAt: string;
  png: Uint8Array;
  /** Points the pad recorded (optional; fewer than the core's minimum mean an empty pad). */
  strokePoints?: number;
};

export type SignContractArgs = {
  signatures: ContractSignatureDraft[];
  /** The PDF as signed (with the signature images and audit page). */
  signedPdf: Uint8Array;
  device: string;
  appVersion: string;
};

export type VerifySignedResult = { ok: boolean; expected: string; actual: string | null };

export type RevisionContent = { revision: ContractRevision; clauses: ContractRevisionClause[] };

export type ContractsRepository = {
  /** A new contract with revision 1 (draft) from a client and an offer revision ('' none). */
  createFromOffer(
    args: CreateContractArgs,
  ): Promise<{ contract: Contract; revision: ContractRevision }>;
  /** Any contract, deleted ones included. */
  get(id: string): Promise<Contract | undefined>;
  /** Contracts not deleted, newest first. */
  list(): Promise<Contract[]>;
  /** The client's contracts not deleted, newest first. */
  listForClient(clientId: string): Promise<Contract[]>;
  update(id: string, patch: { title?: string; language?: ContractLanguage }): Promise<Contract>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** The contract's revisions by number. */
  listRevisions(contractId: string): Promise<ContractRevision[]>;
  getRevision(id: string): Promise<ContractRevision | undefined>;
  /** A revision and its clauses in order. */
  revisionContent(revisionId: string): Promise<RevisionContent>;
  /** The signatures of a revision, company first. */
  listSignatures(revisionId: string): Promise<ContractSignature[]>;
  setVariable(contractId: string, name: string, value: string): Promise<ContractRevision>;
  setSlaTable(contractId: string, rows: SlaRow[]): Promise<ContractRevision>;
  addClause(contractId: string, clauseId: string, index?: number): Promise<ContractRevisionClause>;
  addCustomClause(
    contractId: string,
    clause: CustomClauseInput,
    index?: number,
  ): Promise<ContractRevisionClause>;
  removeClause(contractId: string, revisionClauseId: string): Promise<void>;
  moveClause(
    contractId: string,
    revisionClauseId: string,
    toIndex: number,
  ): Promise<ContractRevisionClause>;
  setNegotiation(
    contractId: string,
    revisionClauseId: string,
    position: NegotiationPosition,
  ): Promise<ContractRevisionClause>;
  editClause(
    contractId: string,
    revisionClauseId: string,
    edit: { title?: string; body: string },
  ): Promise<ContractRevisionClause>;
  resetClause(contractId: string, revisionClauseId: string): Promise<ContractRevisionClause>;
  /** What is missing before the current revision can be sent (empty: complete). */
  missingItems(contractId: string): Promise<MissingItem[]>;
  /**
   * The facts of a client and offer ('' none) that clause conditions and the EVB-IT
   * recommendation read (public sector from the client's industry and tags).
   */
  factsFor(clientId: string, offerId: string): Promise<OfferFacts>;
  setStatus(contractId: string, next: ContractStatus): Promise<Contract>;
  sign(contractId: string, args: SignContractArgs): Promise<Contract>;
  verifySigned(contractId: string, revisionId?: string): Promise<VerifySignedResult>;
  terminate(contractId: string, terminatedOn: string): Promise<Contract>;
  /** Signed, not terminated contracts whose last notice date falls within `days` of `asOf`. */
  noticeDeadlines(
    asOf: string,
    days?: number,
  ): Promise<(Omit<NoticeDeadline, 'id'> & { contract: Contract })[]>;
};

const CONTRACT_TABLES = [
  'contracts',
  'contractRevisions',
  'contractRevisionClauses',
  'contractClauses',
  'contractSignatures',
] as const;

const issue = (path: PropertyKey[], message: string, input?: unknown): ValidationIssue =>
  ({ code: 'custom', path, message, input }) as ValidationIssue;
const invalid = (path: PropertyKey[], message: string, input?: unknown) =>
  new ValidationError([issue(path, message, input)]);

/** Newest first: by creation time, then id (UUIDv7 ids sort by creation). */
const newestFirst = (a: Contract, b: Contract): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1;

// ---------------------------------------------------------------------------------------------
// Content hash
// ---------------------------------------------------------------------------------------------

export { canonicalContent, contentHash };

/** The revision changed between hashing and freezing it (another tab or a pull): hash again. */
class ContentMovedError extends Error {}

// ---------------------------------------------------------------------------------------------
// Variables
// ---------------------------------------------------------------------------------------------

const WHOLE = /^\d{1,4}$/;
const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/**
 * Checks a variable's new value against the others (throws ValidationError at the variable's name;
 * nothing is written). Unknown names are free variables: any text.
 */
export function checkVariable(
  name: unknown,
  value: unknown,
  variables: Readonly<Record<string, string>>,
): void {
  if (typeof name !== 'string' || name.length > 80 || !VARIABLE_NAME.test(name))
    throw invalid(['name'], 'validation.format', name);
  if (typeof value !== 'string') throw invalid([name], 'validation.invalid', value);
  if (value.length > 20_000) throw invalid([name], 'validation.tooLong', value.length);
  const text = value.trim();
  const fail = (message: string) => invalid([name], message, value);
  const months = (other: string): number | null => {
    const raw = (variables[other] ?? '').trim();
    return WHOLE.test(raw) ? Number(raw) : null;
  };
  switch (name) {
    case 'contract.termMonths': {
      if (text === '') return;
      if (!WHOLE.test(text) || Number(text) < 1) throw fail('validation.wholeMonths');
      const notice = months('contract.noticeMonths');
      if (notice !== null && notice > Number(text)) throw fail('validation.noticeLongerThanTerm');
      return;
    }
    case 'contract.noticeMonths': {
      if (text === '') return;
      if (text.startsWith('-')) throw fail('validation.negative');
      if (!WHOLE.test(text)) throw fail('validation.format');
      const term = months('contract.termMonths');
      if (term !== null && Number(text) > term) throw fail('validation.noticeLongerThanTerm');
      return;
    }
    case 'contract.renewalMonths':
      if (text === '') return;
      if (text.startsWith('-')) throw fail('validation.negative');
      if (!WHOLE.test(text)) throw fail('validation.format');
      return;
    case 'contract.start':
    case 'contract.date':
      if (text !== '' && !isCalendarDate(text)) throw fail('validation.date');
      return;
    case 'sla.availability': {
      if (text === '') return;
      if (text.startsWith('-')) throw fail('validation.negative');
      if (!/^\d+(\.\d+)?$/.test(text)) throw fail('validation.decimal');
      if (Number(text) > 100) throw fail('validation.slaOver100');
      if (!/^\d+(\.\d{1,3})?$/.test(text)) throw fail('validation.format');
      return;
    }
    default:
  }
}

/** The SLA table issues' texts live with the contracts module: `contracts.sla.issues.<code>`. */
const slaMessage = (code: string): string => `contracts.sla.issues.${code}`;

/** Checks an SLA response table (schema and the core's rules); throws ValidationError at `rows.<n>.<field>`. */
export function checkSlaTable(rows: unknown): SlaRow[] {
  if (!Array.isArray(rows)) throw invalid(['rows'], 'validation.invalid', rows);
  if (rows.length > 10) throw invalid(['rows'], 'validation.tooMany', rows.length);
  const parsed = parseMany(slaRowSchema, rows, ['rows']);
  const problems = checkSlaResponseTable(
    parsed.map((row) => ({
      ...row,
      resolutionHours: row.resolutionHours === '' ? null : row.resolutionHours,
    })),
  );
  if (problems.length > 0) {
    throw new ValidationError(
      problems.map(({ row, field, code }) =>
        issue(['rows', row, field], slaMessage(code), parsed[row]?.[field]),
      ),
    );
  }
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// The editable draft of a contract inside a write
// ---------------------------------------------------------------------------------------------

type WorkClause = { id: string; stored?: StoredClause; fields: ClauseFields };

/**
 * The contract's current revision as it will be after the write: edits change `revision` and
 * `clauses` in memory; `save` queues new rows or the changed fields. A sent revision becomes a
 * fresh copy (n+1), so rows created here are never patched with the write's own stamp.
 */
type Work = {
  contract: StoredContract;
  revisionId: string;
  stored?: StoredRevision;
  revision: RevisionFields;
  /** Live clauses in order. */
  clauses: WorkClause[];
  /** Clauses removed in this write. */
  removed: WorkClause[];
  /** Clause ids of the revision copied from → their copies. */
  copies: Map<string, string>;
};

async function liveClauses(db: QuotientDb, revisionId: string): Promise<StoredClause[]> {
  const rows = await db.contractRevisionClauses.where('revisionId').equals(revisionId).toArray();
  return rows.filter((row) => !row.deleted).sort(byPosition);
}

async function loadLiveContract(db: QuotientDb, id: string): Promise<StoredContract> {
  const contract = await loadRow(db, 'contracts', id);
  if (contract.deleted) throw new RowNotFoundError('contracts', id);
  return contract;
}

const clauseFields = (row: StoredClause): ClauseFields =>
  omitKeys(row, ROW_META_KEYS) as ClauseFields;
const revisionFields = (row: StoredRevision): RevisionFields =>
  omitKeys(row, ROW_META_KEYS) as RevisionFields;

/** Opens the current revision for an edit: RevisionLockedError when signed, a copy n+1 when sent. */
async function openWork(db: QuotientDb, contractId: string): Promise<Work> {
  const contract = await loadLiveContract(db, contractId);
  const current = await loadRow(db, 'contractRevisions', contract.currentRevisionId);
  if (
    isRevisionSigned(current) ||
    contract.status === 'signed' ||
    contract.status === 'terminated'
  ) {
    throw new RevisionLockedError(contractId, current.id);
  }
  const clauses = await liveClauses(db, current.id);
  if (!isRevisionFrozen(current)) {
    return {
      contract,
      revisionId: current.id,
      stored: current,
      revision: revisionFields(current),
      clauses: clauses.map((row) => ({ id: row.id, stored: row, fields: clauseFields(row) })),
      removed: [],
      copies: new Map(),
    };
  }
  const revisions = await db.contractRevisions.where('contractId').equals(contractId).toArray();
  const number = Math.max(...revisions.map((row) => row.number)) + 1;
  const revisionId = newId();
  const copies = new Map<string, string>();
  return {
    contract,
    revisionId,
    revision: {
      contractId,
      number,
      variables: { ...current.variables },
      slaTable: current.slaTable.map((row) => ({ ...row })),
      contentHash: '',
      frozenAt: '',
      signedPdfSha256: '',
      signedPdfSize: 0,
      signedAt: '',
    },
    clauses: clauses.map((row) => {
      const id = newId();
      copies.set(row.id, id);
      return { id, fields: { ...clauseFields(row), revisionId } };
    }),
    removed: [],
    copies,
  };
}

/** Queues what the work changed; the contract moves to the new revision (as a draft) when copied. */
function saveWork(batch: WriteBatch, stamp: Stamp, work: Work): void {
  if (work.stored) {
    batch.put(
      'contractRevisions',
      patchRow({ table: 'contractRevisions', existing: work.stored, next: work.revision, stamp }),
    );
  } else {
    const fields = parseInput(contractRevisionInputSchema, work.revision);
    queueNew({ batch, stamp, table: 'contractRevisions', fields, id: work.revisionId });
    batch.put(
      'contracts',
      patchRow({
        table: 'contracts',
        existing: work.contract,
        next: { currentRevisionId: work.revisionId, status: 'draft' },
        stamp,
      }),
    );
  }
  for (const clause of work.clauses) {
    const fields = parseInput(contractRevisionClauseInputSchema, clause.fields);
    if (clause.stored) {
      batch.put(
        'contractRevisionClauses',
        patchRow({
          table: 'contractRevisionClauses',
          existing: clause.stored,
          next: fields,
          stamp,
        }),
      );
    } else {
      queueNew({ batch, stamp, table: 'contractRevisionClauses', fields, id: clause.id });
    }
  }
  for (const clause of work.removed) {
    if (!clause.stored) continue;
    batch.put(
      'contractRevisionClauses',
      patchRow({
        table: 'contractRevisionClauses',
        existing: clause.stored,
        next: { deleted: true },
        stamp,
      }),
    );
  }
}

const clauseEntity = (work: Work, clause: WorkClause, stamp: Stamp): ContractRevisionClause =>
  clause.stored
    ? ({
        ...toEntity(clause.stored),
        ...clause.fields,
        updatedAt: stamp.at,
        updatedBy: stamp.by,
      } as ContractRevisionClause)
    : ({
        id: clause.id,
        ...clause.fields,
        createdAt: stamp.at,
        updatedAt: stamp.at,
        createdBy: stamp.by,
        updatedBy: stamp.by,
        deleted: false,
      } as ContractRevisionClause);

function findClause(work: Work, revisionClauseId: string): WorkClause {
  const id = work.copies.get(revisionClauseId) ?? revisionClauseId;
  const clause = work.clauses.find((candidate) => candidate.id === id);
  if (!clause) throw new RowNotFoundError('contractRevisionClauses', revisionClauseId);
  return clause;
}

function checkIndex(index: unknown, max: number, field: string): number {
  if (index === undefined) return max;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > max)
    throw invalid([field], 'validation.invalid', index);
  return index;
}

/** Puts `clause` at `index` of the work's clauses with a position between its neighbours. */
function placeClause(work: Work, clause: WorkClause, index: number): void {
  const list = work.clauses.filter((candidate) => candidate !== clause);
  const before = list[index - 1]?.fields.position ?? null;
  const after = list[index]?.fields.position ?? null;
  list.splice(index, 0, clause);
  if (before !== null && after !== null && before >= after) {
    // Two devices gave clauses one key: spread them all again.
    const keys = generateNKeysBetween(null, null, list.length);
    list.forEach((row, at) => (row.fields = { ...row.fields, position: keys[at]! }));
  } else {
    clause.fields = { ...clause.fields, position: generateKeyBetween(before, after) };
  }
  work.clauses = list;
}

async function libraryRow(db: QuotientDb, clauseId: string): Promise<ContractClause | undefined> {
  if (clauseId === '') return undefined;
  const row = await db.contractClauses.get(clauseId);
  return row && (toEntity(row) as ContractClause);
}

// ---------------------------------------------------------------------------------------------
// The repository
// ---------------------------------------------------------------------------------------------

/** The contracts repository (drafting, revisions, status, signing). */
export function createContractsRepository(
  ctx: WriteContext,
  blobs: BlobRepository,
): ContractsRepository {
  const { db } = ctx;
  const write = <R>(build: (batch: WriteBatch, stamp: Stamp) => Promise<R>) =>
    commit(ctx, CONTRACT_TABLES, build);

  /** Runs an edit of the current revision in one write. */
  const edit = <R>(contractId: string, change: (work: Work, stamp: Stamp) => Promise<R> | R) =>
    write(async (batch, stamp) => {
      const work = await openWork(db, contractId);
      const result = await change(work, stamp);
      saveWork(batch, stamp, work);
      return result;
    });

  const contractOf = async (id: string) => toEntity(await loadRow(db, 'contracts', id)) as Contract;

  // An existing contract's offer or client may since have been deleted: its facts still count.
  const facts = async (contract: Pick<Contract, 'clientId' | 'offerId'>) =>
    sourceFacts(
      await readContractSources(db, contract.clientId, contract.offerId, { keepDeleted: true }),
    );

  const missingFor = async (contract: Contract, revisionId: string): Promise<MissingItem[]> => {
    const clauses = await liveClauses(db, revisionId);
    return completeness(contract.type, clauses, {
      facts: await facts(contract),
      language: contract.language,
    });
  };

  /** The current revision's canonical content and its hash, read outside a write. */
  const hashCurrent = async (contractId: string) => {
    const contract = await loadRow(db, 'contracts', contractId);
    const revision = await loadRow(db, 'contractRevisions', contract.currentRevisionId);
    const content = canonicalContent(revision, await liveClauses(db, revision.id));
    return { revisionId: revision.id, content, hash: await sha256Hex(content) };
  };

  const requireRequired = async (clause: WorkClause, contract: StoredContract) => {
    const library = await libraryRow(db, clause.fields.clauseId);
    if (library?.requiredFor.includes(contract.type))
      throw invalid(['revisionClauseId'], 'validation.requiredClause', clause.id);
  };

  return {
    async createFromOffer(args) {
      const { clientId, offerId, type, language, title } = args ?? ({} as CreateContractArgs);
      const parsed = parseInput(
        contractInputSchema.pick({ clientId: true, offerId: true, type: true, language: true }),
        { clientId, offerId, type, language },
      );
      if (title !== undefined) parseInput(contractInputSchema.pick({ title: true }), { title });
      const sources = await readContractSources(db, parsed.clientId, parsed.offerId);
      if (sources.offer && sources.offer.clientId !== parsed.clientId)
        throw invalid(['offerId'], 'validation.invalid', offerId);
      const contractFacts = sourceFacts(sources);
      return write(async (batch, stamp) => {
        await queueLibrary(db, batch, stamp);
        const stored = await db.contractClauses.where('language').equals(parsed.language).toArray();
        const pending = clauseLibrary
          .filter((clause) => clause.language === parsed.language)
          .map((clause) =>
            batch.pending('contractClauses', shippedClauseId(clause.language, clause.id)),
          )
          .filter((row): row is SyncedRow['contractClauses'] => row !== undefined);
        const rows = [...stored, ...pending.filter((row) => !stored.some((s) => s.id === row.id))]
          .filter((row) => !row.deleted)
          // Shipped clauses in library order, custom ones after them.
          .sort((a, b) => libraryIndex(a) - libraryIndex(b) || (a.id < b.id ? -1 : 1));
        const byKey = new Map(rows.map((row) => [row.key, row]));
        const chosen = selectClauses(
          rows.map((row) => rowClause(row)),
          { type: parsed.type, facts: contractFacts, language: parsed.language },
        ).map((clause) => byKey.get(clause.id)!);
        const today = localDate(stamp.at);
        const contractId = newId();
        const revisionId = newId();
        const contract = queueNew({
          batch,
          stamp,
          table: 'contracts',
          id: contractId,
          fields: parseInput(contractInputSchema, {
            ...parsed,
            title: title ?? defaultTitle(parsed.type, parsed.language, sources.client.name),
            status: 'draft',
            currentRevisionId: revisionId,
            terminatedOn: '',
          }),
        });
        const revision = queueNew({
          batch,
          stamp,
          table: 'contractRevisions',
          id: revisionId,
          fields: parseInput(contractRevisionInputSchema, {
            contractId,
            number: 1,
            variables: initialVariables(sources, parsed.language, today),
            slaTable: initialSlaTable(parsed.language),
            contentHash: '',
            frozenAt: '',
            signedPdfSha256: '',
            signedPdfSize: 0,
            signedAt: '',
          }),
        });
        const keys = generateNKeysBetween(null, null, chosen.length);
        chosen.forEach((row, index) => {
          queueNew({
            batch,
            stamp,
            table: 'contractRevisionClauses',
            fields: {
              contractId,
              revisionId,
              clauseId: row.id,
              key: row.key,
              position: keys[index]!,
              negotiation: 'preferred',
              title: row.title,
              body: row.body,
              modified: false,
              category: row.category,
              covers: [...row.covers],
              libraryVersion: row.version,
            },
          });
        });
        return { contract: contract as Contract, revision: revision as ContractRevision };
      });
    },

    async get(id) {
      const row = await db.contracts.get(id);
      return row && (toEntity(row) as Contract);
    },
    async list() {
      const rows = await db.contracts.toArray();
      return rows
        .filter((row) => !row.deleted)
        .map((row) => toEntity(row) as Contract)
        .sort(newestFirst);
    },
    async listForClient(clientId) {
      const rows = await db.contracts.where('clientId').equals(clientId).toArray();
      return rows
        .filter((row) => !row.deleted)
        .map((row) => toEntity(row) as Contract)
        .sort(newestFirst);
    },
    update(id, patch) {
      const { title, language } = patch ?? {};
      return write(async (batch, stamp) => {
        const existing = await loadRow(db, 'contracts', id);
        const next = parseInput(contractInputSchema, {
          ...existing,
          ...(title === undefined ? {} : { title }),
          ...(language === undefined ? {} : { language }),
        });
        if (language !== undefined && language !== existing.language) {
          // The language decides how the sent text reads: only while the current revision is
          // editable (a sent one: ContractStatusError, `to` 'draft' — edit it first).
          const current = await loadRow(db, 'contractRevisions', existing.currentRevisionId);
          if (isRevisionSigned(current)) throw new RevisionLockedError(id, current.id);
          if (isRevisionFrozen(current))
            throw new ContractStatusError(id, existing.status, 'draft');
        }
        const written = patchRow({
          table: 'contracts',
          existing,
          next: { title: next.title, language: next.language },
          stamp,
        });
        batch.put('contracts', written);
        return toEntity(written?.row ?? existing) as Contract;
      });
    },
    remove: (id) => setDeleted(ctx, 'contracts', id, true),
    restore: (id) => setDeleted(ctx, 'contracts', id, false),

    async listRevisions(contractId) {
      const rows = await db.contractRevisions.where('contractId').equals(contractId).toArray();
      return rows
        .filter((row) => !row.deleted)
        .map((row) => toEntity(row) as ContractRevision)
        .sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : 1));
    },
    async getRevision(id) {
      const row = await db.contractRevisions.get(id);
      return row && (toEntity(row) as ContractRevision);
    },
    async revisionContent(revisionId) {
      const revision = await loadRow(db, 'contractRevisions', revisionId);
      const clauses = await liveClauses(db, revisionId);
      return {
        revision: toEntity(revision) as ContractRevision,
        clauses: clauses.map((row) => toEntity(row) as ContractRevisionClause),
      };
    },
    async listSignatures(revisionId) {
      const rows = await db.contractSignatures.where('revisionId').equals(revisionId).toArray();
      const rank = (role: string) => (role === 'company' ? 0 : 1);
      return rows
        .filter((row) => !row.deleted)
        .map((row) => toEntity(row) as ContractSignature)
        .sort((a, b) => rank(a.role) - rank(b.role) || (a.id < b.id ? -1 : 1));
    },

    async setVariable(contractId, name, value) {
      return edit(contractId, (work, stamp) => {
        checkVariable(name, value, work.revision.variables);
        work.revision = {
          ...work.revision,
          variables: { ...work.revision.variables, [name]: value },
        };
        return revisionEntity(work, stamp);
      });
    },
    async setSlaTable(contractId, rows) {
      const table = checkSlaTable(rows);
      return edit(contractId, (work, stamp) => {
        work.revision = { ...work.revision, slaTable: table };
        return revisionEntity(work, stamp);
      });
    },
    async addClause(contractId, clauseId, index) {
      if (typeof clauseId !== 'string' || clauseId === '')
        throw invalid(['clauseId'], 'validation.required', clauseId);
      return edit(contractId, async (work, stamp) => {
        const at = checkIndex(index, work.clauses.length, 'index');
        const library = await libraryRow(db, clauseId);
        if (!library || library.deleted) throw new RowNotFoundError('contractClauses', clauseId);
        if (library.language !== work.contract.language)
          throw invalid(['clauseId'], 'validation.invalid', clauseId);
        const clause: WorkClause = {
          id: newId(),
          fields: {
            contractId,
            revisionId: work.revisionId,
            clauseId: library.id,
            key: library.key,
            position: 'a0',
            negotiation: 'preferred',
            title: library.title,
            body: library.body,
            modified: false,
            category: library.category,
            covers: [...library.covers],
            libraryVersion: library.version,
          },
        };
        placeClause(work, clause, at);
        return clauseEntity(work, clause, stamp);
      });
    },
    async addCustomClause(contractId, input, index) {
      const { title, body, category } = input ?? ({} as CustomClauseInput);
      const fields = parseInput(
        contractRevisionClauseInputSchema.pick({ title: true, body: true, category: true }),
        { title, body, category },
      );
      return edit(contractId, (work, stamp) => {
        const at = checkIndex(index, work.clauses.length, 'index');
        const clause: WorkClause = {
          id: newId(),
          fields: {
            contractId,
            revisionId: work.revisionId,
            clauseId: '',
            key: '',
            position: 'a0',
            negotiation: 'preferred',
            ...fields,
            modified: false,
            covers: [],
            libraryVersion: '',
          },
        };
        placeClause(work, clause, at);
        return clauseEntity(work, clause, stamp);
      });
    },
    async removeClause(contractId, revisionClauseId) {
      await edit(contractId, async (work) => {
        const clause = findClause(work, revisionClauseId);
        await requireRequired(clause, work.contract);
        work.clauses = work.clauses.filter((candidate) => candidate !== clause);
        work.removed.push(clause);
      });
    },
    async moveClause(contractId, revisionClauseId, toIndex) {
      return edit(contractId, (work, stamp) => {
        const clause = findClause(work, revisionClauseId);
        const at = checkIndex(toIndex, work.clauses.length - 1, 'toIndex');
        if (work.clauses.indexOf(clause) !== at) placeClause(work, clause, at);
        return clauseEntity(work, clause, stamp);
      });
    },
    async setNegotiation(contractId, revisionClauseId, position) {
      if (!(['preferred', 'fallback', 'walk-away'] as unknown[]).includes(position))
        throw invalid(['position'], 'validation.choice', position);
      return edit(contractId, async (work, stamp) => {
        const clause = findClause(work, revisionClauseId);
        const library = await libraryRow(db, clause.fields.clauseId);
        const body = library && positionBody(library, position);
        if (body === undefined) throw invalid(['position'], 'validation.choice', position);
        clause.fields = { ...clause.fields, negotiation: position, body, modified: false };
        return clauseEntity(work, clause, stamp);
      });
    },
    async editClause(contractId, revisionClauseId, change) {
      const { title, body } = change ?? ({} as { body: string });
      const fields = parseInput(contractRevisionClauseInputSchema.pick({ body: true }), { body });
      const titled =
        title === undefined
          ? undefined
          : parseInput(contractRevisionClauseInputSchema.pick({ title: true }), { title }).title;
      return edit(contractId, async (work, stamp) => {
        const clause = findClause(work, revisionClauseId);
        const library = await libraryRow(db, clause.fields.clauseId);
        const original = library && positionBody(library, clause.fields.negotiation);
        clause.fields = {
          ...clause.fields,
          ...(titled === undefined ? {} : { title: titled }),
          body: fields.body,
          modified: original !== undefined && original !== fields.body,
        };
        return clauseEntity(work, clause, stamp);
      });
    },
    async resetClause(contractId, revisionClauseId) {
      return edit(contractId, async (work, stamp) => {
        const clause = findClause(work, revisionClauseId);
        const library = await libraryRow(db, clause.fields.clauseId);
        if (!library) throw invalid(['revisionClauseId'], 'validation.invalid', revisionClauseId);
        const body = positionBody(library, clause.fields.negotiation) ?? library.body;
        const negotiation = positionBody(library, clause.fields.negotiation)
          ? clause.fields.negotiation
          : 'preferred';
        clause.fields = {
          ...clause.fields,
          negotiation,
          title: library.title,
          body,
          modified: false,
          covers: [...library.covers],
          libraryVersion: library.version,
        };
        return clauseEntity(work, clause, stamp);
      });
    },

    factsFor: (clientId, offerId) => facts({ clientId, offerId }),
    async missingItems(contractId) {
      const contract = await contractOf(contractId);
      return missingFor(contract, contract.currentRevisionId);
    },
    async setStatus(contractId, next) {
      if (!(contractStatuses as readonly unknown[]).includes(next))
        throw invalid(['status'], 'validation.choice', next);
      const before = await contractOf(contractId);
      if (before.deleted) throw new RowNotFoundError('contracts', contractId);
      const allowed = CONTRACT_STATUS_MOVES[before.status].includes(next);
      if (!allowed || next === 'signed' || next === 'terminated')
        throw new ContractStatusError(contractId, before.status, next);
      // Read outside the write (offer, client): the facts of the completeness check.
      const sendFacts = next === 'sent' ? await facts(before) : undefined;
      // The hash is computed outside the write (Web Crypto would end the IndexedDB transaction);
      // the write checks the content it froze is still the content hashed, else hashes again.
      for (let attempt = 1; ; attempt += 1) {
        const hashed = next === 'sent' ? await hashCurrent(contractId) : undefined;
        try {
          return await write(async (batch, stamp) => {
            const contract = await loadLiveContract(db, contractId);
            if (!CONTRACT_STATUS_MOVES[contract.status].includes(next))
              throw new ContractStatusError(contractId, contract.status, next);
            const revision = await loadRow(db, 'contractRevisions', contract.currentRevisionId);
            if (isRevisionSigned(revision)) throw new RevisionLockedError(contractId, revision.id);
            if (next === 'sent') {
              const clauses = await liveClauses(db, revision.id);
              const missing = completeness(contract.type, clauses, {
                facts: sendFacts,
                language: contract.language,
              });
              if (missing.length > 0) throw new ContractIncompleteError(contractId, missing);
              if (!isRevisionFrozen(revision)) {
                const content = canonicalContent(revision, clauses);
                if (hashed?.revisionId !== revision.id || hashed.content !== content)
                  throw new ContentMovedError();
                batch.put(
                  'contractRevisions',
                  patchRow({
                    table: 'contractRevisions',
                    existing: revision,
                    next: { contentHash: hashed.hash, frozenAt: stamp.at },
                    stamp,
                  }),
                );
              }
            }
            // Back to draft or review from sent, the sent revision stays frozen: the next edit
            // starts revision n+1.
            const written = patchRow({
              table: 'contracts',
              existing: contract,
              next: { status: next },
              stamp,
            });
            batch.put('contracts', written);
            return toEntity(written?.row ?? contract) as Contract;
          });
        } catch (error) {
          if (!(error instanceof ContentMovedError) || attempt >= 3) throw error;
        }
      }
    },

    async sign(contractId, args) {
      const { signatures, signedPdf, device, appVersion } = args ?? ({} as SignContractArgs);
      if (!Array.isArray(signatures) || signatures.length === 0)
        throw invalid(['signatures'], 'validation.required', signatures);
      if (signatures.length > 2)
        throw invalid(['signatures'], 'validation.tooMany', signatures.length);
      const checked = signatures.map((signature, index) => {
        try {
          const png =
            signature && isBytes(signature.png) ? new Uint8Array(signature.png) : undefined;
          return checkSignature(png ? { ...signature, png } : signature, `signatures.${index}.`);
        } catch (error) {
          if (!(error instanceof SigningInputError)) throw error;
          const path = error.field
            .split('.')
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
          const message =
            error.reason === 'empty'
              ? 'validation.signatureEmpty'
              : error.reason === 'required'
                ? 'validation.required'
                : error.reason === 'date'
                  ? 'validation.date'
                  : 'validation.invalid';
          throw invalid(path, message, undefined);
        }
      });
      const roles = new Set<string>();
      checked.forEach((signature, index) => {
        if (roles.has(signature.role))
          throw invalid(['signatures', index, 'role'], 'validation.duplicate', signature.role);
        roles.add(signature.role);
      });
      // Bytes from another realm (a worker, a test DOM) fail instanceof: recognised by their tag.
      if (!isBytes(signedPdf) || signedPdf.byteLength === 0)
        throw invalid(['signedPdf'], 'validation.required', undefined);
      if (signedPdf.byteLength > MAX_BLOB_BYTES)
        throw invalid(['signedPdf'], 'validation.tooBig', signedPdf.byteLength);
      const meta = parseInput(
        contractSignatureInputSchema.pick({ device: true, appVersion: true }),
        { device: device ?? '', appVersion: appVersion ?? '' },
      );
      const pngHashes = await Promise.all(checked.map((signature) => sha256Hex(signature.png)));
      const pdfHash = await sha256Hex(signedPdf);
      // Checked before any blob is stored: a refused signing leaves nothing behind.
      const before = await contractOf(contractId);
      const current = await loadRow(db, 'contractRevisions', before.currentRevisionId);
      if (isRevisionSigned(current)) throw new RevisionLockedError(contractId, current.id);
      if (before.status !== 'sent' || !isRevisionFrozen(current))
        throw new ContractStatusError(contractId, before.status, 'signed');
      const rows = checked.map((signature, index) =>
        parseInput(
          contractSignatureInputSchema,
          {
            contractId,
            revisionId: current.id,
            role: signature.role,
            name: signature.name,
            function: signature.function ?? '',
            place: signature.place,
            date: signature.date,
            signedAt: signature.signedAt,
            pngSha256: pngHashes[index],
            ...meta,
          },
          ['signatures', index],
        ),
      );
      // Blobs first: a row must never point at bytes this device does not have.
      for (const signature of checked) await blobs.put({ data: signature.png, type: 'image/png' });
      await blobs.put({ data: signedPdf, type: 'application/pdf' });
      return write(async (batch, stamp) => {
        const contract = await loadLiveContract(db, contractId);
        const revision = await loadRow(db, 'contractRevisions', contract.currentRevisionId);
        if (isRevisionSigned(revision)) throw new RevisionLockedError(contractId, revision.id);
        if (contract.status !== 'sent' || !isRevisionFrozen(revision) || revision.id !== current.id)
          throw new ContractStatusError(contractId, contract.status, 'signed');
        for (const fields of rows) queueNew({ batch, stamp, table: 'contractSignatures', fields });
        batch.put(
          'contractRevisions',
          patchRow({
            table: 'contractRevisions',
            existing: revision,
            next: {
              signedPdfSha256: pdfHash,
              signedPdfSize: signedPdf.byteLength,
              signedAt: stamp.at,
            },
            stamp,
          }),
        );
        const written = patchRow({
          table: 'contracts',
          existing: contract,
          next: { status: 'signed' },
          stamp,
        });
        batch.put('contracts', written);
        return toEntity(written?.row ?? contract) as Contract;
      });
    },

    async verifySigned(contractId, revisionId) {
      const contract = await contractOf(contractId);
      const revision = await loadRow(
        db,
        'contractRevisions',
        revisionId ?? contract.currentRevisionId,
      );
      if (revision.contractId !== contractId)
        throw invalid(['revisionId'], 'validation.invalid', revisionId);
      const expected = revision.signedPdfSha256;
      // Not signed: there is nothing to verify.
      if (expected === '') return { ok: false, expected, actual: null };
      // The stored bytes as they are (blobs.get would refuse altered ones before we hash them).
      const blob = await db.blobs.get(expected);
      if (!blob) return { ok: false, expected, actual: null };
      const actual = await sha256Hex(blob.data);
      return { ok: actual === expected, expected, actual };
    },

    async terminate(contractId, terminatedOn) {
      if (typeof terminatedOn !== 'string' || !isCalendarDate(terminatedOn))
        throw invalid(['terminatedOn'], 'validation.date', terminatedOn);
      return write(async (batch, stamp) => {
        const contract = await loadLiveContract(db, contractId);
        if (!CONTRACT_STATUS_MOVES[contract.status].includes('terminated'))
          throw new ContractStatusError(contractId, contract.status, 'terminated');
        const written = patchRow({
          table: 'contracts',
          existing: contract,
          next: { status: 'terminated', terminatedOn },
          stamp,
        });
        batch.put('contracts', written);
        return toEntity(written?.row ?? contract) as Contract;
      });
    },

    async noticeDeadlines(asOf, days = 90) {
      const contracts = (await db.contracts.where('status').equals('signed').toArray()).filter(
        (row) => !row.deleted && row.terminatedOn === '',
      );
      const revisions = await db.contractRevisions.bulkGet(
        contracts.map((contract) => contract.currentRevisionId),
      );
      const watches = contracts.flatMap((contract, index) => {
        const variables = revisions[index]?.variables ?? {};
        const start = (variables['contract.start'] ?? '').trim();
        const termMonths = (variables['contract.termMonths'] ?? '').trim();
        if (start === '' || termMonths === '') return [];
        return [
          {
            id: contract.id,
            start,
            termMonths,
            noticeMonths: (variables['contract.noticeMonths'] ?? '').trim() || '0',
            renewalMonths: (variables['contract.renewalMonths'] ?? '').trim() || '0',
          },
        ];
      });
      const byId = new Map(contracts.map((row) => [row.id, toEntity(row) as Contract]));
      const deadlines: (Omit<NoticeDeadline, 'id'> & { contract: Contract })[] = [];
      // One bad contract (e.g. an impossible date synced in) must not hide the others.
      for (const watch of watches) {
        try {
          for (const { id, ...deadline } of upcomingNoticeDeadlines([watch], { asOf, days })) {
            deadlines.push({ ...deadline, contract: byId.get(id)! });
          }
        } catch (error) {
          if ((error as Error).name !== 'ContractInputError') throw error;
        }
      }
      return deadlines.sort(
        (a, b) => a.daysLeft - b.daysLeft || (a.contract.id < b.contract.id ? -1 : 1),
      );
    },
  };
}

const revisionEntity = (work: Work, stamp: Stamp): ContractRevision =>
  (work.stored
    ? { ...toEntity(work.stored), ...work.revision, updatedAt: stamp.at, updatedBy: stamp.by }
    : {
        id: work.revisionId,
        ...work.revision,
        createdAt: stamp.at,
        updatedAt: stamp.at,
        createdBy: stamp.by,
        updatedBy: stamp.by,
        deleted: false,
      }) as ContractRevision;

/** The calendar day of a moment on this device (the contract date is the local day). */
function localDate(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const isBytes = (value: unknown): value is Uint8Array =>
  Object.prototype.toString.call(value) === '[object Uint8Array]';

const LIBRARY_INDEX = new Map(
  clauseLibrary.map((clause, index) => [shippedClauseId(clause.language, clause.id), index]),
);
const libraryIndex = (row: { id: string }): number =>
  LIBRARY_INDEX.get(row.id) ?? Number.MAX_SAFE_INTEGER;

const TYPE_TITLES: Record<ContractType, Record<ContractLanguage, string>> = {
  werkvertrag: { de: 'Werkvertrag', en: 'Contract for work' },
  dienstvertrag: { de: 'Dienstvertrag', en: 'Service contract' },
  'software-licence': { de: 'Softwarelizenzvertrag', en: 'Software licence agreement' },
  'maintenance-sla': {
    de: 'Wartungs- und Supportvertrag',
    en: 'Maintenance and support agreement',
  },
  saas: { de: 'SaaS-Vertrag', en: 'SaaS agreement' },
  avv: { de: 'Auftragsverarbeitungsvertrag', en: 'Data processing agreement' },
  nda: { de: 'Vertraulichkeitsvereinbarung', en: 'Non-disclosure agreement' },
};

/** "Werkvertrag – Muster GmbH" (cut to the title's 200 characters). */
export function defaultTitle(
  type: ContractType,
  language: ContractLanguage,
  client: string,
): string {
  return `${TYPE_TITLES[type][language]} – ${client}`.slice(0, 200);
}
