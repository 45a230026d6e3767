import type { Db, Queryable } from '../db/db';

/**
 * Login throttling (README, "Login throttle"): failures counted in a sliding window per
 * (account, address), per address, and per account from addresses it has never logged in from.
 * A blocked key never blocks the account's owner at an address they logged in from before.
 */
export type ThrottleOptions = {
  /** Failures for one account from one address that block that pair; default 5. */
  perAccountAddress: number;
  /** Failures from one address, whatever the accounts, that block the address; default 20. */
  perAddress: number;
  /**
   * Failures for one account, from all addresses together, that block its logins from
   * addresses it has not logged in from successfully (within `knownMs`); default 50.
   */
  perAccountUnknown: number;
  /** Window length; default 15 minutes. */
  windowMs: number;
  /** How long a successful login keeps an address known for the account; default 90 days. */
  knownMs: number;
};

/** The defaults; see ThrottleOptions. */
export const DEFAULT_THROTTLE: ThrottleOptions = {
  perAccountAddress: 5,
  perAddress: 20,
  perAccountUnknown: 50,
  windowMs: 15 * 60 * 1000,
  knownMs: 90 * 24 * 60 * 60 * 1000,
};

/** Whom an attempt concerns: the account's email and the client's address as the throttle counts it. */
export type ThrottleKey = { email: string; address: string };

type Clock = { now: Date; options: ThrottleOptions };

/** Advisory lock classes (the two-integer form keeps them apart from every other lock). */
const ADDRESS_LOCK = 7301;
const ACCOUNT_LOCK = 7302;

type FailureRow = { kind: 'account' | 'address'; address: string; at: Date };

/** Milliseconds until fewer than `limit` of the failure times are inside the window; 0 when already so. */
function waitForLimit(times: readonly number[], limit: number, { now, options }: Clock): number {
  if (times.length < limit) return 0;
  const sorted = [...times].sort((a, b) => a - b);
  // Allowed again once all but limit − 1 failures have left the window.
  const freeing = sorted[sorted.length - limit] ?? now.getTime();
  return Math.max(1, freeing + options.windowMs - now.getTime());
}

/** The wait the failures in the window impose on the key: the longest of the limits that apply. */
export function blockedForMs(
  rows: readonly FailureRow[],
  { key, known }: { key: ThrottleKey; known: boolean },
  clock: Clock,
): number {
  const { options } = clock;
  const times = (keep: (row: FailureRow) => boolean) =>
    rows.filter(keep).map((row) => row.at.getTime());
  return Math.max(
    waitForLimit(
      times((row) => row.kind === 'account' && row.address === key.address),
      options.perAccountAddress,
      clock,
    ),
    waitForLimit(
      times((row) => row.kind === 'address'),
      options.perAddress,
      clock,
    ),
    known
      ? 0
      : waitForLimit(
          times((row) => row.kind === 'account'),
          options.perAccountUnknown,
          clock,
        ),
  );
}

/**
 * Admits a login attempt, or says how long it must wait. An admitted attempt is recorded as a
 * failure before the password is checked, so parallel guesses count at once instead of after
 * their hashing; a success clears it (loginSucceeded). Check and record are one transaction
 * holding advisory locks on the address and on the account, so parallel attempts on PostgreSQL
 * see each other's records (PGlite serialises transactions anyway). Blocked attempts are not
 * recorded, so the rows of a key stay bounded by its limit.
 * @returns 0 when admitted, else the milliseconds to wait.
 */
export async function admitLoginAttempt(db: Db, key: ThrottleKey, clock: Clock): Promise<number> {
  const { now, options } = clock;
  const since = new Date(now.getTime() - options.windowMs);
  // Old failures are swept outside the locks: they no longer count anyway.
  await db.query('delete from login_failures where at <= $1', [since]);
  return db.transaction(async (tx) => {
    // Always the address first, then the account: a fixed order cannot deadlock.
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [ADDRESS_LOCK, key.address]);
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [ACCOUNT_LOCK, key.email]);
    const rows = await tx.query<FailureRow>(
      `select 'account' as kind, address, at from login_failures where email = $1 and at > $3
       union all
       select 'address' as kind, address, at from login_failures where address = $2 and at > $3`,
      [key.email, key.address, since],
    );
    const known = await isKnownAddress(tx, key, clock);
    const wait = blockedForMs(rows, { key, known }, clock);
    if (wait > 0) return wait;
    await tx.query('insert into login_failures (email, address, at) values ($1, $2, $3)', [
      key.email,
      key.address,
      now,
    ]);
    return 0;
  });
}

async function isKnownAddress(db: Queryable, key: ThrottleKey, { now, options }: Clock) {
  const rows = await db.query(
    `select 1 from login_addresses a join users u on u.id = a.user_id
      where u.email = $1 and a.address = $2 and a.last_at > $3`,
    [key.email, key.address, new Date(now.getTime() - options.knownMs)],
  );
  return rows.length > 0;
}

/**
 * A successful login clears the failures of its (account, address) pair (the address keeps
 * its count against other accounts) and makes the address known for the account; addresses
 * the account has not used within `knownMs` are forgotten.
 */
export async function loginSucceeded(
  db: Queryable,
  {
    key,
    userId,
    now,
    options,
  }: { key: ThrottleKey; userId: string; now: Date; options: ThrottleOptions },
): Promise<void> {
  await db.query('delete from login_failures where email = $1 and address = $2', [
    key.email,
    key.address,
  ]);
  await db.query('delete from login_addresses where user_id = $1 and last_at <= $2', [
    userId,
    new Date(now.getTime() - options.knownMs),
  ]);
  await db.query(
    `insert into login_addresses (user_id, address, last_at) values ($1, $2, $3)
     on conflict (user_id, address) do update set last_at = excluded.last_at`,
    [userId, key.address, now],
  );
}
