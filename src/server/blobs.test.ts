import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorReply } from '#shared/sync/protocol';
import { MAX_BLOB_BYTES } from '#shared/sync/protocol';
import type { Db } from './db/db';
import type { RunningServer, TestUser } from '#test/server-harness';
import { createUser, openTestDb, startServer, testBackends } from '#test/server-harness';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(testBackends())('blobs on %s', (backend) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let server: RunningServer;
  let owner: TestUser;
  let stranger: TestUser;

  const blobUrl = (hash: string, workspaceId = owner.workspaceId) =>
    `${server.url}/v1/workspaces/${workspaceId}/blobs/${hash}`;
  const put = async (
    hash: string,
    bytes: Uint8Array,
    { token = owner.token, workspaceId = owner.workspaceId } = {},
  ) => {
    const response = await fetch(blobUrl(hash, workspaceId), {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    return {
      status: response.status,
      body: (await response.json()) as ErrorReply & { sha256: string; size: number },
    };
  };
  const get = (hash: string, { token = owner.token, method = 'GET' } = {}) =>
    fetch(blobUrl(hash), { method, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    ({ db, dispose } = await openTestDb(backend));
    server = await startServer({ db });
    owner = await createUser(db, server.url);
    stranger = await createUser(db, server.url);
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });

  it('stores bytes under their hash, idempotently, and returns them', async () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const hash = sha256(bytes);
    expect(await put(hash, bytes)).toEqual({
      status: 201,
      body: { sha256: hash, size: bytes.length },
    });
    expect(await put(hash, bytes)).toEqual({
      status: 200,
      body: { sha256: hash, size: bytes.length },
    });
    const response = await get(hash);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await get(hash, { method: 'HEAD' })).status).toBe(200);
  });

  it('takes an empty blob and any content type', async () => {
    const empty = new Uint8Array(0);
    const response = await fetch(blobUrl(sha256(empty)), {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner.token}` },
      body: empty,
    });
    expect(response.status).toBe(201);
    expect((await (await get(sha256(empty))).arrayBuffer()).byteLength).toBe(0);
  });

  it('rejects bytes that do not match the hash and stores nothing', async () => {
    const bytes = randomBytes(100);
    const wrong = sha256(randomBytes(100));
    expect(await put(wrong, bytes)).toMatchObject({
      status: 400,
      body: { error: 'hash_mismatch', path: 'sha256' },
    });
    expect((await get(wrong)).status).toBe(404);
  });

  it('answers 404 for a missing blob and 400 for a malformed hash', async () => {
    const missing = await get(sha256(randomBytes(8)));
    expect([missing.status, await missing.json()]).toEqual([
      404,
      expect.objectContaining({ error: 'not_found' }),
    ]);
    const bad = await get('ABC');
    expect([bad.status, await bad.json()]).toEqual([
      400,
      expect.objectContaining({ error: 'bad_request', path: 'sha256' }),
    ]);
  });

  it('refuses more than 50 MiB with 413', async () => {
    const bytes = new Uint8Array(MAX_BLOB_BYTES + 1);
    expect(await put(sha256(bytes), bytes)).toMatchObject({
      status: 413,
      body: { error: 'payload_too_large' },
    });
  });

  it('keeps blobs inside the workspace', async () => {
    const bytes = randomBytes(64);
    const hash = sha256(bytes);
    await put(hash, bytes);
    expect((await get(hash, { token: stranger.token })).status).toBe(403);
    const foreignPut = await put(hash, bytes, { token: stranger.token });
    expect(foreignPut).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    // The stranger's own workspace does not have it.
    const own = await fetch(blobUrl(hash, stranger.workspaceId), {
      headers: { authorization: `Bearer ${stranger.token}` },
    });
    expect(own.status).toBe(404);
  });
});
