import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { byPosition } from '#shared/ordering';
import type { SyncedRow, SyncedTable } from './database';
import { patchRow } from './write';
import type { RowFields, Stamp, WriteBatch } from './write';

export { byPosition };

type Positioned = { id: string; position: string };

/** The highest position among rows (deleted ones included, so a restore cannot collide), or null. */
export function lastPosition(rows: readonly Positioned[]): string | null {
  let last: string | null = null;
  for (const row of rows) if (last === null || row.position > last) last = row.position;
  return last;
}

/** Where a row lands: after `after` and/or before `before` (siblings' ids); at the end when neither. */
export type Placement = { after?: string; before?: string };

/**
 * A move on a board of columns: the column the row goes to, under its own key `K` (a card's
 * `stage`, a line's `sectionId`), and where in that column.
 */
export type BoardMove<K extends string, V extends string = string> = Placement & {
  [key in K]: V;
};

const neighbourSchema = z.string().min(1).optional();
/** Validates a Placement. */
export const placementSchema = z.object({ after: neighbourSchema, before: neighbourSchema });

/** Validates a BoardMove whose column, under `key`, `column` validates. */
export function boardMoveSchema<K extends string, S extends z.ZodType<string>>(key: K, column: S) {
  return placementSchema.extend({ [key]: column } as { [k in K]: S });
}

/** The synced tables whose rows carry a fractional-index `position`. */
export type PositionedTable = {
  [T in SyncedTable]: SyncedRow[T] extends { position: string } ? T : never;
}[SyncedTable];

/** The new position, and a sibling to move up first when two siblings share one key. */
export type Placed<R> = { position: string; respread?: { row: R; position: string } };

/**
 * Places a row among `siblings` (live, sorted by byPosition, the placed row itself excluded);
 * `tail` is the end key when no neighbour is given. Throws RangeError for a neighbour that is
 * not a sibling or neighbours in the wrong order.
 */
export function placeAmong<R extends Positioned>(
  siblings: readonly R[],
  { after, before }: Placement,
  tail: string | null = lastPosition(siblings),
): Placed<R> {
  if (after === undefined && before === undefined) {
    return { position: generateKeyBetween(tail, null) };
  }
  const indexOf = (neighbour: string): number => {
    const index = siblings.findIndex((row) => row.id === neighbour);
    if (index < 0) throw new RangeError(`${neighbour} is not a sibling of the placed row`);
    return index;
  };
  const upperIndex = before !== undefined ? indexOf(before) : undefined;
  const lowerIndex = after !== undefined ? indexOf(after) : (upperIndex as number) - 1;
  const resolvedUpper = upperIndex ?? lowerIndex + 1;
  if (lowerIndex >= resolvedUpper) throw new RangeError(`${after} is not above ${before}`);
  const lower = siblings[lowerIndex];
  const upper = siblings[resolvedUpper];
  let upperKey = upper?.position ?? null;
  if (lower && upper && lower.position >= upper.position) {
    // Two devices inserted at once and gave both rows one key: spread them first.
    const ceiling = siblings.find((row) => row.position > lower.position)?.position ?? null;
    upperKey = generateKeyBetween(lower.position, ceiling);
    return {
      position: generateKeyBetween(lower.position, upperKey),
      respread: { row: upper, position: upperKey },
    };
  }
  // After the last live sibling, also go past deleted ones, so a restore cannot collide.
  const lowerKey =
    lower && !upper && tail !== null && tail > lower.position ? tail : (lower?.position ?? null);
  return { position: generateKeyBetween(lowerKey, upperKey) };
}

/**
 * Places a row inside a write among `rows`, the rows of its column (deleted ones included, so a
 * restore cannot collide; the placed row itself excluded), and queues moving up a sibling that
 * shares its key with another. The new position; RangeError as placeAmong.
 */
export function placeInWrite<T extends PositionedTable>({
  batch,
  stamp,
  table,
  rows,
  placement,
}: {
  batch: WriteBatch;
  stamp: Stamp;
  table: T;
  rows: readonly SyncedRow[T][];
  placement: Placement;
}): string {
  const live = rows.filter((row) => !row.deleted).sort(byPosition);
  const placed = placeAmong(live, placement, lastPosition(rows));
  if (placed.respread) {
    const { row, position } = placed.respread;
    const next = { position } as Partial<RowFields<SyncedRow[T]>>;
    batch.put(table, patchRow({ table, existing: row, next, stamp }));
  }
  return placed.position;
}
