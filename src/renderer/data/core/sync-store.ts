import { sha256Hex } from '#shared/hash';
import { newId } from '#shared/ids';
import {
  CONFLICT_EXEMPT_FIELDS,
  batchOutbox,
  concurrentWith,
  mergeChanges,
} from '#shared/sync/engine';
import type { AckMark } from '#shared/sync/engine';
import type {
  ApplyResult,
  MergeableRow,
  OutboxRecordLike,
  SyncLocalStore,
} from '#shared/sync/engine';
import { SHA256_PATTERN } from '#shared/sync/protocol';
import type { PulledChange } from '#shared/sync/protocol';
import type { ParkedSyncChange, SyncConflict } from '#shared/sync/status';
import { checkChange, checkField } from '#shared/sync/synced-fields';
import { newNodeId } from '#shared/sync/hlc';
import type { SyncAccount } from '../../sync/types';
import { BlobIntegrityError, MAX_BLOB_BYTES } from './blobs.repository';
import { syncedTables } from './database';
import type {
  ForeignChange,
  OutboxRecord,
  ParkedChange,
  QuotientDb,
  Stored,
  StoredConflict,
  SyncedRow,
  SyncedTable,
} from './database';
import { RowNotFoundError } from './errors';
import type { CommitEvent } from './notifier';
import {
  addOutboxChanges,
  commit,
  countOutboxChanges,
  fieldCount,
  loadRow,
  patchRow,
  rememberStamp,
} from './write';
import type { RowFields, WriteContext, Written } from './write';

/** syncState keys the sync layer owns. */
export const SYNC_STATE_KEYS = {
  cursor: 'pullCursor',
  epoch: 'epoch',
  account: 'account',
  /** The workspace this database syncs with; set once, kept on logout. */
  workspaceId: 'workspaceId',
  lastSyncedAt: 'lastSyncedAt',
  /** The clientId pushes use once a restore from an older copy made a new one (else the node id). */
  clientId: 'clientId',
  /** When the server acknowledged our pushes (AckMark[]), for the conflict test. */
  ackMarks: 'ackMarks',
} as const;

/** Fields that hold a blob's SHA-256 (DESIGN.md: rows reference binary content by hash). */
const BLOB_FIELDS: readonly { table: SyncedTable; field: string }[] = [
  { table: 'documents', field: 'sha256' },
  { table: 'catalogItems', field: 'datasheetSha256' },
  { table: 'competitorAttachments', field: 'sha256' },
  { table: 'contractSignatures', field: 'pngSha256' },
  { table: 'contractRevisions', field: 'signedPdfSha256' },
  { table: 'slides', field: 'mediaSha256' },
];

/** The sync engine's store on Dexie, plus what the sync service and conflicts view need. */
export type SyncStore = SyncLocalStore & {
  /** This database's HLC node id: the clientId of its pushes until a restore renews it. */
  readonly nodeId: string;
  /** The clientId pushes use: the node id, or the one a restore from an older copy made. */
  getClientId(): Promise<string>;
  renewClientId(): Promise<string>;
  /** Pulled changes the merge refused and parked (see checkChange), newest first. */
  listParked(): Promise<ParkedSyncChange[]>;
  /** Unresolved conflicts, newest first. */
  listConflicts(): Promise<SyncConflict[]>;
  countConflicts(): Promise<number>;
  /**
   * Resolves a conflict: 'local' writes the overwritten value again as a new edit (new stamp,
   * outbox entry), 'remote' keeps the stored value; both mark it resolved, atomically.
   */
  resolveConflict(id: string, keep: 'local' | 'remote'): Promise<void>;
  getAccount(): Promise<SyncAccount | undefined>;
  /**
   * Stores the account (never the token) or forgets it (undefined). The first account binds the
   * database to its workspace; another workspace throws WorkspaceBoundError.
   */
  setAccount(account: SyncAccount | undefined): Promise<void>;
  getLastSyncedAt(): Promise<string | undefined>;
  setLastSyncedAt(at: string): Promise<void>;
};

/** A database that synced with one workspace cannot sync with another: that would merge them. */
export class WorkspaceBoundError extends Error {
  override readonly name = 'WorkspaceBoundError';
  constructor(
    readonly boundTo: string,
    readonly requested: string,
  ) {
    super(`This local database syncs with workspace ${boundTo}, not ${requested}`);
  }
}

/** Parked changes, newest first, with the name of their record where this device has it. */
export async function listParked(db: QuotientDb): Promise<ParkedSyncChange[]> {
  const parked = await db.parkedChanges.orderBy('parkedAt').reverse().toArray();
  const labels = new Map<string, string>();
  for (const table of new Set(parked.map((change) => change.table))) {
    if (!isSyncedTable(table)) continue;
    const ids = [...new Set(parked.filter((c) => c.table === table).map((c) => c.id))];
    const rows = await db.table<MergeableRow, string>(table).bulkGet(ids);
    rows.forEach((row, index) => {
      const label = row && rowLabel(table, row);
      if (label) labels.set(`${table}\u0000${ids[index]}`, label);
    });
  }
  return parked.map((change) => {
    const label = labels.get(`${change.table}\u0000${change.id}`);
    return label ? { ...change, label } : change;
  });
}

/** Unresolved conflicts, newest first (also behind the live hook). */
export async function listConflicts(db: QuotientDb): Promise<SyncConflict[]> {
  const stored = await db.conflicts
    .orderBy('detectedAt')
    .reverse()
    .filter((conflict) => conflict.resolvedAt === undefined)
    .toArray();
  return stored.map(({ resolvedAt: _at, resolution: _resolution, ...conflict }) => conflict);
}

/**
 * The Dexie side of sync. `ctx` is the write layer's context: pulled pages notify its listeners,
 * and a conflict resolved as 'local' is a normal write stamped by its clock and author.
 */
export function createSyncStore(ctx: WriteContext): SyncStore {
  const { db, clock, notifier } = ctx;
  const nodeId = clock.nodeId;
  const read = async (key: string): Promise<unknown> => (await db.syncState.get(key))?.value;
  // Parked changes an upgrade has since made valid (a table or field it brought) are adopted by
  // the first page applied.
  let parkedChecked = false;

  return {
    nodeId,
    async nextBatch(maxChanges) {
      const records = await db.outbox.orderBy('seq').limit(maxChanges).toArray();
      return batchOutbox({ records, maxChanges, blobsOf: referencedBlobs });
    },
    async ack(throughMid, serverTime) {
      await db.transaction('rw', db.outbox, db.syncState, async () => {
        const acked = db.outbox.where('seq').belowOrEqual(throughMid);
        let newest = '';
        let fields = 0;
        await acked.each((record) => {
          if (record.hlc > newest) newest = record.hlc;
          fields += Object.keys(record.fields).length;
        });
        if (serverTime !== undefined && newest !== '') {
          await appendAckMark(db, { hlc: newest, at: serverTime });
        }
        await acked.delete();
        await addOutboxChanges(db, -fields);
      });
    },
    pendingChanges: () => countOutboxChanges(db),
    async getClientId() {
      const clientId = await read(SYNC_STATE_KEYS.clientId);
      return typeof clientId === 'string' ? clientId : nodeId;
    },
    async renewClientId() {
      const clientId = `${nodeId}-${newNodeId()}`;
      await db.syncState.put({ key: SYNC_STATE_KEYS.clientId, value: clientId });
      return clientId;
    },
    async getCursor() {
      const cursor = await read(SYNC_STATE_KEYS.cursor);
      return typeof cursor === 'number' ? cursor : 0;
    },
    async getEpoch() {
      const epoch = await read(SYNC_STATE_KEYS.epoch);
      return typeof epoch === 'string' ? epoch : undefined;
    },
    async applyPage(page) {
      const stores = [...syncedTables, 'syncState', 'conflicts', 'foreignChanges', 'parkedChanges'];
      const { result, events } = await db.transaction('rw', stores, async () => {
        const adopted = parkedChecked ? [] : await takeAdoptableParked(db);
        const changes = [...adopted, ...page.changes];
        const applied = await applyChanges({ db, nodeId, changes });
        // Local edits must sort after everything applied, also after a restart of the app.
        const newest = newestStamp(changes);
        if (newest !== undefined) {
          clock.observe(newest);
          await rememberStamp(db, newest);
        }
        await db.syncState.bulkPut([
          { key: SYNC_STATE_KEYS.cursor, value: page.nextSeq },
          { key: SYNC_STATE_KEYS.epoch, value: page.epoch },
        ]);
        return applied;
      });
      parkedChecked = true;
      notifier.emit(events);
      return result;
    },
    prepareResync: (epoch) => prepareResync(db, epoch),
    async blobsToUpload(sha256s) {
      const wanted = [...new Set(sha256s)];
      const [stored, uploaded] = await Promise.all([
        db.blobs.where('sha256').anyOf(wanted).primaryKeys(),
        db.blobUploads.where('sha256').anyOf(wanted).primaryKeys(),
      ]);
      const skip = new Set(uploaded);
      const have = new Set(stored);
      return wanted.filter((sha256) => have.has(sha256) && !skip.has(sha256));
    },
    async readBlob(sha256) {
      const blob = await db.blobs.get(sha256);
      return blob && { data: blob.data, type: blob.type };
    },
    async markUploaded(sha256) {
      await db.blobUploads.put({ sha256 });
    },
    async missingBlobs() {
      const [documents, datasheets, attachments, signatures, signedPdfs, media] = await Promise.all(
        [
          db.documents.orderBy('sha256').uniqueKeys(),
          db.catalogItems.where('datasheetSha256').above('').uniqueKeys(),
          db.competitorAttachments.orderBy('sha256').uniqueKeys(),
          db.contractSignatures.orderBy('pngSha256').uniqueKeys(),
          db.contractRevisions.where('signedPdfSha256').above('').uniqueKeys(),
          db.slides.where('mediaSha256').above('').uniqueKeys(),
        ],
      );
      const wanted = [
        ...new Set([
          ...documents,
          ...datasheets,
          ...attachments,
          ...signatures,
          ...signedPdfs,
          ...media,
        ]),
      ].filter(isSha256);
      const have = new Set(await db.blobs.where('sha256').anyOf(wanted).primaryKeys());
      return wanted.filter((sha256) => !have.has(sha256));
    },
    async storeBlob(sha256, data) {
      if (data.byteLength > MAX_BLOB_BYTES) {
        throw new RangeError(
          `blob ${sha256} of ${data.byteLength} bytes exceeds ${MAX_BLOB_BYTES}`,
        );
      }
      if ((await sha256Hex(data)) !== sha256) throw new BlobIntegrityError(sha256);
      const type = await blobType(db, sha256);
      await db.transaction('rw', db.blobs, db.blobUploads, async () => {
        if (!(await db.blobs.get(sha256))) {
          const createdAt = new Date().toISOString();
          // A copy: the bytes may be a view into a larger buffer, which IndexedDB would store whole.
          const bytes = new Uint8Array(data);
          await db.blobs.add({ sha256, type, size: bytes.byteLength, data: bytes, createdAt });
        }
        await db.blobUploads.put({ sha256 });
      });
      notifier.emit([{ table: 'blobs', ids: [sha256] }]);
    },
    listParked: () => listParked(db),
    listConflicts: () => listConflicts(db),
    countConflicts: () => db.conflicts.filter((conflict) => !conflict.resolvedAt).count(),
    async resolveConflict(id, keep) {
      const conflict = await db.conflicts.get(id);
      if (!conflict) throw new RowNotFoundError('conflicts', id);
      const table = conflict.table as SyncedTable;
      await db.transaction('rw', [table, 'outbox', 'syncState', 'conflicts'], async () => {
        const current = await db.conflicts.get(id);
        if (!current || current.resolvedAt !== undefined) return;
        // A locked conflict's local value is still stored: nothing to write again.
        if (keep === 'local' && current.reason !== 'locked') await rewriteLocalValue(ctx, current);
        await db.conflicts.update(id, { resolvedAt: new Date().toISOString(), resolution: keep });
      });
    },
    async getAccount() {
      return (await read(SYNC_STATE_KEYS.account)) as SyncAccount | undefined;
    },
    async setAccount(account) {
      await db.transaction('rw', db.syncState, async () => {
        if (!account) {
          await db.syncState.delete(SYNC_STATE_KEYS.account);
          return;
        }
        const bound = await read(SYNC_STATE_KEYS.workspaceId);
        if (typeof bound === 'string' && bound !== account.workspaceId) {
          throw new WorkspaceBoundError(bound, account.workspaceId);
        }
        await db.syncState.bulkPut([
          { key: SYNC_STATE_KEYS.workspaceId, value: account.workspaceId },
          { key: SYNC_STATE_KEYS.account, value: account },
        ]);
      });
    },
    async getLastSyncedAt() {
      const at = await read(SYNC_STATE_KEYS.lastSyncedAt);
      return typeof at === 'string' ? at : undefined;
    },
    async setLastSyncedAt(at) {
      await db.syncState.put({ key: SYNC_STATE_KEYS.lastSyncedAt, value: at });
    },
  };
}

const isSha256 = (value: unknown): value is string =>
  typeof value === 'string' && SHA256_PATTERN.test(value);

const isSyncedTable = (table: string): table is SyncedTable =>
  (syncedTables as readonly string[]).includes(table);

function referencedBlobs(record: OutboxRecordLike): string[] {
  return BLOB_FIELDS.filter(({ table }) => table === record.table)
    .map(({ field }) => record.fields[field])
    .filter(isSha256);
}

/**
 * The type of a downloaded blob: the document's, the competitor attachment's or the slide
 * medium's own; signatures are PNGs; datasheets and signed contracts are PDFs (see
 * DatasheetField).
 */
async function blobType(db: QuotientDb, sha256: string): Promise<string> {
  const document = await db.documents.where('sha256').equals(sha256).first();
  if (document?.mimeType) return document.mimeType;
  const attachment = await db.competitorAttachments.where('sha256').equals(sha256).first();
  if (attachment?.mimeType) return attachment.mimeType;
  const slide = await db.slides.where('mediaSha256').equals(sha256).first();
  if (slide?.mediaType) return slide.mediaType;
  if ((await db.contractSignatures.where('pngSha256').equals(sha256).count()) > 0)
    return 'image/png';
  const datasheets = await db.catalogItems.where('datasheetSha256').equals(sha256).count();
  const signedPdfs = await db.contractRevisions.where('signedPdfSha256').equals(sha256).count();
  return datasheets + signedPdfs > 0 ? 'application/pdf' : 'application/octet-stream';
}

/**
 * Kept-aside changes this client can now apply: foreign ones whose table it knows, and refused
 * ones the registry now accepts (after an upgrade); deleted from where they were kept (inside
 * the caller's transaction). Ones that are still refused are parked again by applyChanges.
 */
async function takeAdoptableParked(db: QuotientDb): Promise<ForeignChange[]> {
  const known = db.foreignChanges.where('table').anyOf([...syncedTables]);
  const changes = await known.toArray();
  if (changes.length > 0) await known.delete();
  const valid = (await db.parkedChanges.toArray()).filter((change) => !checkChange(change));
  if (valid.length > 0) {
    await db.parkedChanges.bulkDelete(valid.map(({ table, id, field }) => [table, id, field]));
  }
  return [...changes, ...valid.map(stripSeq)];
}

/**
 * Applies changes to their tables, keeps unknown tables aside, parks what the merge refuses
 * (never stopping the page), records conflicts; inside a transaction.
 */
async function applyChanges({
  db,
  nodeId,
  changes,
}: {
  db: QuotientDb;
  nodeId: string;
  changes: readonly ForeignChange[];
}): Promise<{ result: ApplyResult; events: CommitEvent[] }> {
  const byTable = new Map<string, ForeignChange[]>();
  for (const change of changes) {
    const list = byTable.get(change.table);
    if (list) list.push(change);
    else byTable.set(change.table, [change]);
  }
  const result: ApplyResult = { applied: 0, skipped: 0, conflicts: 0, foreign: 0, parked: 0 };
  const events: CommitEvent[] = [];
  const conflicts: StoredConflict[] = [];
  const detectedAt = new Date().toISOString();
  const foreign: ForeignChange[] = [];
  const refused: ParkedChange[] = [];
  const concurrent = concurrentWith(await readAckMarks(db));
  // Contract revisions signed here before this page: pulled edits to them are refused.
  const contractLock = await signedBeforePage(db, changes);
  for (const [table, tableChanges] of byTable) {
    if (!isSyncedTable(table)) {
      // A reserved field is refused in any table: kept aside, it would be pushed again on a resync.
      for (const change of tableChanges) {
        const problem = checkField(change);
        if (problem) refused.push({ ...stripSeq(change), ...problem, parkedAt: detectedAt });
        else foreign.push(change);
      }
      continue;
    }
    const dexieTable = db.table<MergeableRow, string>(table);
    const ids = [...new Set(tableChanges.map((change) => change.id))];
    const rows = new Map<string, MergeableRow>();
    for (const row of await dexieTable.bulkGet(ids)) {
      if (row) rows.set(row.id, { ...row, fieldClocks: { ...row.fieldClocks } });
    }
    const { open, locked, dropped } = splitLocked({
      rows,
      changes: tableChanges,
      ...contractLock,
    });
    for (const change of locked) {
      const row = rows.get(change.id);
      const label = row && rowLabel(table, row);
      conflicts.push({
        id: newId(),
        table,
        rowId: change.id,
        field: change.field,
        localValue: row?.[change.field],
        localHlc: row?.fieldClocks[change.field] ?? '',
        remoteValue: change.value,
        remoteHlc: change.hlc,
        reason: 'locked',
        ...(label ? { label } : {}),
        detectedAt,
      });
    }
    result.skipped += locked.length + dropped;
    const merged = mergeChanges({ table, rows, changes: open, nodeId, concurrent });
    for (const { change, reason, message } of merged.rejected) {
      refused.push({ ...stripSeq({ table, ...change }), reason, message, parkedAt: detectedAt });
    }
    if (merged.changed.size > 0) {
      await dexieTable.bulkPut([...merged.changed].map((id) => rows.get(id)!));
      events.push({ table, ids: [...merged.changed] });
    }
    for (const overwritten of merged.overwritten) {
      const label = rowLabel(table, rows.get(overwritten.rowId)!);
      conflicts.push({ id: newId(), ...overwritten, ...(label ? { label } : {}), detectedAt });
    }
    result.applied += merged.applied;
    result.skipped += merged.skipped;
  }
  if (conflicts.length > 0) await db.conflicts.bulkAdd(conflicts);
  result.conflicts = conflicts.length;
  result.foreign = await park(db, foreign);
  result.parked = await parkRefused(db, refused);
  return { result, events };
}

/** The tables whose rows belong to a contract revision, and how a row names its revision. */
const REVISION_ROWS: Partial<Record<string, 'id' | 'revisionId'>> = {
  contractRevisions: 'id',
  contractRevisionClauses: 'revisionId',
  contractSignatures: 'revisionId',
};

/** The revision a pulled change's row belongs to: stored, or named by a change of the page. */
function revisionOfChange(
  change: ForeignChange,
  stored: ReadonlyMap<string, unknown>,
  pulled: ReadonlyMap<string, string>,
): string | undefined {
  const key = REVISION_ROWS[change.table];
  if (key === 'id') return change.id;
  if (key !== 'revisionId') return undefined;
  const revisionId = stored.get(`${change.table}\u0000${change.id}`);
  return typeof revisionId === 'string'
    ? revisionId
    : pulled.get(`${change.table}\u0000${change.id}`);
}

/**
 * The contract revisions a page touches that are signed in the local store before it, with the
 * stamp of their signing write; and which revision each changed row belongs to.
 */
async function signedBeforePage(
  db: QuotientDb,
  changes: readonly ForeignChange[],
): Promise<{
  signed: Map<string, string>;
  revisionOf: (change: ForeignChange) => string | undefined;
}> {
  const pulled = new Map<string, string>();
  const childIds = new Map<string, Set<string>>();
  for (const change of changes) {
    if (REVISION_ROWS[change.table] !== 'revisionId') continue;
    if (change.field === 'revisionId' && typeof change.value === 'string')
      pulled.set(`${change.table}\u0000${change.id}`, change.value);
    let ids = childIds.get(change.table);
    if (!ids) childIds.set(change.table, (ids = new Set()));
    ids.add(change.id);
  }
  const stored = new Map<string, unknown>();
  for (const [table, ids] of childIds) {
    const list = [...ids];
    const rows = await db.table<MergeableRow, string>(table).bulkGet(list);
    rows.forEach((row, index) => {
      if (row) stored.set(`${table}\u0000${list[index]}`, row.revisionId);
    });
  }
  const revisionOf = (change: ForeignChange) => revisionOfChange(change, stored, pulled);
  const revisionIds = [
    ...new Set(changes.map(revisionOf).filter((id): id is string => id !== undefined)),
  ];
  const signed = new Map<string, string>();
  if (revisionIds.length === 0) return { signed, revisionOf };
  for (const revision of await db.contractRevisions.bulkGet(revisionIds)) {
    if (revision && revision.signedPdfSha256 !== '') {
      signed.set(revision.id, revision.fieldClocks.signedPdfSha256 ?? '');
    }
  }
  return { signed, revisionOf };
}

/**
 * Splits pulled changes of one table into those to merge and those to refuse: a change to a row
 * of a contract revision that was signed in the local store before this page is never applied
 * (the revision is locked for good); it becomes a conflict with reason 'locked'. Changes the
 * merge would skip anyway (not newer), values equal to the stored ones, and the changes of the
 * signing write itself (its stamp: they may come in a later page) pass on; so does everything
 * of a revision not yet signed here. The provenance fields of a refused edit (updatedAt,
 * updatedBy) are dropped with it.
 */
function splitLocked({
  rows,
  changes,
  signed,
  revisionOf,
}: {
  rows: ReadonlyMap<string, MergeableRow>;
  changes: readonly ForeignChange[];
  signed: ReadonlyMap<string, string>;
  revisionOf: (change: ForeignChange) => string | undefined;
}): { open: ForeignChange[]; locked: ForeignChange[]; dropped: number } {
  if (signed.size === 0) return { open: [...changes], locked: [], dropped: 0 };
  const open: ForeignChange[] = [];
  const locked: ForeignChange[] = [];
  let dropped = 0;
  for (const change of changes) {
    const revisionId = revisionOf(change);
    const signing = revisionId === undefined ? undefined : signed.get(revisionId);
    const row = rows.get(change.id);
    const current = row?.fieldClocks[change.field];
    const passes =
      signing === undefined ||
      change.hlc === signing ||
      (current !== undefined && current >= change.hlc) ||
      (row !== undefined && JSON.stringify(row[change.field]) === JSON.stringify(change.value));
    if (passes) open.push(change);
    else if (CONFLICT_EXEMPT_FIELDS.has(change.field)) dropped += 1;
    else locked.push(change);
  }
  return { open, locked, dropped };
}

/** Keeps refused changes with their reason, the highest stamp per field; returns how many arrived. */
async function parkRefused(db: QuotientDb, changes: readonly ParkedChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const newest = new Map<string, ParkedChange>();
  for (const change of changes) {
    const key = `${change.table}\u0000${change.id}\u0000${change.field}`;
    const seen = newest.get(key);
    if (!seen || seen.hlc < change.hlc) newest.set(key, change);
  }
  const candidates = [...newest.values()];
  const stored = await db.parkedChanges.bulkGet(
    candidates.map(({ table, id, field }) => [table, id, field] as [string, string, string]),
  );
  const winners = candidates.filter((change, index) => {
    const old = stored[index];
    return !old || old.hlc < change.hlc;
  });
  if (winners.length > 0) await db.parkedChanges.bulkPut(winners);
  return changes.length;
}

/** Keeps changes of unknown tables, the highest stamp per field; returns how many arrived. */
async function park(db: QuotientDb, changes: readonly ForeignChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const newest = new Map<string, ForeignChange>();
  for (const change of changes) {
    const key = `${change.table}\u0000${change.id}\u0000${change.field}`;
    const seen = newest.get(key);
    if (!seen || seen.hlc < change.hlc) newest.set(key, stripSeq(change));
  }
  const candidates = [...newest.values()];
  const stored = await db.foreignChanges.bulkGet(
    candidates.map(({ table, id, field }) => [table, id, field] as [string, string, string]),
  );
  const winners = candidates.filter((change, index) => {
    const old = stored[index];
    return !old || old.hlc < change.hlc;
  });
  if (winners.length > 0) await db.foreignChanges.bulkPut(winners);
  return changes.length;
}

function stripSeq(change: ForeignChange | PulledChange | ParkedChange): ForeignChange {
  const { table, id, field, value, hlc } = change;
  return { table, id, field, value, hlc };
}

/** A readable name of a row for the conflicts view, when it has one. */
function rowLabel(table: string, row: MergeableRow): string | undefined {
  const text = (key: string): string =>
    typeof row[key] === 'string' ? (row[key] as string).trim() : '';
  if (table === 'contacts')
    return [text('firstName'), text('lastName')].join(' ').trim() || undefined;
  return ['number', 'name', 'title'].map(text).find((value) => value !== '');
}

/**
 * Full resync after a new epoch, in one transaction: every local field (and every parked one)
 * back into the outbox with its existing stamp, grouped per row and stamp; unsent records stay;
 * cursor 0; the new epoch; no blob counts as uploaded any more.
 */
async function prepareResync(db: QuotientDb, epoch: string): Promise<number> {
  const stores = [...syncedTables, 'outbox', 'syncState', 'foreignChanges', 'blobUploads'];
  return db.transaction('rw', stores, async () => {
    const records: Omit<OutboxRecord, 'seq'>[] = [];
    for (const table of syncedTables) {
      for (const row of await db.table<MergeableRow, string>(table).toArray()) {
        // A field no change may carry (a row damaged before merges checked) is not sent again.
        const fields = Object.entries(row.fieldClocks ?? {})
          .filter(([field]) => !checkField({ table, field }))
          .map(([field, hlc]) => [field, row[field], hlc] as const);
        records.push(...groupByStamp(table, row.id, fields));
      }
    }
    const parked = (await db.foreignChanges.toArray()).filter((change) => !checkField(change));
    for (const { table, id, field, value, hlc } of parked) {
      records.push(...groupByStamp(table, id, [[field, value, hlc]]));
    }
    await db.outbox.bulkAdd(records as OutboxRecord[]);
    await addOutboxChanges(db, fieldCount(records));
    await db.blobUploads.clear();
    await db.syncState.bulkPut([
      { key: SYNC_STATE_KEYS.cursor, value: 0 },
      { key: SYNC_STATE_KEYS.epoch, value: epoch },
    ]);
    return fieldCount(records);
  });
}

/** One outbox record per distinct stamp of a row's fields; fields without a value are left out. */
function groupByStamp(
  table: string,
  id: string,
  fields: readonly (readonly [field: string, value: unknown, hlc: string])[],
): Omit<OutboxRecord, 'seq'>[] {
  const byStamp = new Map<string, Record<string, unknown>>();
  for (const [field, value, hlc] of fields) {
    if (value === undefined) continue;
    const group = byStamp.get(hlc);
    if (group) group[field] = value;
    else byStamp.set(hlc, { [field]: value });
  }
  return [...byStamp].map(([hlc, values]) => ({ table, id, hlc, fields: values }));
}

/** Writes a conflict's overwritten value again as a new edit through the write layer. */
async function rewriteLocalValue(ctx: WriteContext, conflict: StoredConflict): Promise<void> {
  const table = conflict.table as SyncedTable;
  await commit(ctx, [table], async (batch, stamp) => {
    const existing = (await loadRow(ctx.db, table, conflict.rowId)) as Stored<
      Record<string, unknown>
    >;
    const next = { [conflict.field]: conflict.localValue } as Partial<
      RowFields<Stored<Record<string, unknown>>>
    >;
    const written = patchRow({ table, existing, next, stamp });
    batch.put(table, written as Written<SyncedRow[SyncedTable]> | undefined);
  });
}

/** How many acknowledgement marks are kept; an older local stamp counts as acknowledged by the oldest. */
const MAX_ACK_MARKS = 500;

async function readAckMarks(db: QuotientDb): Promise<AckMark[]> {
  const marks = (await db.syncState.get(SYNC_STATE_KEYS.ackMarks))?.value;
  return Array.isArray(marks) ? (marks as AckMark[]) : [];
}

async function appendAckMark(db: QuotientDb, mark: AckMark): Promise<void> {
  const marks = [...(await readAckMarks(db)), mark].slice(-MAX_ACK_MARKS);
  await db.syncState.put({ key: SYNC_STATE_KEYS.ackMarks, value: marks });
}

/** The highest stamp of some changes; undefined for none. */
function newestStamp(changes: readonly { hlc: string }[]): string | undefined {
  let newest: string | undefined;
  for (const { hlc } of changes) if (newest === undefined || hlc > newest) newest = hlc;
  return newest;
}
