import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorReply } from '#shared/sync/protocol';
import { readConfig } from './config';
import { addUser } from './manage';
import type { ServingServer } from './serve';
import { serve } from './serve';
import { call, login } from '#test/server-harness';

describe('the environment reaches the running server', () => {
  let dataDir: string;
  let server: ServingServer;
  let url: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'quotient-serve-'));
    server = await serve(
      readConfig({
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_MINUTE: '3',
        BLOB_LIMIT_MIB: '1',
        BLOB_QUOTA_MIB: '1',
      }),
    );
    url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('limits requests and blobs as RATE_LIMIT_PER_MINUTE, BLOB_LIMIT_MIB and BLOB_QUOTA_MIB say', async () => {
    const { workspaceId } = await addUser(server.db, {
      email: 'env@example.com',
      password: 'password-env',
      workspace: 'env',
    });
    const reply = await login(url, { email: 'env@example.com', password: 'password-env' });
    const { token } = reply.body as { token: string };
    const put = async (bytes: Buffer) => {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const response = await fetch(`${url}/v1/workspaces/${workspaceId}/blobs/${hash}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}` },
        body: bytes,
      });
      return { status: response.status, body: (await response.json()) as ErrorReply };
    };
    expect(await put(randomBytes(1024 * 1024 + 1))).toMatchObject({
      status: 413,
      body: { error: 'payload_too_large' },
    });
    expect((await put(randomBytes(1024 * 1024))).status).toBe(201);
    expect(await put(randomBytes(1))).toMatchObject({
      status: 413,
      body: { error: 'quota_exceeded' },
    });
    // Three requests so far, a minute's worth; the next one refills only after 20 s.
    const pull = await call(`${url}/v1/workspaces/${workspaceId}/changes`, { token });
    expect(pull).toMatchObject({ status: 429, body: { error: 'too_many_requests' } });
  });
});
