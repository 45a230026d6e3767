/**
 * A stand-in for src/shared/ids in the sync simulation: UUIDv7-shaped ids from a counter, so
 * a seed replays with the same ids (the real ones mix in the wall clock and random bits).
 * Test files install it with `vi.mock('../../../src/shared/ids', () => import('./deterministic-ids'))`.
 */

let counter = 0;

/** The next id: creation order is id order, as with real UUIDv7 ids. */
export function newId(): string {
  counter += 1;
  return `0190a000-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** Starts the ids of a run over. */
export function resetIds(): void {
  counter = 0;
}
