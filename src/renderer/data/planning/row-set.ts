import { newId } from '#shared/ids';
import type { QuotientDb, SyncedRow, SyncedTable } from '../core/database';
import { RowNotFoundError } from '../core/errors';
import { contentFields, newRow, patchRow } from '../core/write';
import type { RowFields, Stamp, WriteBatch } from '../core/write';

type AnyRow = SyncedRow[SyncedTable];
type Entry = { stored?: AnyRow; row: AnyRow; changed: boolean };

/**
 * The rows one plan write reads and changes, queued once each when the write ends. A plan write
 * changes a row in several steps (a package moved, then its line re-generated); patchRow refuses
 * a second change under the same stamp, and the re-generation must see the write's own changes
 * before they are stored, so every read and change of the write goes through this set.
 */
export class RowSet {
  private readonly tables = new Map<SyncedTable, Map<string, Entry>>();

  constructor(
    private readonly db: QuotientDb,
    private readonly stamp: Stamp,
  ) {}

  private entries(table: SyncedTable): Map<string, Entry> {
    let entries = this.tables.get(table);
    if (!entries) this.tables.set(table, (entries = new Map()));
    return entries;
  }

  private track<T extends SyncedTable>(table: T, rows: readonly SyncedRow[T][]): void {
    const entries = this.entries(table);
    for (const row of rows) {
      if (!entries.has(row.id)) entries.set(row.id, { stored: row, row, changed: false });
    }
  }

  /**
   * The rows of `table` whose indexed `key` is `value` as this write sees them (its own new and
   * changed rows included), deleted ones too.
   */
  async where<T extends SyncedTable>(
    table: T,
    key: string,
    value: string,
  ): Promise<SyncedRow[T][]> {
    this.track(table, await this.db.synced(table).where(key).equals(value).toArray());
    return [...this.entries(table).values()]
      .map((entry) => entry.row as SyncedRow[T])
      .filter((row) => (row as Record<string, unknown>)[key] === value);
  }

  /** One row as this write sees it, or undefined. */
  async find<T extends SyncedTable>(table: T, id: string): Promise<SyncedRow[T] | undefined> {
    const entry = this.entries(table).get(id);
    if (entry) return entry.row as SyncedRow[T];
    const stored = await this.db.synced(table).get(id);
    if (!stored) return undefined;
    this.track(table, [stored]);
    return stored;
  }

  /** One row as this write sees it, or RowNotFoundError. */
  async load<T extends SyncedTable>(table: T, id: string): Promise<SyncedRow[T]> {
    const row = await this.find(table, id);
    if (!row) throw new RowNotFoundError(table, id);
    return row;
  }

  /** A row this write has seen (read, added or changed), or undefined. */
  seen<T extends SyncedTable>(table: T, id: string): SyncedRow[T] | undefined {
    return this.entries(table).get(id)?.row as SyncedRow[T] | undefined;
  }

  /** Queues a new row (a fresh id unless `id` is given); the row as the write sees it. */
  add<T extends SyncedTable>(
    table: T,
    fields: RowFields<SyncedRow[T]>,
    id = newId(),
  ): SyncedRow[T] {
    const { row } = newRow<SyncedRow[T]>({ table, fields, stamp: this.stamp, id });
    if (this.entries(table).has(id)) throw new Error(`${table} ${id} exists already`);
    this.entries(table).set(id, { row, changed: true });
    return row;
  }

  /** Changes a row the write has read; the new version. */
  patch<T extends SyncedTable>(
    table: T,
    id: string,
    next: Partial<RowFields<SyncedRow[T]>> | { deleted: boolean },
  ): SyncedRow[T] {
    const entry = this.entries(table).get(id);
    if (!entry) throw new RowNotFoundError(table, id);
    entry.row = { ...entry.row, ...next } as AnyRow;
    entry.changed = true;
    return entry.row as SyncedRow[T];
  }

  /** Queues every new and changed row in the batch: one change set per row, under the write's stamp. */
  flush(batch: WriteBatch): void {
    for (const [table, entries] of this.tables) {
      for (const entry of entries.values()) {
        if (!entry.changed) continue;
        const fields = contentFields(entry.row) as RowFields<AnyRow>;
        if (!entry.stored) {
          batch.add(
            table,
            newRow<AnyRow>({ table, fields, stamp: this.stamp, id: entry.row.id }) as never,
          );
          continue;
        }
        const next = { ...fields, deleted: entry.row.deleted } as Partial<RowFields<AnyRow>>;
        batch.put(
          table,
          patchRow<AnyRow>({ table, existing: entry.stored, next, stamp: this.stamp }) as never,
        );
      }
    }
  }
}
