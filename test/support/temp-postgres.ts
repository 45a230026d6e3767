import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database created for one test file or bench run. */
export type TempDatabase = { url: string; drop(): Promise<void> };

/**
 * Creates a fresh, empty database on the server `adminUrl` points to (its role needs CREATE
 * DATABASE); `drop()` removes it again, closing connections left over.
 */
export async function createTempDatabase(
  adminUrl: string,
  prefix = 'quotient_t',
): Promise<TempDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists "${name}" with (force)`),
  };
}
