import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Thrown when another live process holds the data folder. */
export class DataFolderLockedError extends Error {
  override readonly name = 'DataFolderLockedError';
}

/** Name of the lock file inside the data folder. */
export const LOCK_FILE = 'server.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined; // absent, or vanished between the failed create and the read
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The pid of the live process that holds the data folder, if one does. */
export function liveLockHolder(dataDir: string): number | undefined {
  const holder = readPid(join(dataDir, LOCK_FILE));
  return holder !== undefined && isAlive(holder) ? holder : undefined;
}

/**
 * Takes the data folder for this process: PGlite corrupts a folder opened twice. A lock whose
 * process is gone is taken over; a live one (this process included) is refused with a clear
 * message. Returns the function that releases the lock.
 */
export function lockDataFolder(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path)) {
      return () => {
        if (readPid(path) === process.pid) rmSync(path, { force: true });
      };
    }
    const holder = readPid(path);
    if (holder !== undefined && isAlive(holder)) {
      throw new DataFolderLockedError(
        `The data folder ${dataDir} is in use by another Quotient server or command (pid ${holder}). ` +
          'Stop that process first, or set DATA_DIR to another folder.',
      );
    }
    rmSync(path, { force: true }); // stale: its process is gone
  }
  throw new DataFolderLockedError(
    `Could not take the lock ${path}: another process keeps racing for it.`,
  );
}
