import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './data-lock';
import { openDb } from './open-db';

/** Every folder and file under `dir` with its permission bits, e.g. `{ 'pgdata/PG_VERSION': '600' }`. */
function modes(dir: string, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const name = `${prefix}${entry.name}`;
    found[name] = (lstatSync(path).mode & 0o777).toString(8);
    if (entry.isDirectory()) Object.assign(found, modes(path, `${name}/`));
  }
  return found;
}

/** The distinct modes among `found`, folders and files apart. */
function distinctModes(dir: string): { folders: string[]; files: string[] } {
  const found = modes(dir);
  const folders = new Set<string>();
  const files = new Set<string>();
  for (const [name, mode] of Object.entries(found)) {
    (lstatSync(join(dir, name)).isDirectory() ? folders : files).add(mode);
  }
  return { folders: [...folders].sort(), files: [...files].sort() };
}

describe('openDb on a PGlite data folder', () => {
  let parent: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'quotient-open-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('creates the folder 0700 and every file in it 0600, the lock included', async () => {
    const dataDir = join(parent, 'data', 'server');
    const db = await openDb({ dataDir });
    try {
      expect((lstatSync(dataDir).mode & 0o777).toString(8)).toBe('700');
      expect((lstatSync(join(parent, 'data')).mode & 0o777).toString(8)).toBe('700');
      expect((lstatSync(join(dataDir, LOCK_FILE)).mode & 0o777).toString(8)).toBe('600');
      expect(Object.keys(modes(join(dataDir, 'pgdata'))).length).toBeGreaterThan(100);
      expect(distinctModes(join(dataDir, 'pgdata'))).toEqual({ folders: ['700'], files: ['600'] });
    } finally {
      await db.close();
    }
  }, 120_000);

  it('makes an existing folder and its files private again on open', async () => {
    const dataDir = join(parent, 'server');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    await (await openDb({ dataDir })).close();
    const version = join(dataDir, 'pgdata', 'PG_VERSION');
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'pgdata', 'base'), 0o777);
    chmodSync(version, 0o666);

    const db = await openDb({ dataDir });
    try {
      expect((lstatSync(dataDir).mode & 0o777).toString(8)).toBe('700');
      expect(distinctModes(join(dataDir, 'pgdata'))).toEqual({ folders: ['700'], files: ['600'] });
    } finally {
      await db.close();
    }
  }, 120_000);
});
