import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config';
import { serve } from './serve';
import { call } from '#test/server-harness';

describe('serve on a PGlite data folder', () => {
  let parent: string;
  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), 'quotient-serve-'));
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  const start = (dataDir: string) =>
    serve(readConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }));
  const health = async (server: Awaited<ReturnType<typeof start>>) => {
    const { port } = server.app.server.address() as AddressInfo;
    return (await call(`http://127.0.0.1:${port}/v1/health`)).status;
  };

  it('listens on the admin socket while it serves and removes socket and lock on close', async () => {
    const dataDir = join(parent, 'short');
    const server = await start(dataDir);
    expect(server.admin?.path).toBe(join(dataDir, 'admin.sock'));
    expect(existsSync(join(dataDir, 'admin.sock'))).toBe(true);
    expect(await health(server)).toBe(200);
    await server.close();
    expect([
      existsSync(join(dataDir, 'admin.sock')),
      existsSync(join(dataDir, 'server.lock')),
    ]).toEqual([false, false]);
  }, 120_000);

  it('still serves when the data folder path is too long for a socket', async () => {
    const dataDir = join(parent, 'a-folder-name-of-fifty-characters-for-this-test-xx'.repeat(2));
    mkdirSync(dataDir, { recursive: true });
    const server = await start(dataDir);
    try {
      expect(server.admin).toBeUndefined();
      expect(await health(server)).toBe(200);
    } finally {
      await server.close();
    }
  }, 120_000);
});
