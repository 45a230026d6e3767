import type { Queryable } from '../db/db';

/** Login throttling: failures counted per account and per address in a sliding window. */
export type ThrottleOptions = {
  /** Failures per email within the window that block further attempts; default 5. */
  perAccount: number;
  /** Failures per client address within the window that block further attempts; default 20. */
  perAddress: number;
  /** Window length; default 15 minutes. */
  windowMs: number;
};

/** The defaults: 5 failures per account or 20 per address in 15 minutes. */
export const DEFAULT_THROTTLE: ThrottleOptions = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
};

type Key = { email: string; address: string };

/**
 * Milliseconds until a login for this email from this address is allowed again, or 0 when it
 * is allowed now. Blocked attempts are not recorded, so each key holds at most its limit of rows.
 */
export async function loginBlockedForMs(
  db: Queryable,
  { email, address }: Key,
  { now, options }: { now: Date; options: ThrottleOptions },
): Promise<number> {
  const since = new Date(now.getTime() - options.windowMs);
  const rows = await db.query<{ kind: 'account' | 'address'; at: Date }>(
    `select 'account' as kind, at from login_failures where email = $1 and at > $3
     union all
     select 'address' as kind, at from login_failures where address = $2 and at > $3`,
    [email, address, since],
  );
  const waits = (['account', 'address'] as const).map((kind) => {
    const limit = kind === 'account' ? options.perAccount : options.perAddress;
    const times = rows
      .filter((row) => row.kind === kind)
      .map((row) => row.at.getTime())
      .sort((a, b) => a - b);
    if (times.length < limit) return 0;
    // Allowed again once all but limit − 1 failures have left the window.
    const freeing = times[times.length - limit] ?? now.getTime();
    return Math.max(1, freeing + options.windowMs - now.getTime());
  });
  return Math.max(...waits);
}

/**
 * Records an attempt as failed before the password is checked, so parallel guesses count at
 * once instead of after their hashing; a success clears it again (clearAccountFailures).
 * Sweeps failures older than the window.
 */
export async function recordLoginAttempt(
  db: Queryable,
  { email, address }: Key,
  { now, options }: { now: Date; options: ThrottleOptions },
): Promise<void> {
  await db.query('delete from login_failures where at <= $1', [
    new Date(now.getTime() - options.windowMs),
  ]);
  await db.query('insert into login_failures (email, address, at) values ($1, $2, $3)', [
    email,
    address,
    now,
  ]);
}

/** A successful login clears the account's failures (the address keeps its count). */
export async function clearAccountFailures(db: Queryable, email: string): Promise<void> {
  await db.query('delete from login_failures where email = $1', [email]);
}
