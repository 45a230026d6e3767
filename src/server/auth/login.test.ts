import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorReply } from '#shared/sync/protocol';
import { readConfig } from '../config';
import type { Db } from '../db/db';
import type { RunningServer, TestUser } from '#test/server-harness';
import {
  call,
  captureLog,
  createUser,
  login,
  openTestDb,
  startServer,
  testBackends,
} from '#test/server-harness';
import { verifyPassword } from './passwords';

const START = Date.parse('2026-11-28T10:00:00.000Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const BURST = 200;

describe.each(testBackends())('login on %s', (backend) => {
  let db: Db;
  let dispose: () => Promise<void>;
  /** Behind a proxy on loopback: X-Forwarded-For says which address a request comes from. */
  let server: RunningServer;
  let clock = START;
  let verifications = 0;
  const log = captureLog();
  let testNumber = 0;
  /** An address of this test's own, so tests do not share throttle counts. */
  const address = (host: number) => `10.${testNumber}.${Math.floor(host / 250)}.${host % 250}`;

  const tryLogin = (email: string, password: string, from: string, url = server.url) =>
    login(url, { email, password, forwardedFor: from });
  const statuses = (replies: readonly { status: number }[]) => {
    const counts: Record<number, number> = {};
    for (const { status } of replies) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  };
  const pull = (user: TestUser, token = user.token) =>
    call<ErrorReply>(`${server.url}/v1/workspaces/${user.workspaceId}/changes`, { token });

  beforeAll(async () => {
    ({ db, dispose } = await openTestDb(backend));
    server = await startServer({
      db,
      now: () => clock,
      trustProxy: ['127.0.0.1'],
      logger: { level: 'info', stream: log.stream },
      verifyPassword: (hash, password) => {
        verifications++;
        return verifyPassword(hash, password);
      },
    });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });
  beforeEach(() => {
    clock = START;
    testNumber++;
  });

  describe('a parallel burst of wrong passwords checks no more passwords than the limits allow', () => {
    it('against one account from one address: 5', async () => {
      const user = await createUser(db, server.url);
      verifications = 0;
      const replies = await Promise.all(
        Array.from({ length: BURST }, () => tryLogin(user.email, 'wrong', address(1))),
      );
      expect(statuses(replies)).toEqual({ 401: 5, 429: BURST - 5 });
      expect(verifications).toBe(5);
    });

    it('against many accounts from one address: 20', async () => {
      verifications = 0;
      const replies = await Promise.all(
        Array.from({ length: BURST }, (_, index) =>
          tryLogin(`guess-${testNumber}-${index}@example.com`, 'wrong', address(1)),
        ),
      );
      expect(statuses(replies)).toEqual({ 401: 20, 429: BURST - 20 });
      expect(verifications).toBe(20);
    });

    it('against one account from many addresses: 50', async () => {
      const user = await createUser(db, server.url);
      verifications = 0;
      const replies = await Promise.all(
        Array.from({ length: BURST }, (_, index) => tryLogin(user.email, 'wrong', address(index))),
      );
      expect(statuses(replies)).toEqual({ 401: 50, 429: BURST - 50 });
      expect(verifications).toBe(50);
    });
  });

  it('does not let an attacker elsewhere lock a colleague out, and keeps guessing bounded', async () => {
    const colleague = await createUser(db, server.url);
    const office = address(1);
    expect((await tryLogin(colleague.email, colleague.password, office)).status).toBe(200);

    const attacker = address(2);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await tryLogin(colleague.email, 'guess', attacker)).status).toBe(401);
    }
    // The attacker's address is blocked for this account, even with the right password ...
    expect((await tryLogin(colleague.email, colleague.password, attacker)).status).toBe(429);
    // ... the colleague is not, at the office or at a new address.
    expect((await tryLogin(colleague.email, colleague.password, office)).status).toBe(200);
    expect((await tryLogin(colleague.email, colleague.password, address(3))).status).toBe(200);

    // From many addresses, 50 failures in the window block the account at new addresses only.
    verifications = 0;
    for (let host = 10; host < 70; host++) {
      await tryLogin(colleague.email, 'guess', address(host));
    }
    expect(verifications).toBe(45);
    expect((await tryLogin(colleague.email, colleague.password, address(80))).status).toBe(429);
    expect((await tryLogin(colleague.email, colleague.password, office)).status).toBe(200);

    // A successful login clears only its own address's failures; the window frees the rest.
    clock = START + 15 * MINUTE + 1;
    expect((await tryLogin(colleague.email, colleague.password, attacker)).status).toBe(200);
  });

  it('forgets an address 90 days after its last successful login', async () => {
    const colleague = await createUser(db, server.url);
    const office = address(1);
    expect((await tryLogin(colleague.email, colleague.password, office)).status).toBe(200);
    clock = START + 91 * DAY;
    for (let host = 10; host < 60; host++) {
      expect((await tryLogin(colleague.email, 'guess', address(host))).status).toBe(401);
    }
    expect((await tryLogin(colleague.email, colleague.password, office)).status).toBe(429);
  });

  it('logs failed and throttled logins without the email address', async () => {
    const user = await createUser(db, server.url);
    const other = await createUser(db, server.url);
    log.lines.length = 0;
    for (let attempt = 0; attempt < 6; attempt++) {
      await tryLogin(user.email.toUpperCase(), 'wrong', address(1));
    }
    await tryLogin(other.email, 'wrong', address(2));
    await tryLogin(`nobody-${testNumber}@example.com`, 'wrong', address(2));
    const text = log.lines.join('\n').toLowerCase();
    for (const email of [user.email, other.email, `nobody-${testNumber}@example.com`]) {
      expect(text).not.toContain(email.toLowerCase());
      expect(text).not.toContain(email.split('@')[0]);
    }
    const logins = log
      .entries()
      .filter((entry) => ['login failed', 'login throttled'].includes(entry.msg ?? ''))
      .map((entry) => ({ msg: entry.msg, account: entry.account, address: entry.address }));
    const tag = logins[0]?.account;
    expect(tag).toMatch(/^[0-9a-f]{12}$/);
    expect(logins).toEqual([
      ...Array.from({ length: 5 }, () => ({
        msg: 'login failed',
        account: tag,
        address: address(1),
      })),
      { msg: 'login throttled', account: tag, address: address(1) },
      { msg: 'login failed', account: expect.not.stringMatching(String(tag)), address: address(2) },
      {
        msg: 'login failed',
        account: expect.stringMatching(/^[0-9a-f]{12}$/),
        address: address(2),
      },
    ]);
  });

  it('refuses a disabled user: no login, and their tokens stop working', async () => {
    const user = await createUser(db, server.url);
    expect((await pull(user)).status).toBe(200);
    await db.query('update users set disabled_at = $2 where id = $1', [
      user.userId,
      new Date(clock),
    ]);

    expect(await pull(user)).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    const logout = await call(`${server.url}/v1/auth/logout`, {
      method: 'POST',
      token: user.token,
    });
    expect(logout.status).toBe(401);
    expect(await tryLogin(user.email, user.password, address(1))).toMatchObject({
      status: 403,
      body: {
        error: 'account_disabled',
        message: 'This account is disabled; ask the administrator of the sync server',
      },
    });
    // A wrong password learns nothing about the account.
    expect(await tryLogin(user.email, 'wrong', address(1))).toMatchObject({
      status: 401,
      body: { error: 'unauthorized' },
    });

    await db.query('update users set disabled_at = null where id = $1', [user.userId]);
    expect((await tryLogin(user.email, user.password, address(1))).status).toBe(200);
  });

  describe('TRUST_PROXY', () => {
    const failureAddresses = async (email: string) =>
      (
        await db.query<{ address: string }>(
          'select address from login_failures where email = $1 order by at',
          [email],
        )
      ).map((row) => row.address);

    it('1 believes the one hop its proxy added, not what the client put before it', async () => {
      const { trustProxy } = readConfig({ TRUST_PROXY: '1' });
      const proxied = await startServer({ db, now: () => clock, trustProxy });
      try {
        const email = `forger-${testNumber}@example.com`;
        const real = address(7);
        const replies = [];
        for (let attempt = 0; attempt < 6; attempt++) {
          const forged = `192.0.2.${attempt + 1}`;
          replies.push(await tryLogin(email, 'wrong', `${forged}, ${real}`, proxied.url));
        }
        expect(replies.map((reply) => reply.status)).toEqual([401, 401, 401, 401, 401, 429]);
        expect(await failureAddresses(email)).toEqual(Array.from({ length: 5 }, () => real));
      } finally {
        await proxied.close();
      }
    });

    it('with a list of proxies ignores X-Forwarded-For from a client that is none of them', async () => {
      const { trustProxy } = readConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.1' });
      const proxied = await startServer({ db, now: () => clock, trustProxy });
      try {
        const email = `direct-${testNumber}@example.com`;
        await tryLogin(email, 'wrong', '192.0.2.1', proxied.url);
        await tryLogin(email, 'wrong', '192.0.2.2, 10.1.2.3', proxied.url);
        expect(await failureAddresses(email)).toEqual(['127.0.0.1', '127.0.0.1']);
      } finally {
        await proxied.close();
      }
    });
  });
});
