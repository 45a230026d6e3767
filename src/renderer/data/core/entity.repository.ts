import type { z } from 'zod';
import type { QuotientDb, SyncedRow, SyncedTable } from './database';
import { parseInput, parseMany } from './errors';
import {
  commit,
  definedOnly,
  loadRow,
  patchRow,
  queueNew,
  requireRows,
  setDeleted,
  toEntity,
} from './write';
import type { RowFields, Stamp, WriteBatch, WriteContext, WriteTable } from './write';

/** A synced entity: create, change, soft-delete, list. `C` is what create takes (default `I`). */
export type EntityRepository<I, E, C = I> = {
  create(input: C): Promise<E>;
  /** Changes the given fields; only those that really change are recorded. */
  update(id: string, patch: Partial<I>): Promise<E>;
  /** Soft delete: the row stays with `deleted: true`. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Any row, deleted ones included (check `deleted`). */
  get(id: string): Promise<E | undefined>;
  /** Rows not deleted (inactive ones included), in the repository's order (default: by name, code-unit order). */
  list(): Promise<E[]>;
  /** Creates all or none in one transaction; every bad input is reported in one ValidationError. */
  bulkCreate(inputs: readonly C[]): Promise<E[]>;
};

/** The generic repository and what a table's own repository builds its extra methods from. */
export type EntityRepositoryBase<I, E, C = I> = EntityRepository<I, E, C> & {
  /** Rows not deleted whose indexed field `index` equals `value`, in the repository's order. */
  listBy(index: string, value: string): Promise<E[]>;
};

/** A synced table's row as features see it. */
export type Entity<T extends SyncedTable> = Omit<SyncedRow[T], 'fieldClocks'>;

/** The reads and the queue of the write a hook runs in. */
export type InWrite = { db: QuotientDb; batch: WriteBatch; stamp: Stamp };

export type EntityRepositoryOptions<
  T extends SyncedTable,
  S extends z.ZodType,
  CS extends z.ZodType,
> = {
  ctx: WriteContext;
  table: T;
  /** Validates a row's fields: every update (on the row merged with the patch), and creates unless `createSchema`. */
  schema: S;
  /** Validates create and bulkCreate inputs when they may leave out what `prepare` fills in. */
  createSchema?: CS;
  /**
   * Turns validated create inputs into row fields inside the write, in input order (defaults,
   * positions, one primary per client); the identity by default.
   */
  prepare?: (db: QuotientDb, inputs: z.output<CS>[]) => z.output<S>[] | Promise<z.output<S>[]>;
  /** Tables the writes read besides `table` and the referenced ones. */
  refTables?: readonly WriteTable[];
  /**
   * Fields naming a row of another table (e.g. `{ clientId: 'clients' }`): checked on create,
   * and on update when the value changes (RowNotFoundError; rows queued in the write count).
   */
  references?: { readonly [F in keyof z.output<S>]?: SyncedTable };
  /** Further checks inside the write, after the references; `existing` on update. */
  check?: (
    db: QuotientDb,
    batch: WriteBatch,
    inputs: z.output<S>[],
    existing?: Entity<T>,
  ) => Promise<void>;
  /** Runs inside the write after the rows it created or changed are queued (e.g. a rule across rows). */
  afterWrite?: (write: InWrite, rows: Entity<T>[]) => Promise<void>;
  /** The key `list` sorts by (code-unit order); default: the row's name. */
  sortKey?: (row: Entity<T>) => string;
  /** The order of `list` and `listBy` when one key does not do (replaces `sortKey`). */
  compare?: (a: Entity<T>, b: Entity<T>) => number;
};

const byName = (row: object): string =>
  'name' in row && typeof row.name === 'string' ? row.name : '';

/** Sorts by a key computed once per row (code-unit order). */
function sortByKey<E>(entities: E[], key: (entity: E) => string): E[] {
  return entities
    .map((entity) => ({ entity, key: key(entity) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ entity }) => entity);
}

/**
 * A generic repository over one synced table: validation, references and checks inside the
 * write, soft delete, ordered lists. A table's own repository composes its extra methods on
 * top (see clients/contacts.repository.ts).
 */
export function createEntityRepository<
  T extends SyncedTable,
  S extends z.ZodType,
  CS extends z.ZodType = S,
>({
  ctx,
  table,
  schema,
  createSchema,
  prepare,
  refTables = [],
  references = {},
  check,
  afterWrite,
  sortKey = byName,
  compare,
}: EntityRepositoryOptions<T, S, CS>): EntityRepositoryBase<z.input<S>, Entity<T>, z.input<CS>> {
  const { db } = ctx;
  const referenced = Object.entries(references) as [string, SyncedTable][];
  const tables = [...new Set([table, ...refTables, ...referenced.map(([, ref]) => ref)])];
  const inputSchema = (createSchema ?? schema) as CS;
  const order = (entities: Entity<T>[]): Entity<T>[] =>
    compare ? entities.sort(compare) : sortByKey(entities, sortKey);
  const live = (rows: SyncedRow[T][]): Entity<T>[] =>
    rows.filter((row) => !row.deleted).map((row) => toEntity(row) as Entity<T>);

  const requireReferences = async (
    batch: WriteBatch,
    inputs: readonly z.output<S>[],
    existing?: Entity<T>,
  ) => {
    for (const [field, ref] of referenced) {
      const value = (row: unknown) => (row as Record<string, unknown>)[field] as string;
      const ids = inputs.map(value).filter((id) => !existing || id !== value(existing));
      if (ids.length > 0) await requireRows(db, batch, ref, ids);
    }
  };

  const createMany = (parsed: z.output<CS>[]) =>
    commit(ctx, tables, async (batch, stamp) => {
      const all = prepare ? await prepare(db, parsed) : (parsed as unknown as z.output<S>[]);
      await requireReferences(batch, all);
      await check?.(db, batch, all);
      const created = all.map((fields) =>
        queueNew({ batch, stamp, table, fields: fields as RowFields<SyncedRow[T]> }),
      );
      await afterWrite?.({ db, batch, stamp }, created);
      return created;
    });

  return {
    async create(input) {
      const [created] = await createMany([parseInput(inputSchema, input)]);
      return created as Entity<T>;
    },
    update(id, patch) {
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, table, id);
        const fields = parseInput(schema, { ...existing, ...definedOnly(patch as object) });
        await requireReferences(batch, [fields], existing);
        await check?.(db, batch, [fields], toEntity(existing) as Entity<T>);
        const next = fields as Partial<RowFields<SyncedRow[T]>>;
        const written = patchRow({ table, existing, next, stamp });
        batch.put(table, written);
        const row = toEntity(written?.row ?? existing) as Entity<T>;
        if (written) await afterWrite?.({ db, batch, stamp }, [row]);
        return row;
      });
    },
    remove: (id) => setDeleted(ctx, table, id, true),
    restore: (id) => setDeleted(ctx, table, id, false),
    async get(id) {
      const row = await db.synced(table).get(id);
      return row && (toEntity(row) as Entity<T>);
    },
    async list() {
      // getAll() and a JS filter: a Dexie filter walks a cursor, several times slower.
      return order(live(await db.synced(table).toArray()));
    },
    async listBy(index, value) {
      return order(live(await db.synced(table).where(index).equals(value).toArray()));
    },
    async bulkCreate(inputs) {
      return createMany(parseMany(inputSchema, inputs));
    },
  };
}
