import { join, resolve } from 'node:path';
import type { Db } from './db';
import { lockDataFolder } from './data-lock';
import { migrate } from './migrations';
import { openPglite } from './pglite-db';
import { openPostgres } from './postgres-db';
import { makePrivateFolder, makePrivateTree } from './private-files';

/** Where the data lives: PostgreSQL, a PGlite data folder, or PGlite in memory (tests). */
export type OpenDbOptions = {
  /** `postgres://…`: use PostgreSQL. */
  databaseUrl?: string;
  /**
   * PGlite data folder; the database files go to `<dataDir>/pgdata`, the lock to
   * `<dataDir>/server.lock`. The folder is made private: 0700, files 0600.
   */
  dataDir?: string;
  /** PGlite in memory, gone on close. */
  memory?: boolean;
};

/** Opens the database the options name and brings its schema up to date. */
export async function openDb({ databaseUrl, dataDir, memory }: OpenDbOptions): Promise<Db> {
  const chosen = [databaseUrl !== undefined, dataDir !== undefined, memory === true];
  if (chosen.filter(Boolean).length !== 1) {
    throw new Error('openDb needs exactly one of databaseUrl, dataDir or memory');
  }
  let db: Db;
  let pgdata: string | undefined;
  if (databaseUrl !== undefined) {
    db = await openPostgres({ databaseUrl });
  } else if (dataDir !== undefined) {
    const folder = resolve(dataDir);
    makePrivateFolder(folder);
    const release = lockDataFolder(folder);
    pgdata = join(folder, 'pgdata');
    try {
      db = await openPglite({ dataDir: pgdata, onClose: release });
    } catch (error) {
      release();
      throw error;
    }
  } else {
    db = await openPglite({});
  }
  try {
    await migrate(db);
    // After the migrations, so that files they created are covered too.
    if (pgdata !== undefined) makePrivateTree(pgdata);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
