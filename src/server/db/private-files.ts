import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Mode of the data folder and every folder in it: only the owner may enter. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file in the data folder: only the owner may read or write. */
export const PRIVATE_FILE_MODE = 0o600;

/** True when neither group nor others have any access to `mode`. */
export function isPrivateMode(mode: number): boolean {
  return (mode & 0o077) === 0;
}

/**
 * Creates `dir` (and missing parents) and makes it enterable by its owner alone, also when it
 * existed with a looser mode: the database, its lock and the admin socket live inside.
 */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  try {
    chmodSync(dir, PRIVATE_DIR_MODE);
  } catch (error) {
    throw new Error(
      `Cannot make the data folder ${dir} private (mode 0700): ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * Gives every folder under `dir` mode 0700 and every file 0600. PGlite copies its initial
 * database with mode 0666, so this runs after each open. Symbolic links are left alone.
 */
export function makePrivateTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      fixMode(path, PRIVATE_DIR_MODE);
      makePrivateTree(path);
    } else if (entry.isFile()) {
      fixMode(path, PRIVATE_FILE_MODE);
    }
  }
}

function fixMode(path: string, mode: number): void {
  try {
    if ((lstatSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch (error) {
    // A file PGlite removed between the listing and the chmod needs no fixing.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
