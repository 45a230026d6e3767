import type { z } from 'zod';
import type { QuotientDb, SyncedRow, SyncedTable } from './database';
import { parseInput, parseMany } from './errors';
import { commit, definedOnly, loadRow, newRow, patchRow, setDeleted, toEntity } from './write';
import type { RowFields, WriteBatch, WriteContext } from './write';

/** A plain named entity: create, change, soft-delete, list by name. */
export type EntityRepository<I, E> = {
  create(input: I): Promise<E>;
  /** Changes the given fields; only those that really change are recorded. */
  update(id: string, patch: Partial<I>): Promise<E>;
  /** Soft delete: the row stays with `deleted: true`. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Any row, deleted ones included (check `deleted`). */
  get(id: string): Promise<E | undefined>;
  /** Rows not deleted (inactive ones included), by name or the repository's sort key (code-unit order). */
  list(): Promise<E[]>;
  /** Creates all or none in one transaction; every bad input is reported in one ValidationError. */
  bulkCreate(inputs: readonly I[]): Promise<E[]>;
};

type NamedTable = 'catalogItems' | 'bundles' | 'roles' | 'textBlocks';
type Entity<T extends NamedTable> = Omit<SyncedRow[T], 'fieldClocks'>;

const byName = (row: object): string =>
  'name' in row && typeof row.name === 'string' ? row.name : '';

/**
 * A generic repository over one synced table; `check` verifies references inside the write,
 * `sortKey` orders `list` (default: the row's name).
 */
export function createEntityRepository<T extends NamedTable, S extends z.ZodType>({
  ctx,
  table,
  schema,
  refTables = [],
  check,
  sortKey = byName,
}: {
  ctx: WriteContext;
  table: T;
  schema: S;
  refTables?: readonly SyncedTable[];
  check?: (db: QuotientDb, batch: WriteBatch, inputs: z.output<S>[]) => Promise<void>;
  sortKey?: (row: Entity<T>) => string;
}): EntityRepository<z.input<S>, Entity<T>> {
  const { db } = ctx;
  const tables = [table, ...refTables];

  const createMany = (all: z.output<S>[]) =>
    commit(ctx, tables, async (batch, stamp) => {
      await check?.(db, batch, all);
      return all.map((fields) => {
        const written = newRow<SyncedRow[T]>({
          table,
          fields: fields as RowFields<SyncedRow[T]>,
          stamp,
        });
        batch.add(table, written);
        return toEntity(written.row) as Entity<T>;
      });
    });

  return {
    async create(input) {
      const [created] = await createMany([parseInput(schema, input)]);
      return created as Entity<T>;
    },
    update(id, patch) {
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, table, id);
        const fields = parseInput(schema, { ...existing, ...definedOnly(patch as object) });
        await check?.(db, batch, [fields]);
        const next = fields as Partial<RowFields<SyncedRow[T]>>;
        const written = patchRow({ table, existing, next, stamp });
        batch.put(table, written);
        return toEntity(written?.row ?? existing) as Entity<T>;
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
      const rows = await db.synced(table).toArray();
      return rows
        .filter((row) => !row.deleted)
        .map((row) => toEntity(row) as Entity<T>)
        .map((entity) => ({ entity, key: sortKey(entity) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map(({ entity }) => entity);
    },
    async bulkCreate(inputs) {
      return createMany(parseMany(schema, inputs));
    },
  };
}
