import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataFolderLockedError, liveLockHolder } from '../db/data-lock';
import type { OpenDbOptions } from '../db/open-db';
import { openDb } from '../db/open-db';
import type { AdminRequest } from './commands';
import { parseAdminRequest, runAdminCommand } from './commands';
import { adminSocketPath, sendAdminRequest } from './socket';

/** How long a command waits for a data folder held by a process that does not take commands (yet). */
export const DEFAULT_WAIT_MS = 60_000;

const RETRY_MS = 200;

async function runDirectly(options: OpenDbOptions, request: AdminRequest): Promise<unknown> {
  const db = await openDb(options);
  try {
    return await runAdminCommand(db, request);
  } finally {
    await db.close();
  }
}

/**
 * Runs a management command where the data is. PostgreSQL: directly, like any other instance.
 * A PGlite data folder: handed to the server that holds it over its admin socket, or, when no
 * process holds the folder, on the folder itself. While the folder is held by a process that does
 * not answer on the socket (a server still starting, another command), it waits up to `waitMs`.
 */
export async function runManagementCommand({
  db: options,
  request,
  waitMs = DEFAULT_WAIT_MS,
}: {
  db: OpenDbOptions;
  request: unknown;
  waitMs?: number;
}): Promise<unknown> {
  const parsed = parseAdminRequest(request);
  if (options.dataDir === undefined) return runDirectly(options, parsed);
  const dataDir = resolve(options.dataDir);
  const deadline = Date.now() + waitMs;
  for (;;) {
    const holder = liveLockHolder(dataDir);
    if (holder === undefined) {
      try {
        return await runDirectly({ dataDir }, parsed);
      } catch (error) {
        if (!(error instanceof DataFolderLockedError)) throw error; // taken in the meantime
      }
    } else {
      const handOver = await sendAdminRequest({ dataDir, request: parsed });
      if (handOver.kind === 'answered') return handOver.result;
    }
    if (Date.now() >= deadline) {
      throw new DataFolderLockedError(
        `The data folder ${dataDir} is in use by another Quotient server or command ` +
          `(pid ${holder ?? 'unknown'}) and no server answers on ${adminSocketPath(dataDir)}. ` +
          'Stop that process first, or set DATA_DIR to another folder.',
      );
    }
    await sleep(RETRY_MS);
  }
}
