import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorReply, HealthReply, LoginReply } from '#shared/sync/protocol';
import { MAX_PUSH_BYTES } from '#shared/sync/protocol';
import type { Db } from './db/db';
import { removeMember, setPassword } from './manage';
import type { RunningServer, TestUser } from '#test/server-harness';
import { call, createUser, openTestDb, startServer, testBackends } from '#test/server-harness';

const START = Date.parse('2026-11-28T10:00:00.000Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(testBackends())('HTTP surface on %s', (backend) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let server: RunningServer;
  let clock = START;
  const login = (email: string, password: string, url = server.url) =>
    call<LoginReply | ErrorReply>(`${url}/v1/auth/login`, {
      method: 'POST',
      body: { email, password },
    });
  const pull = (
    user: TestUser,
    options: { token?: string; workspaceId?: string; headers?: Record<string, string> } = {},
  ) =>
    call<ErrorReply>(
      `${server.url}/v1/workspaces/${options.workspaceId ?? user.workspaceId}/changes`,
      {
        token: options.token ?? user.token,
        headers: options.headers,
      },
    );

  beforeAll(async () => {
    ({ db, dispose } = await openTestDb(backend));
    server = await startServer({ db, now: () => clock, throttle: { perAddress: 1000 } });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });
  beforeEach(() => {
    clock = START;
  });

  it('answers health without a token', async () => {
    const reply = await call<HealthReply>(`${server.url}/v1/health`);
    expect(reply).toMatchObject({
      status: 200,
      body: { status: 'ok', protocol: 1, storage: backend, serverTime: '2026-11-28T10:00:00.000Z' },
    });
  });

  it('logs in with the workspaces and stores only the hash of the token', async () => {
    const user = await createUser(db, server.url);
    const reply = await login(user.email.toUpperCase(), user.password);
    expect(reply.status).toBe(200);
    const body = reply.body as LoginReply;
    expect(body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      user: { id: user.userId, email: user.email },
      workspaces: [{ id: user.workspaceId, name: `workspace-${user.email}`, role: 'owner' }],
    });
    const stored = await db.query<{ token_hash: string; expires_at: Date }>(
      'select token_hash, expires_at from tokens where user_id = $1',
      [user.userId],
    );
    const hash = createHash('sha256').update(body.token).digest('hex');
    expect(stored.map((row) => row.token_hash)).toContain(hash);
    expect(stored.map((row) => row.token_hash)).not.toContain(body.token);
    expect(stored.find((row) => row.token_hash === hash)?.expires_at.getTime()).toBe(
      START + 30 * DAY,
    );
    const passwordHash = await db.query<{ password_hash: string }>(
      'select password_hash from users where id = $1',
      [user.userId],
    );
    expect(passwordHash[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await createUser(db, server.url);
    const wrong = await login(user.email, 'not-the-password');
    const unknown = await login('nobody@example.com', user.password);
    const expected = { error: 'unauthorized', message: 'Wrong email or password' };
    expect([wrong.status, wrong.body, unknown.status, unknown.body]).toEqual([
      401,
      expected,
      401,
      expected,
    ]);
  });

  it('throttles an account at an address after five failures, even for the right password, until the window passes', async () => {
    const user = await createUser(db, server.url);
    for (let attempt = 0; attempt < 5; attempt++) {
      clock = START + attempt * MINUTE;
      expect((await login(user.email, 'wrong')).status).toBe(401);
    }
    clock = START + 5 * MINUTE;
    const blocked = await login(user.email, user.password);
    expect(blocked.status).toBe(429);
    expect((blocked.body as ErrorReply).error).toBe('too_many_requests');
    // The first failure leaves the 15-minute window at START + 15 min: 10 minutes from now.
    expect(blocked.headers.get('retry-after')).toBe('600');
    expect(blocked.headers.get('access-control-expose-headers')).toContain('Retry-After');
    clock = START + 15 * MINUTE + 1;
    expect((await login(user.email, user.password)).status).toBe(200);
  });

  it('throttles an address across accounts', async () => {
    const strict = await startServer({ db, now: () => clock, throttle: { perAddress: 3 } });
    try {
      const user = await createUser(db, server.url);
      for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
        expect((await login(email, 'wrong', strict.url)).status).toBe(401);
      }
      expect((await login(user.email, user.password, strict.url)).status).toBe(429);
    } finally {
      await strict.close();
      await db.query('delete from login_failures');
    }
  });

  it('rejects a malformed login with the path of the first problem', async () => {
    const reply = await call(`${server.url}/v1/auth/login`, {
      method: 'POST',
      body: { email: 'not-an-email', password: 'x' },
    });
    expect(reply).toMatchObject({ status: 400, body: { error: 'bad_request', path: 'email' } });
  });

  it('answers bad JSON, unknown routes and oversized bodies in the error shape', async () => {
    const user = await createUser(db, server.url);
    const badJson = await call(`${server.url}/v1/workspaces/${user.workspaceId}/push`, {
      method: 'POST',
      token: user.token,
      body: '{"clientId": ',
    });
    expect(badJson).toMatchObject({ status: 400, body: { error: 'bad_request', path: '' } });
    const unknown = await call(`${server.url}/v1/nothing`, { token: user.token });
    expect(unknown).toMatchObject({ status: 404, body: { error: 'not_found' } });
    const huge = await call(`${server.url}/v1/workspaces/${user.workspaceId}/push`, {
      method: 'POST',
      token: user.token,
      body: JSON.stringify({
        clientId: 'c1',
        schemaVersion: 1,
        mutations: [],
        pad: 'x'.repeat(MAX_PUSH_BYTES),
      }),
    });
    expect(huge).toMatchObject({
      status: 413,
      body: {
        error: 'payload_too_large',
        message: 'Request body is too large: the limit is 16 MiB',
      },
    });
    const hugeLogin = await call(`${server.url}/v1/auth/login`, {
      method: 'POST',
      body: { email: user.email, password: 'x'.repeat(100_000) },
    });
    expect(hugeLogin).toMatchObject({
      status: 413,
      body: {
        error: 'payload_too_large',
        message: 'Request body is too large: the limit is 64 KiB',
      },
    });
  });

  it('needs a valid, unexpired bearer token', async () => {
    const user = await createUser(db, server.url);
    const expected = { status: 401, body: { error: 'unauthorized' } };
    expect(await pull(user, { token: '' })).toMatchObject(expected);
    expect(await pull(user, { token: 'not-a-token' })).toMatchObject(expected);
    expect((await pull(user)).status).toBe(200);
    clock = START + 30 * DAY + 1;
    expect(await pull(user)).toMatchObject(expected);
  });

  it('revokes the token on logout', async () => {
    const user = await createUser(db, server.url);
    const logout = await call(`${server.url}/v1/auth/logout`, {
      method: 'POST',
      token: user.token,
    });
    expect(logout.status).toBe(204);
    expect(await pull(user)).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    const again = await call(`${server.url}/v1/auth/logout`, { method: 'POST', token: user.token });
    expect(again.status).toBe(401);
  });

  it('revokes every token when the password changes', async () => {
    const user = await createUser(db, server.url);
    await setPassword(db, { email: user.email, password: 'a new password' });
    expect((await pull(user)).status).toBe(401);
    expect((await login(user.email, 'a new password')).status).toBe(200);
  });

  it('answers 403 outside the workspace, for unknown workspaces and after removal', async () => {
    const user = await createUser(db, server.url);
    const other = await createUser(db, server.url);
    const expected = { status: 403, body: { error: 'forbidden' } };
    expect(await pull(user, { workspaceId: other.workspaceId })).toMatchObject(expected);
    expect(await pull(user, { workspaceId: 'no-such-workspace' })).toMatchObject(expected);
    expect(await pull(user, { workspaceId: '%00%27' })).toMatchObject(expected);
    const push = await call(`${server.url}/v1/workspaces/${other.workspaceId}/push`, {
      method: 'POST',
      token: user.token,
      body: { clientId: 'c1', schemaVersion: 1, mutations: [] },
    });
    expect(push).toMatchObject(expected);
    await removeMember(db, { email: other.email, workspace: other.workspaceId });
    expect(await pull(other)).toMatchObject(expected);
  });

  it('accepts protocol 1 with or without the header and answers 426 to any other', async () => {
    const user = await createUser(db, server.url);
    expect((await pull(user, { headers: { 'x-quotient-protocol': '1' } })).status).toBe(200);
    expect(await pull(user, { headers: { 'x-quotient-protocol': '2' } })).toMatchObject({
      status: 426,
      body: { error: 'protocol_unsupported' },
    });
    const loginV2 = await call(`${server.url}/v1/auth/login`, {
      method: 'POST',
      body: { email: user.email, password: user.password },
      headers: { 'x-quotient-protocol': '2' },
    });
    expect(loginV2.status).toBe(426);
  });

  it('answers CORS preflights and marks every reply for any origin', async () => {
    const preflight = await fetch(`${server.url}/v1/workspaces/x/push`, {
      method: 'OPTIONS',
      headers: {
        origin: 'app://quotient',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-quotient-protocol',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, X-Quotient-Protocol',
    );
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const unauthorized = await fetch(`${server.url}/v1/workspaces/x/changes`, {
      headers: { origin: 'http://localhost:4173' },
    });
    expect([unauthorized.status, unauthorized.headers.get('access-control-allow-origin')]).toEqual([
      401,
      '*',
    ]);
  });
});
