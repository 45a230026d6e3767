import { Dexie } from 'dexie';
import type { RowMeta } from '#shared/domain';
import { newId } from '#shared/ids';
import { diffFields, toChanges } from '#shared/sync/change';
import type { Change, FieldChange } from '#shared/sync/change';
import { compareHlc, hlcTime } from '#shared/sync/hlc';
import type { Clock } from '#shared/sync/hlc';
import type { OutboxRecord, QuotientDb, Stored, SyncedRow, SyncedTable } from './database';
import { RowNotFoundError, ValidationError } from './errors';
import type { CommitEvent, Notifier } from './notifier';

/** What every repository write needs; made once by createRepositories. */
export type WriteContext = {
  db: QuotientDb;
  clock: Clock;
  author: () => string;
  notifier: Notifier;
};

/** One write operation's clock stamp, time and author; every change of the operation shares it. */
export type Stamp = { hlc: string; at: string; by: string };

/** A row to store together with the field changes that produced it. */
export type Written<R> = { row: R; changes: Change[] };

type AnyStored = Stored<Record<string, unknown>>;
type MetaKey = keyof RowMeta | 'fieldClocks';
/** The fields a repository sets on a row; the row metadata is the write layer's. */
export type RowFields<R> = Omit<R, MetaKey>;

/** syncState key of the newest stamp this device made, so a restarted clock never goes back. */
export const LAST_HLC_KEY = 'lastHlc';

/** syncState key of how many field changes the outbox holds, kept with every outbox write. */
export const OUTBOX_CHANGES_KEY = 'outboxChanges';

/** How many field changes some outbox records hold. */
export const fieldCount = (records: readonly { fields: Record<string, unknown> }[]): number =>
  records.reduce((sum, record) => sum + Object.keys(record.fields).length, 0);

/**
 * Adds `delta` to the outbox's field-change count after a write to the outbox, in the same
 * transaction (over outbox and syncState). A database from before the count existed is counted
 * once, by reading the outbox as it now is.
 */
export async function addOutboxChanges(db: QuotientDb, delta: number): Promise<void> {
  const current = (await db.syncState.get(OUTBOX_CHANGES_KEY))?.value;
  const value =
    typeof current === 'number' ? current + delta : fieldCount(await db.outbox.toArray());
  await db.syncState.put({ key: OUTBOX_CHANGES_KEY, value });
}

/** How many field changes wait in the outbox: one read, not a scan. */
export async function countOutboxChanges(db: QuotientDb): Promise<number> {
  const read = async () => (await db.syncState.get(OUTBOX_CHANGES_KEY))?.value;
  const current = await read();
  if (typeof current === 'number') return current;
  return db.transaction('rw', db.outbox, db.syncState, async () => {
    await addOutboxChanges(db, 0);
    return (await read()) as number;
  });
}

// Fields a patch never changes directly: identity, provenance, and the stamp fields set below.
const NOT_PATCHABLE = ['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'fieldClocks'];

/** Builds a new row, its field clocks and its changes (every field except the id). */
export function newRow<R extends AnyStored>({
  table,
  fields,
  stamp,
  id = newId(),
}: {
  table: SyncedTable;
  fields: RowFields<R>;
  stamp: Stamp;
  id?: string;
}): Written<R> {
  const row: Record<string, unknown> = {
    id,
    ...fields,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    createdBy: stamp.by,
    updatedBy: stamp.by,
    deleted: false,
  };
  const changed = diffFields({ before: undefined, after: row, ignore: ['id'] });
  row.fieldClocks = Object.fromEntries(changed.map(({ field }) => [field, stamp.hlc]));
  return { row: row as R, changes: toChanges({ table, id, hlc: stamp.hlc, fields: changed }) };
}

/**
 * Applies `next` to a stored row; undefined when nothing changes. Only changed fields, plus
 * updatedAt and updatedBy, become changes and get the stamp in the row's field clocks.
 */
export function patchRow<R extends AnyStored>({
  table,
  existing,
  next,
  stamp,
}: {
  table: SyncedTable;
  existing: R;
  next: Partial<RowFields<R>> | { deleted: boolean };
  stamp: Stamp;
}): Written<R> | undefined {
  const changed = diffFields({ before: existing, after: next, ignore: NOT_PATCHABLE });
  if (changed.length === 0) return undefined;
  const fields: FieldChange[] = [
    ...changed,
    { field: 'updatedAt', value: stamp.at },
    { field: 'updatedBy', value: stamp.by },
  ];
  // An edit must sort after the value it replaces, or the merge would keep the old one.
  const newer = fields
    .map(({ field }) => existing.fieldClocks?.[field])
    .filter((hlc): hlc is string => hlc !== undefined && compareHlc(hlc, stamp.hlc) >= 0)
    .sort(compareHlc)
    .at(-1);
  if (newer !== undefined) throw new StaleStampError(newer);
  const clocks = Object.fromEntries(fields.map(({ field }) => [field, stamp.hlc]));
  const row = {
    ...existing,
    ...Object.fromEntries(fields.map(({ field, value }) => [field, value])),
    fieldClocks: { ...existing.fieldClocks, ...clocks },
  };
  return { row, changes: toChanges({ table, id: existing.id, hlc: stamp.hlc, fields }) };
}

/** Queues a new row inside a write (a fresh id unless `id` is given); the row as features see it. */
export function queueNew<T extends SyncedTable>({
  batch,
  stamp,
  table,
  fields,
  id,
}: {
  batch: WriteBatch;
  stamp: Stamp;
  table: T;
  fields: RowFields<SyncedRow[T]>;
  id?: string;
}): Omit<SyncedRow[T], 'fieldClocks'> {
  const written = newRow<SyncedRow[T]>({ table, fields, stamp, id });
  batch.add(table, written);
  return toEntity(written.row);
}

/** Rows and changes of one write, stored together when the write's transaction flushes it. */
export class WriteBatch {
  private readonly rows = new Map<SyncedTable, Map<string, { row: AnyStored; isNew: boolean }>>();
  private readonly outbox: Omit<OutboxRecord, 'seq'>[] = [];

  /** Queues a new row (stored with add, so a duplicate id fails the write). */
  add<T extends SyncedTable>(table: T, written: Written<SyncedRow[T]>): void {
    this.queue(table, written, true);
  }

  /** Queues a changed row; undefined (no change) is ignored. */
  put<T extends SyncedTable>(table: T, written: Written<SyncedRow[T]> | undefined): void {
    if (written) this.queue(table, written, false);
  }

  /** The queued version of a row, so a write can build on its own earlier changes. */
  pending<T extends SyncedTable>(table: T, id: string): SyncedRow[T] | undefined {
    return this.rows.get(table)?.get(id)?.row as SyncedRow[T] | undefined;
  }

  /** Stores all queued rows, then their changes in the outbox; must run inside the transaction. */
  async flush(db: QuotientDb): Promise<void> {
    for (const [table, byId] of this.rows) {
      const entries = [...byId.values()];
      const added = entries.filter((entry) => entry.isNew).map((entry) => entry.row);
      const changed = entries.filter((entry) => !entry.isNew).map((entry) => entry.row);
      const dexieTable = db.table<AnyStored, string>(table);
      if (added.length > 0) await dexieTable.bulkAdd(added);
      if (changed.length > 0) await dexieTable.bulkPut(changed);
    }
    if (this.outbox.length > 0) {
      await db.outbox.bulkAdd(this.outbox);
      await addOutboxChanges(db, fieldCount(this.outbox));
    }
  }

  /** One event per table touched. */
  events(): CommitEvent[] {
    return [...this.rows].map(([table, byId]) => ({ table, ids: [...byId.keys()] }));
  }

  private queue(table: SyncedTable, written: Written<AnyStored>, isNew: boolean): void {
    let byId = this.rows.get(table);
    if (!byId) this.rows.set(table, (byId = new Map()));
    const queued = byId.get(written.row.id);
    byId.set(written.row.id, { row: written.row, isNew: isNew || (queued?.isNew ?? false) });
    const [first] = written.changes;
    if (first) {
      const fields = Object.fromEntries(written.changes.map(({ field, value }) => [field, value]));
      this.outbox.push({ table, id: first.id, hlc: first.hlc, fields });
    }
  }
}

/** Stamps one write operation. */
export function makeStamp(ctx: WriteContext): Stamp {
  const hlc = ctx.clock.tick();
  return { hlc, at: hlcTime(hlc), by: ctx.author() };
}

/** Tables a write may open besides the synced ones: `local` holds device-only counters. */
export type WriteTable = SyncedTable | 'local';

/**
 * Runs one write: `build` reads and queues rows in a read-write transaction over the given
 * tables and the outbox, the batch is flushed in that transaction, and listeners hear of it
 * after it commits. A throw anywhere aborts the transaction: neither rows nor changes remain.
 */
export async function commit<T>(
  ctx: WriteContext,
  tables: readonly WriteTable[],
  build: (batch: WriteBatch, stamp: Stamp) => Promise<T> | T,
): Promise<T> {
  const { db } = ctx;
  // A write nested in a caller's transaction (a workflow over several repositories) is only
  // done when that transaction commits: its listeners hear of it then, outside the transaction,
  // and not at all when it aborts. Heard inside, a listener's own reads would join a transaction
  // about to commit and make it fail ("Transaction committed too early").
  const outer = Dexie.currentTransaction;
  for (let attempt = 1; ; attempt += 1) {
    const stamp = makeStamp(ctx);
    const batch = new WriteBatch();
    try {
      const result = await db.transaction('rw', [...tables, 'outbox', 'syncState'], async () => {
        const value = await build(batch, stamp);
        await batch.flush(db);
        await rememberStamp(db, stamp.hlc);
        return value;
      });
      const events = batch.events();
      if (outer) {
        outer.on('complete', () => Dexie.ignoreTransaction(() => ctx.notifier.emit(events)));
      } else {
        ctx.notifier.emit(events);
      }
      return result;
    } catch (error) {
      // A field carries a newer stamp than the clock knew (e.g. the clock was restored from an
      // old state): merge it and write again with a stamp above it. Nothing was stored.
      if (!(error instanceof StaleStampError) || attempt >= MAX_STAMP_ATTEMPTS) throw error;
      ctx.clock.observe(error.newer);
    }
  }
}

const MAX_STAMP_ATTEMPTS = 3;

/** Thrown inside a write whose stamp does not sort after a field it changes; commit retries. */
export class StaleStampError extends Error {
  constructor(readonly newer: string) {
    super(`a changed field carries the newer stamp ${newer}`);
    this.name = 'StaleStampError';
  }
}

/** Keeps the newest stamp this device made or applied, so a restarted clock resumes above it; inside a transaction. */
export async function rememberStamp(db: QuotientDb, hlc: string): Promise<void> {
  const last = await db.syncState.get(LAST_HLC_KEY);
  // Transactions may commit out of stamp order; keep the newest.
  if (typeof last?.value !== 'string' || compareHlc(last.value, hlc) < 0) {
    await db.syncState.put({ key: LAST_HLC_KEY, value: hlc });
  }
}

/** Reads a row inside a write or throws RowNotFoundError. */
export async function loadRow<T extends SyncedTable>(
  db: QuotientDb,
  table: T,
  id: string,
): Promise<SyncedRow[T]> {
  const row = await db.synced(table).get(id);
  if (!row) throw new RowNotFoundError(table, id);
  return row;
}

/** Soft-deletes (`deleted: true`) or restores a row; a no-op when it already is. */
export function setDeleted(
  ctx: WriteContext,
  table: SyncedTable,
  id: string,
  deleted: boolean,
): Promise<void> {
  return commit(ctx, [table], async (batch, stamp) => {
    const existing = await loadRow(ctx.db, table, id);
    batch.put(table, patchRow({ table, existing, next: { deleted }, stamp }));
  });
}

/** Throws RowNotFoundError unless every client id exists (stored or queued in this batch). */
export function requireClients(
  db: QuotientDb,
  batch: WriteBatch,
  clientIds: Iterable<string>,
): Promise<void> {
  return requireRows(db, batch, 'clients', clientIds);
}

/**
 * Throws unless `id` ('' = none) names a row of `table` that belongs to the client `clientId`
 * (stored or queued in this batch): RowNotFoundError when it is missing or deleted (a deleted
 * one passes with `keepDeleted`), ValidationError at `field` when it is another client's.
 */
export async function requireOfClient({
  db,
  batch,
  table,
  field,
  id,
  clientId,
  noun,
  keepDeleted = false,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  table: 'contacts' | 'opportunities';
  field: string;
  id: string;
  clientId: string;
  /** What the row is, for the message: 'the contact person'. */
  noun: string;
  keepDeleted?: boolean;
}): Promise<void> {
  if (id === '') return;
  const row = batch.pending(table, id) ?? (await db.synced(table).get(id));
  if (!row || (row.deleted && !keepDeleted)) throw new RowNotFoundError(table, id);
  if (row.clientId !== clientId) {
    const message = `${noun} belongs to another client`;
    throw new ValidationError([{ code: 'custom', path: [field], message, input: id }]);
  }
}

/** Throws RowNotFoundError unless every id is a row of `table` (stored or queued in this batch). */
export async function requireRows(
  db: QuotientDb,
  batch: WriteBatch,
  table: SyncedTable,
  ids: Iterable<string>,
): Promise<void> {
  const wanted = [...new Set(ids)].filter((id) => !batch.pending(table, id));
  const rows = await db.synced(table).bulkGet(wanted);
  const missing = wanted.find((_id, index) => !rows[index]);
  if (missing !== undefined) throw new RowNotFoundError(table, missing);
}

/** Row metadata and sync keys: what `contentFields` drops. */
export const ROW_META_KEYS = [
  'id',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'deleted',
  'fieldClocks',
] as const;

/** A stored row's own fields, to copy into a new row. */
export function contentFields<R extends AnyStored>(row: R): RowFields<R> {
  return omitKeys(row, ROW_META_KEYS) as RowFields<R>;
}

/** The row without its sync metadata, as features see it. */
export function toEntity<R extends { fieldClocks: unknown }>(row: R): Omit<R, 'fieldClocks'> {
  return omitKeys(row, ['fieldClocks']);
}

/** A shallow copy without the given keys. */
export function omitKeys<T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

/** Drops keys whose value is undefined, so a partial patch cannot blank a field. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
