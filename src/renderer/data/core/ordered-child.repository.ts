import { generateNKeysBetween } from 'fractional-indexing';
import type { QuotientDb, SyncedRow } from './database';
import type { Entity, InWrite } from './entity.repository';
import { parseInput } from './errors';
import { byPosition, lastPosition, placeInWrite, placementSchema } from './positions';
import type { Placement, PositionedTable } from './positions';
import { commit, loadRow, omitKeys, patchRow, queueNew, toEntity } from './write';
import type { RowFields, Stamp, WriteBatch, WriteContext, WriteTable } from './write';

/** What a write does to an ordered child; the parent guard hears it. */
export type OrderedAction = 'add' | 'move' | 'remove' | 'restore';

/** A child's own fields (no position: the repository places it). */
export type ChildFields<T extends PositionedTable> = Omit<RowFields<SyncedRow[T]>, 'position'>;
/** A new child: its fields, and its id when the caller needs it first (a fresh one otherwise). */
export type NewChild<T extends PositionedTable> = ChildFields<T> & { id?: string };

/** The fields of T's rows that hold a string: the candidates for the parent key. */
export type StringField<T extends PositionedTable> = {
  [F in keyof ChildFields<T>]: ChildFields<T>[F] extends string ? F : never;
}[keyof ChildFields<T>] &
  string;

export type OrderedChildOptions<T extends PositionedTable> = {
  ctx: WriteContext;
  table: T;
  /** The indexed field siblings share (their parent's id); positions order siblings only. */
  parentKey: StringField<T>;
  /** Tables the writes read besides `table` (the guard's, the checks', a cascade's). */
  tables?: readonly WriteTable[];
  /**
   * Refuses a write by throwing (offers: the offer must be a draft); runs first in every write,
   * with the new child's fields on add and the stored row otherwise.
   */
  guard?: (db: QuotientDb, row: ChildFields<T>, action: OrderedAction) => Promise<void>;
  /**
   * Checks a new child, or a moved one as it will be, inside the write: the parent a move names
   * is live, references exist. Runs on add and on every move that names a parent.
   */
  check?: (db: QuotientDb, batch: WriteBatch, row: ChildFields<T>) => Promise<void>;
  /**
   * Runs inside a remove or restore that changes the row's state, before the row is queued:
   * cascade to the child's own children, or refuse (throw) a restore.
   */
  onSetDeleted?: (write: InWrite, row: SyncedRow[T], deleted: boolean) => Promise<void>;
};

export type OrderedChildRepository<T extends PositionedTable> = {
  /** Adds a child after `after` and/or before `before` (siblings' ids), at the end when neither. */
  add(child: NewChild<T>, placement?: Placement): Promise<Entity<T>>;
  /** Appends children in input order to the ends of their parents, in one write. */
  addMany(children: readonly NewChild<T>[]): Promise<Entity<T>[]>;
  /** Moves a child between its neighbours, into the parent `parentId` when given. */
  move(id: string, placement: Placement, parentId?: string): Promise<Entity<T>>;
  /** Soft delete: the row stays with `deleted: true`. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Any child, deleted ones included. */
  get(id: string): Promise<Entity<T> | undefined>;
  /** The parent's children not deleted, by position. */
  listByParent(parentId: string): Promise<Entity<T>[]>;
  /** Every child of a parent, deleted ones included, in no particular order. */
  childrenOf(parentId: string): Promise<SyncedRow[T][]>;
  /** Runs `build` as one write over the repository's tables. */
  write<R>(build: (batch: WriteBatch, stamp: Stamp) => Promise<R>): Promise<R>;
  /**
   * Inside a write: guards, checks, places and queues a new child (as add). It places among the
   * stored siblings: children queued earlier in the same write are not seen.
   */
  queueAdd(
    write: Omit<InWrite, 'db'>,
    child: NewChild<T>,
    placement?: Placement,
  ): Promise<Entity<T>>;
};

/**
 * One repository for the ordered children of a parent (an offer's sections and chapters, a
 * section's lines): fractional positions, moves with respread, soft delete, and a guard hook
 * for what the parent allows. A table's own repository adds its specifics on top.
 */
export function createOrderedChildRepository<T extends PositionedTable>({
  ctx,
  table,
  parentKey,
  tables = [],
  guard,
  check,
  onSetDeleted,
}: OrderedChildOptions<T>): OrderedChildRepository<T> {
  const { db } = ctx;
  const writeTables = [...new Set([table, ...tables])];
  const parentOf = (row: ChildFields<T>): string => row[parentKey] as string;
  const fieldsOf = (child: NewChild<T>) => omitKeys(child, ['id']) as unknown as ChildFields<T>;
  const childrenOf = (parentId: string): Promise<SyncedRow[T][]> =>
    db.synced(table).where(parentKey).equals(parentId).toArray();
  const entity = (row: SyncedRow[T]): Entity<T> => toEntity(row) as Entity<T>;
  const write = <R>(build: (batch: WriteBatch, stamp: Stamp) => Promise<R>) =>
    commit(ctx, writeTables, build);

  const queueChild = (
    { batch, stamp }: Omit<InWrite, 'db'>,
    child: NewChild<T>,
    position: string,
  ): Entity<T> => {
    const fields = { ...fieldsOf(child), position } as RowFields<SyncedRow[T]>;
    return queueNew({ batch, stamp, table, fields, id: child.id }) as Entity<T>;
  };

  const queueAdd = async (
    inWrite: Omit<InWrite, 'db'>,
    child: NewChild<T>,
    placement: Placement = {},
  ): Promise<Entity<T>> => {
    const fields = fieldsOf(child);
    await guard?.(db, fields, 'add');
    await check?.(db, inWrite.batch, fields);
    const rows = await childrenOf(parentOf(fields));
    const position = placeInWrite({ ...inWrite, table, rows, placement });
    return queueChild(inWrite, child, position);
  };

  const setDeleted = (id: string, deleted: boolean) =>
    write(async (batch, stamp) => {
      const existing = await loadRow(db, table, id);
      await guard?.(db, existing, deleted ? 'remove' : 'restore');
      if (existing.deleted === deleted) return;
      await onSetDeleted?.({ db, batch, stamp }, existing, deleted);
      batch.put(table, patchRow({ table, existing, next: { deleted }, stamp }));
    });

  return {
    async add(child, placement = {}) {
      const parsed = parseInput(placementSchema, placement);
      return write((batch, stamp) => queueAdd({ batch, stamp }, child, parsed));
    },
    addMany(children) {
      return write(async (batch, stamp) => {
        const counts = new Map<string, number>();
        for (const child of children) {
          const fields = fieldsOf(child);
          await guard?.(db, fields, 'add');
          await check?.(db, batch, fields);
          counts.set(parentOf(fields), (counts.get(parentOf(fields)) ?? 0) + 1);
        }
        const keys = new Map<string, string[]>();
        for (const [parentId, count] of counts) {
          // Deleted children count too, so a restore cannot collide.
          const last = lastPosition(await childrenOf(parentId));
          keys.set(parentId, generateNKeysBetween(last, null, count));
        }
        // generateNKeysBetween made exactly one key per child of the parent.
        return children.map((child) =>
          queueChild({ batch, stamp }, child, keys.get(parentOf(child))?.shift() as string),
        );
      });
    },
    async move(id, placement, parentId) {
      const parsed = parseInput(placementSchema, placement);
      return write(async (batch, stamp) => {
        const existing = await loadRow(db, table, id);
        await guard?.(db, existing, 'move');
        const target = parentId ?? parentOf(existing);
        if (parentId !== undefined) {
          await check?.(db, batch, { ...existing, [parentKey]: parentId });
        }
        const rows = (await childrenOf(target)).filter((row) => row.id !== id);
        const position = placeInWrite({ batch, stamp, table, rows, placement: parsed });
        const next = { [parentKey]: target, position } as Partial<RowFields<SyncedRow[T]>>;
        const written = patchRow({ table, existing, next, stamp });
        batch.put(table, written);
        return entity(written?.row ?? existing);
      });
    },
    remove: (id) => setDeleted(id, true),
    restore: (id) => setDeleted(id, false),
    async get(id) {
      const row = await db.synced(table).get(id);
      return row && entity(row);
    },
    async listByParent(parentId) {
      const rows = await childrenOf(parentId);
      return rows
        .filter((row) => !row.deleted)
        .map(entity)
        .sort(byPosition);
    },
    childrenOf,
    write,
    queueAdd,
  };
}
