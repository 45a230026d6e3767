import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorReply } from '#shared/sync/protocol';
import type { Db } from './db/db';
import type { RunningServer, TestUser } from '#test/server-harness';
import {
  call,
  createUser,
  openTestDb,
  sendUnread,
  startServer,
  testBackends,
} from '#test/server-harness';

const START = Date.parse('2026-11-28T10:00:00.000Z');
const KIB = 1024;
const MIB = 1024 * KIB;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(testBackends())('limits on %s', (backend) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let server: RunningServer;
  let clock = START;

  const putBlob = async (user: TestUser, bytes: Uint8Array, url = server.url) => {
    const response = await fetch(
      `${url}/v1/workspaces/${user.workspaceId}/blobs/${sha256(bytes)}`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${user.token}`,
          'content-type': 'application/octet-stream',
        },
        body: bytes,
      },
    );
    return { status: response.status, body: (await response.json()) as ErrorReply };
  };
  const pull = (user: TestUser, url = server.url) =>
    call<ErrorReply>(`${url}/v1/workspaces/${user.workspaceId}/changes`, { token: user.token });

  beforeAll(async () => {
    ({ db, dispose } = await openTestDb(backend));
    server = await startServer({
      db,
      now: () => clock,
      limits: { blobBytes: 256 * KIB, workspaceBlobBytes: 600 * KIB },
    });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });
  beforeEach(() => {
    clock = START;
  });

  describe('unauthenticated requests are refused before their body is read', () => {
    const BODY = 12 * MIB;
    // The server reads headers and what sits in its buffers, never the 12 MiB.
    const READ_AT_MOST = 2 * MIB;

    it.each([
      ['a push', 'POST', '/v1/workspaces/some-workspace/push', 401],
      ['a blob upload', 'PUT', `/v1/workspaces/some-workspace/blobs/${'a'.repeat(64)}`, 401],
      ['a logout', 'POST', '/v1/auth/logout', 401],
      ['an unknown route', 'POST', '/v1/nothing', 404],
      ['an unknown route under a workspace', 'POST', '/v1/workspaces/ws/nothing', 404],
      ['a CORS preflight', 'OPTIONS', '/v1/workspaces/some-workspace/push', 204],
    ])('%s', async (_what, method, path, status) => {
      const probe = await sendUnread(server.app, server.url, {
        method,
        path,
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
        bodyBytes: BODY,
      });
      expect(probe.statusLine).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(probe.sentBeforeReply).toBeLessThan(BODY);
      expect(probe.serverBytesRead).toBeLessThan(READ_AT_MOST);
    });

    it('and so is a blob over the limit or the quota, from a member', async () => {
      const user = await createUser(db, server.url);
      const tooLarge = await sendUnread(server.app, server.url, {
        method: 'PUT',
        path: `/v1/workspaces/${user.workspaceId}/blobs/${'b'.repeat(64)}`,
        headers: { authorization: `Bearer ${user.token}` },
        bodyBytes: BODY,
      });
      expect(tooLarge.statusLine).toMatch(/^HTTP\/1\.1 413 /);
      expect(tooLarge.serverBytesRead).toBeLessThan(READ_AT_MOST);
    });
  });

  it('answers a blob over the configured limit with 413 and the limit', async () => {
    const user = await createUser(db, server.url);
    const bytes = randomBytes(256 * KIB + 1);
    expect(await putBlob(user, bytes)).toEqual({
      status: 413,
      body: {
        error: 'payload_too_large',
        message: "The blob is larger than this server's limit of 256 KiB",
      },
    });
    expect((await putBlob(user, randomBytes(256 * KIB))).status).toBe(201);
  });

  it('keeps a workspace within its blob quota; a blob it has already costs nothing', async () => {
    const user = await createUser(db, server.url);
    const first = randomBytes(250 * KIB);
    const second = randomBytes(250 * KIB);
    expect((await putBlob(user, first)).status).toBe(201);
    expect((await putBlob(user, second)).status).toBe(201);
    const third = randomBytes(101 * KIB + 1);
    const refused = await putBlob(user, third);
    expect(refused).toEqual({
      status: 413,
      body: {
        error: 'quota_exceeded',
        message: expect.stringContaining(
          "The workspace's blob storage is full: 500 KiB of its 600 KiB are used",
        ),
      },
    });
    expect((await putBlob(user, first)).status).toBe(200);
    expect((await putBlob(user, randomBytes(100 * KIB))).status).toBe(201);
    // Another workspace has a quota of its own.
    const other = await createUser(db, server.url);
    expect((await putBlob(other, third)).status).toBe(201);
    const stored = await db.query<{ used: number }>(
      'select sum(size) as used from blobs where workspace_id = $1',
      [user.workspaceId],
    );
    expect(stored[0]?.used).toBe(600 * KIB);
  });

  it('does not let parallel uploads overshoot the quota together', async () => {
    const user = await createUser(db, server.url);
    const blobs = Array.from({ length: 8 }, () => randomBytes(100 * KIB));
    const replies = await Promise.all(blobs.map((bytes) => putBlob(user, bytes)));
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 413, 413]);
    const stored = await db.query<{ used: number }>(
      'select sum(size) as used from blobs where workspace_id = $1',
      [user.workspaceId],
    );
    expect(stored[0]?.used).toBe(600 * KIB);
  });

  it('limits requests per user with 429 and Retry-After, and refills with time', async () => {
    const limited = await startServer({
      db,
      now: () => clock,
      limits: { requestsPerMinute: 30 },
    });
    try {
      const user = await createUser(db, limited.url);
      const other = await createUser(db, limited.url);
      for (let index = 0; index < 30; index++) {
        expect((await pull(user, limited.url)).status).toBe(200);
      }
      const refused = await pull(user, limited.url);
      expect(refused).toMatchObject({
        status: 429,
        body: {
          error: 'too_many_requests',
          message: 'Too many requests: at most 30 a minute per user; try again in 2 s',
        },
      });
      expect(refused.headers.get('retry-after')).toBe('2');
      // Others are not affected; the bucket refills at 30 a minute (one every 2 s).
      expect((await pull(other, limited.url)).status).toBe(200);
      clock = START + 2000;
      expect((await pull(user, limited.url)).status).toBe(200);
      expect((await pull(user, limited.url)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('revokes the token on logout: every later call with it is 401', async () => {
    const user = await createUser(db, server.url);
    const bytes = randomBytes(16);
    expect((await putBlob(user, bytes)).status).toBe(201);
    const logout = await call(`${server.url}/v1/auth/logout`, {
      method: 'POST',
      token: user.token,
    });
    expect(logout.status).toBe(204);
    const expected = { status: 401, body: { error: 'unauthorized' } };
    expect(await pull(user)).toMatchObject(expected);
    expect(await putBlob(user, bytes)).toMatchObject(expected);
    const push = await call(`${server.url}/v1/workspaces/${user.workspaceId}/push`, {
      method: 'POST',
      token: user.token,
      body: { clientId: 'c1', schemaVersion: 1, mutations: [] },
    });
    expect(push).toMatchObject(expected);
    const again = await call(`${server.url}/v1/auth/logout`, { method: 'POST', token: user.token });
    expect(again).toMatchObject(expected);
    // Whatever body a client sends along.
    const second = await createUser(db, server.url);
    const withBody = await call(`${server.url}/v1/auth/logout`, {
      method: 'POST',
      token: second.token,
      body: '{"not json',
    });
    expect(withBody.status).toBe(204);
    expect(await pull(second)).toMatchObject(expected);
    const stored = await db.query('select 1 from tokens where user_id = $1', [user.userId]);
    expect(stored).toEqual([]);
  });
});
