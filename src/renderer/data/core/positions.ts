import { generateKeyBetween } from 'fractional-indexing';

export { byPosition } from '#shared/ordering';

type Positioned = { id: string; position: string };

/** The highest position among rows (deleted ones included, so a restore cannot collide), or null. */
export function lastPosition(rows: readonly Positioned[]): string | null {
  let last: string | null = null;
  for (const row of rows) if (last === null || row.position > last) last = row.position;
  return last;
}

/** Where a row lands: after `after` and/or before `before` (siblings' ids); at the end when neither. */
export type Placement = { after?: string; before?: string };

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
