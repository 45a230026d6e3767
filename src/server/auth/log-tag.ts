import { createHmac } from 'node:crypto';
import type { Queryable } from '../db/db';

/** The key of accountLogTag, made once per database by migration 2 and kept in server_secrets. */
export async function loadLogKey(db: Queryable): Promise<string> {
  const rows = await db.query<{ value: string }>(
    `select value from server_secrets where name = 'log_key'`,
  );
  const key = rows[0]?.value;
  if (!key) throw new Error('server_secrets has no log_key: the schema is not migrated');
  return key;
}

/**
 * What the log writes instead of an email address: 12 hex digits of an HMAC-SHA256 keyed with
 * the database's log key. Attempts on one account share a tag across restarts and instances;
 * the address itself cannot be read back, nor found by hashing a list of addresses without the key.
 */
export function accountLogTag(key: string, email: string): string {
  return createHmac('sha256', key).update(email).digest('hex').slice(0, 12);
}
