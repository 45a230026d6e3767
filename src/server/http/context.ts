import type { Db } from '../db/db';
import type { ThrottleOptions } from '../auth/throttle';

/** What every route needs: the database, the clock and the auth settings. */
export type ServerContext = {
  db: Db;
  /** Wall clock in epoch milliseconds. */
  now: () => number;
  tokenTtlMs: number;
  throttle: ThrottleOptions;
};

/** Server time as the protocol writes it. */
export function serverTime(context: ServerContext): string {
  return new Date(context.now()).toISOString();
}
