import type { Db } from '../db/db';
import type { ThrottleOptions } from '../auth/throttle';
import type { ServerLimits } from './limits';
import type { RateLimiter } from './rate-limit';

/** Checks a password against a stored hash (undefined: unknown user); see auth/passwords. */
export type PasswordVerifier = (
  storedHash: string | undefined,
  password: string,
) => Promise<boolean>;

/** What every route needs: the database, the clock, the auth settings and the limits. */
export type ServerContext = {
  db: Db;
  /** Wall clock in epoch milliseconds. */
  now: () => number;
  tokenTtlMs: number;
  throttle: ThrottleOptions;
  verifyPassword: PasswordVerifier;
  /** Keys the hash that stands for an email address in the log. */
  logKey: string;
  limits: ServerLimits;
  /** Per-user request limit; undefined when there is none. */
  rateLimiter: RateLimiter | undefined;
};

/** Server time as the protocol writes it. */
export function serverTime(context: ServerContext): string {
  return new Date(context.now()).toISOString();
}
