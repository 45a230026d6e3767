import { v7 } from 'uuid';

/** A new row id: a UUIDv7 string, time-ordered so ids made in sequence sort in creation order. */
export function newId(): string {
  return v7();
}
