import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../db/data-lock';
import { runManagementCommand } from './run-command';

const UUID = expect.stringMatching(/^[0-9a-f-]{36}$/);

/** A process that holds the data folder's lock (as a running command would) until it is killed or `ms` pass. */
async function holdLock(
  dataDir: string,
  ms: number,
): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const lock = JSON.stringify(join(dataDir, LOCK_FILE));
  const child = spawn(process.execPath, [
    '-e',
    `const fs = require('node:fs');
     fs.writeFileSync(${lock}, process.pid + '\\n', { flag: 'wx' });
     console.log('held');
     setTimeout(() => fs.rmSync(${lock}), ${ms});`,
  ]);
  const exited = new Promise((done) => child.once('exit', done));
  await new Promise<void>((done, fail) => {
    child.stdout?.once('data', () => done());
    void exited.then(() => fail(new Error('the lock holder exited early')));
  });
  return { child, exited };
}

describe('runManagementCommand on a PGlite data folder', () => {
  let dataDir: string;
  let holder: ChildProcess | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'quotient-run-'));
  });
  afterEach(() => {
    holder?.kill('SIGKILL');
    holder = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('waits while another command holds the folder, then runs on the folder itself', async () => {
    const held = await holdLock(dataDir, 1_000);
    holder = held.child;
    let released = false;
    void held.exited.then(() => (released = true));
    const result = await runManagementCommand({
      db: { dataDir },
      request: { command: 'workspace add', args: { name: 'after-the-wait' } },
    });
    expect({ released, result }).toEqual({
      released: true,
      result: { workspaceId: UUID, name: 'after-the-wait', epoch: UUID },
    });
  }, 120_000);

  it('gives up after the wait and names the holder, which takes no commands', async () => {
    const held = await holdLock(dataDir, 600_000);
    holder = held.child;
    await expect(
      runManagementCommand({
        db: { dataDir },
        request: { command: 'workspace add', args: { name: 'never' } },
        waitMs: 500,
      }),
    ).rejects.toThrow(
      `The data folder ${dataDir} is in use by another Quotient server or command (pid ${held.child.pid}) ` +
        `and no server answers on ${join(dataDir, 'admin.sock')}.`,
    );
  }, 120_000);

  it('checks the request before touching the folder', async () => {
    await expect(
      runManagementCommand({
        db: { dataDir: join(dataDir, 'never-created') },
        request: { command: 'user add', args: { email: 'a@example.com' } },
      }),
    ).rejects.toThrow(/^Invalid management request at args\.password: /);
    expect(existsSync(join(dataDir, 'never-created'))).toBe(false);
  });
});
