import { generateNKeysBetween } from 'fractional-indexing';
import { byPosition, lastPosition } from '../core/positions';

type Positioned = { id: string; position: string };

/**
 * Positions that put `ordered` ids (the rows a plan owns in one list: sections of an offer,
 * lines of a section, instalments of a plan) in that order among `rows`, the list's rows
 * (deleted ones included). Rows the plan does not own keep their places; the owned ones fill
 * the places owned rows hold now, in the wanted order; new ids (not among `rows`) go right after
 * the owned row before them (or before the first one, or at the end). Only rows that need a new
 * position are in the result: new ids always, stored rows only when the order must change.
 */
export function arrangePositions(
  rows: readonly (Positioned & { deleted: boolean })[],
  ordered: readonly string[],
): Map<string, string> {
  const wanted = new Set(ordered);
  const live = rows.filter((row) => !row.deleted).sort(byPosition);
  const stored = new Set(live.map((row) => row.id));
  const storedWanted = ordered.filter((id) => stored.has(id));
  // The owned places, filled in the wanted order (a row not in `ordered` is not owned here: the
  // caller marks owned rows it removes as deleted and leaves out rows that move in from elsewhere).
  let next = 0;
  const list: string[] = [];
  for (const row of live) {
    if (!wanted.has(row.id)) list.push(row.id);
    else list.push(storedWanted[next++] as string);
  }
  // New ids follow the wanted id before them; the first ones go before the first stored one.
  const firstStored = storedWanted[0];
  let previous: string | undefined;
  for (const id of ordered) {
    if (!stored.has(id)) {
      const at =
        previous !== undefined
          ? list.indexOf(previous) + 1
          : firstStored !== undefined
            ? list.indexOf(firstStored)
            : list.length;
      list.splice(at, 0, id);
    }
    previous = id;
  }
  const positions = new Map(live.map((row) => [row.id, row.position]));
  const result = new Map<string, string>();
  const keptInOrder = list
    .filter((id) => stored.has(id))
    .every((id, index) => live[index]?.id === id);
  if (keptInOrder && placeNewOnly(list, positions, lastPosition(rows), result)) return result;
  // The stored order must change (or two rows share a key): every live row gets a fresh key.
  result.clear();
  const keys = generateNKeysBetween(null, null, list.length);
  list.forEach((id, index) => {
    const key = keys[index] as string;
    if (positions.get(id) !== key) result.set(id, key);
  });
  return result;
}

/** Keys for the runs of new ids between stored neighbours; false when two neighbours share a key. */
function placeNewOnly(
  list: readonly string[],
  positions: ReadonlyMap<string, string>,
  tail: string | null,
  result: Map<string, string>,
): boolean {
  let index = 0;
  while (index < list.length) {
    if (positions.has(list[index] as string)) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < list.length && !positions.has(list[index] as string)) index += 1;
    const lower = start > 0 ? (positions.get(list[start - 1] as string) ?? null) : null;
    // After the last live row, also past deleted ones, so a restore cannot collide.
    const upper = index < list.length ? (positions.get(list[index] as string) ?? null) : null;
    const floor =
      upper === null && tail !== null && (lower === null || tail > lower) ? tail : lower;
    if (floor !== null && upper !== null && floor >= upper) return false;
    const keys = generateNKeysBetween(floor, upper, index - start);
    for (let offset = start; offset < index; offset += 1) {
      result.set(list[offset] as string, keys[offset - start] as string);
    }
  }
  return true;
}
