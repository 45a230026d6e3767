import {
  battlecardInputSchema,
  competitorAttachmentInputSchema,
  competitorInputSchema,
  emptyBattlecardInput,
} from '#shared/domain/analyses';
import type {
  Battlecard,
  BattlecardInput,
  Competitor,
  CompetitorAttachment,
  CompetitorAttachmentInput,
  CompetitorInput,
} from '#shared/domain/analyses';
import { sha256Hex } from '#shared/hash';
import { MAX_BLOB_BYTES } from '../core/blobs.repository';
import type { BlobRepository } from '../core/blobs.repository';
import type { QuotientDb, SyncedRow } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { RowNotFoundError, ValidationError, parseInput } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import {
  commit,
  definedOnly,
  loadRow,
  omitKeys,
  patchRow,
  queueNew,
  toEntity,
} from '../core/write';
import type { WriteBatch, WriteContext } from '../core/write';

/** Names in German alphabetical order (ä with a), then id, so the order is the same everywhere. */
const byName = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  a.name.localeCompare(b.name, 'de', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1);

/** Competitors; `list` by name without the deleted ones, `listAll` with them (win/loss keeps history). */
export type CompetitorsRepository = EntityRepository<CompetitorInput, Competitor> & {
  /** Every competitor, deleted ones included, by name. */
  listAll(): Promise<Competitor[]>;
};

/** The competitors repository. */
export function createCompetitorsRepository(ctx: WriteContext): CompetitorsRepository {
  const competitors = createEntityRepository({
    ctx,
    table: 'competitors',
    schema: competitorInputSchema,
    compare: byName,
  });
  return {
    ...omitKeys(competitors, ['listBy']),
    async listAll() {
      return (await ctx.db.competitors.toArray()).map(toEntity).sort(byName);
    },
  };
}

/** What `attach` takes: the file's name and type, and its bytes (hash and size are computed). */
export type CompetitorAttachmentFile = { name: string; mimeType: string; bytes: Uint8Array };

/** Files kept on competitors (datasheets, price lists); the bytes live in `blobs`. */
export type CompetitorAttachmentsRepository = EntityRepository<
  CompetitorAttachmentInput,
  CompetitorAttachment
> & {
  /**
   * Stores the bytes by SHA-256 in the blob store, then the row. Everything is checked first
   * (name, type, size, the competitor): bad input stores nothing.
   */
  attach(competitorId: string, file: CompetitorAttachmentFile): Promise<CompetitorAttachment>;
  /** The attachment's bytes; RowNotFoundError when the row or (not yet synced) its bytes are missing. */
  readBytes(id: string): Promise<Uint8Array>;
  /** The competitor's attachments not deleted, by name. */
  listFor(competitorId: string): Promise<CompetitorAttachment[]>;
};

const attachmentMetaSchema = competitorAttachmentInputSchema.omit({ sha256: true, size: true });

const bytesIssue = (message: string, input: unknown): ValidationIssue =>
  ({ code: 'custom', path: ['bytes'], message, input }) as ValidationIssue;

/** Throws RowNotFoundError unless the competitor exists and is not deleted. */
async function requireLiveCompetitor(db: QuotientDb, batch: WriteBatch | undefined, id: string) {
  const row = batch?.pending('competitors', id) ?? (await db.competitors.get(id));
  if (!row || row.deleted) throw new RowNotFoundError('competitors', id);
}

/** The competitor attachments repository; bytes go through `blobs` like datasheets. */
export function createCompetitorAttachmentsRepository(
  ctx: WriteContext,
  blobs: BlobRepository,
): CompetitorAttachmentsRepository {
  const { db } = ctx;
  const attachments = createEntityRepository({
    ctx,
    table: 'competitorAttachments',
    schema: competitorAttachmentInputSchema,
    references: { competitorId: 'competitors' },
    compare: byName,
  });
  return {
    ...omitKeys(attachments, ['listBy']),
    async attach(competitorId, { bytes, ...file }) {
      const meta = parseInput(attachmentMetaSchema, { ...file, competitorId });
      if (!(bytes instanceof Uint8Array)) {
        throw new ValidationError([bytesIssue('bytes expected', bytes)]);
      }
      if (bytes.byteLength > MAX_BLOB_BYTES) {
        throw new ValidationError([
          bytesIssue(`a file of at most ${MAX_BLOB_BYTES} bytes`, bytes.byteLength),
        ]);
      }
      await requireLiveCompetitor(db, undefined, competitorId);
      const sha256 = await sha256Hex(bytes);
      const fields = parseInput(competitorAttachmentInputSchema, {
        ...meta,
        sha256,
        size: bytes.byteLength,
      });
      // Blob first: a row must never point at bytes this device does not have (sync uploads
      // blobs before the rows that reference them). A failed row write leaves an unused blob only.
      await blobs.put({ data: bytes, type: meta.mimeType });
      return commit(ctx, ['competitors', 'competitorAttachments'], async (batch, stamp) => {
        await requireLiveCompetitor(db, batch, competitorId);
        return queueNew({ batch, stamp, table: 'competitorAttachments', fields });
      });
    },
    async readBytes(id) {
      const row = await db.competitorAttachments.get(id);
      if (!row) throw new RowNotFoundError('competitorAttachments', id);
      const blob = await blobs.get(row.sha256);
      if (!blob) throw new RowNotFoundError('blobs', row.sha256);
      return blob.data;
    },
    listFor: (competitorId) => attachments.listBy('competitorId', competitorId),
  };
}

/** What `save` changes on a competitor's battlecard (the competitor is given apart). */
export type BattlecardPatch = Partial<Omit<BattlecardInput, 'competitorId'>>;

/** Battlecards: one per competitor (create refuses a second one). */
export type BattlecardsRepository = EntityRepository<BattlecardInput, Battlecard> & {
  /** The competitor's battlecard (not deleted); undefined when it has none. */
  forCompetitor(competitorId: string): Promise<Battlecard | undefined>;
  /** Creates the competitor's battlecard (empty fields plus `patch`) or changes it, in one write. */
  save(competitorId: string, patch: BattlecardPatch): Promise<Battlecard>;
};

type StoredBattlecard = SyncedRow['battlecards'];

/**
 * The competitor's live battlecard as stored. Two devices may each have made one offline: the
 * oldest (UUIDv7 ids sort by creation) is the one shown and changed.
 */
async function storedBattlecard(
  db: QuotientDb,
  competitorId: string,
): Promise<StoredBattlecard | undefined> {
  const rows = await db.battlecards.where('competitorId').equals(competitorId).toArray();
  return rows.filter((row) => !row.deleted).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

const duplicateBattlecard = (competitorId: string) =>
  new ValidationError([
    {
      code: 'custom',
      path: ['competitorId'],
      message: 'validation.duplicate',
      input: competitorId,
    } as ValidationIssue,
  ]);

/** The battlecards repository. */
export function createBattlecardsRepository(ctx: WriteContext): BattlecardsRepository {
  const { db } = ctx;
  const battlecards = createEntityRepository({
    ctx,
    table: 'battlecards',
    schema: battlecardInputSchema,
    references: { competitorId: 'competitors' },
    sortKey: (row) => row.competitorId,
    async check(_db, _batch, inputs, existing) {
      const seen = new Set<string>();
      for (const { competitorId } of inputs) {
        if (existing?.competitorId === competitorId) continue;
        const stored = await storedBattlecard(db, competitorId);
        if (seen.has(competitorId) || stored) throw duplicateBattlecard(competitorId);
        seen.add(competitorId);
      }
    },
  });
  return {
    ...omitKeys(battlecards, ['listBy']),
    async forCompetitor(competitorId) {
      const row = await storedBattlecard(db, competitorId);
      return row && toEntity(row);
    },
    save(competitorId, patch) {
      const changes = definedOnly(omitKeys(patch as BattlecardInput, ['competitorId']));
      return commit(ctx, ['competitors', 'battlecards'], async (batch, stamp) => {
        const existing = await storedBattlecard(db, competitorId);
        const base = existing ?? emptyBattlecardInput(competitorId);
        const fields = parseInput(battlecardInputSchema, { ...base, ...changes, competitorId });
        if (!existing) {
          await loadRow(db, 'competitors', competitorId);
          return queueNew({ batch, stamp, table: 'battlecards', fields });
        }
        const written = patchRow({ table: 'battlecards', existing, next: fields, stamp });
        batch.put('battlecards', written);
        return toEntity(written?.row ?? existing);
      });
    },
  };
}
