import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openDb } from '../db/open-db';
import type { AdminLogger, AdminSocket } from './socket';
import {
  ADMIN_SOCKET,
  AdminCommandError,
  MAX_ADMIN_REQUEST_BYTES,
  AdminSocketUnavailableError,
  listenAdminSocket,
  sendAdminRequest,
} from './socket';
import { runManagementCommand } from './run-command';

const UUID = expect.stringMatching(/^[0-9a-f-]{36}$/);

const quiet: AdminLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** Sends raw bytes to the socket (optionally closing our end) and returns everything it answers. */
function exchange(path: string, data: string, { end = false } = {}): Promise<string> {
  return new Promise((done, fail) => {
    const socket = createConnection(path);
    let received = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      if (data !== '') socket.write(data);
      if (end) socket.end();
    });
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => done(received));
    socket.on('error', fail);
  });
}

const reply = async (path: string, data: string, options?: { end?: boolean }) =>
  JSON.parse(await exchange(path, data, options)) as unknown;

describe('admin socket', () => {
  let dataDir: string;
  let db: Db;
  let admin: AdminSocket | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'quotient-admin-'));
    db = await openDb({ dataDir });
  }, 120_000);
  afterEach(async () => {
    await admin?.close();
    admin = undefined;
  });
  afterAll(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const userCount = async () =>
    (await db.query<{ n: number }>('select count(*)::int as n from users'))[0]?.n;

  it('runs a command handed over by the CLI path on the open database, owner-only, and is gone after close', async () => {
    admin = await listenAdminSocket({ dataDir, db, log: quiet });
    const path = join(dataDir, ADMIN_SOCKET);
    expect(admin.path).toBe(path);
    expect(lstatSync(path).isSocket()).toBe(true);
    expect(lstatSync(path).mode & 0o777).toBe(0o600);
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);

    // This process holds the data folder, so the command cannot open it and goes over the socket.
    const added = await runManagementCommand({
      db: { dataDir },
      request: {
        command: 'user add',
        args: { email: 'Ann@Example.com', password: 'pw-ann', workspace: 'team' },
      },
    });
    expect(added).toEqual({
      userId: UUID,
      email: 'ann@example.com',
      workspaceId: UUID,
      workspace: 'team',
      role: 'owner',
      workspaceCreated: true,
    });
    expect(
      await db.query('select email from users where id = $1', [
        (added as { userId: string }).userId,
      ]),
    ).toEqual([{ email: 'ann@example.com' }]);

    // A refused command arrives with the message the command itself gives.
    await expect(
      sendAdminRequest({
        dataDir,
        request: { command: 'user remove', args: { email: 'nobody@example.com' } },
      }),
    ).rejects.toThrow(new AdminCommandError('No user with email nobody@example.com'));

    await admin.close();
    expect(existsSync(path)).toBe(false);
    expect(
      await sendAdminRequest({
        dataDir,
        request: { command: 'workspace add', args: { name: 'x' } },
      }),
    ).toEqual({ kind: 'no-listener' });
  }, 120_000);

  it('refuses malformed requests with a specific error and changes nothing', async () => {
    admin = await listenAdminSocket({ dataDir, db, log: quiet, requestTimeoutMs: 500 });
    const path = admin.path;
    const before = await userCount();
    const invalid = (message: string | RegExp) => ({
      ok: false,
      error: 'invalid_request',
      message: typeof message === 'string' ? message : expect.stringMatching(message),
    });
    const add = { email: 'eve@example.com', password: 'pw-eve' };
    const cases: [string, unknown][] = [
      ['not json\n', invalid('Management request is not valid JSON')],
      ['null\n', invalid(/^Invalid management request: /)],
      ['[1]\n', invalid(/^Invalid management request: /)],
      [
        `${JSON.stringify({ command: 'user drop', args: add })}\n`,
        invalid('Unknown command "user drop"'),
      ],
      [
        `${JSON.stringify({ command: 'user add', args: { email: add.email } })}\n`,
        invalid(/^Invalid management request at args\.password: /),
      ],
      [
        `${JSON.stringify({ command: 'user add', args: { ...add, admin: true } })}\n`,
        invalid(/^Invalid management request at args: .*admin/),
      ],
      [
        `${JSON.stringify({ command: 'user add', args: add, sudo: 1 })}\n`,
        invalid(/^Invalid management request: .*sudo/),
      ],
      [
        `${JSON.stringify({ command: 'user add', args: { ...add, role: 'admin' } })}\n`,
        invalid(/^Invalid management request at args\.role: /),
      ],
      [
        `${JSON.stringify({ command: 'user add', args: { ...add, password: 42 } })}\n`,
        invalid(/^Invalid management request at args\.password: /),
      ],
      [
        `${JSON.stringify({ command: 'user add', args: { ...add, password: 'p'.repeat(5000) } })}\n`,
        invalid(/^Invalid management request at args\.password: /),
      ],
      [
        'x'.repeat(MAX_ADMIN_REQUEST_BYTES + 10),
        invalid(`Management request longer than ${MAX_ADMIN_REQUEST_BYTES} bytes`),
      ],
    ];
    for (const [data, expected] of cases) {
      expect({ data: data.slice(0, 80), reply: await reply(path, data) }).toEqual({
        data: data.slice(0, 80),
        reply: expected,
      });
    }
    expect(
      await reply(path, JSON.stringify({ command: 'user add', args: add }), { end: true }),
    ).toEqual(invalid('The request line ended without a line break'));
    expect(await reply(path, '{"command":')).toEqual(
      invalid('No complete request line arrived in time'),
    );
    expect(await userCount()).toBe(before);

    // The socket still serves a good request after all that.
    expect(
      await reply(path, `${JSON.stringify({ command: 'user add', args: add })}\n`),
    ).toMatchObject({ ok: true, result: { email: 'eve@example.com' } });
  }, 120_000);

  it('replaces a socket left by a process that is gone, and refuses to replace anything else', async () => {
    const path = join(dataDir, ADMIN_SOCKET);
    // A process that dies without cleaning up leaves its socket file behind.
    const child = spawn(process.execPath, [
      '-e',
      `require('node:net').createServer().listen(${JSON.stringify(path)}, () => console.log('up'))`,
    ]);
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    const gone = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await gone;
    expect(lstatSync(path).isSocket()).toBe(true);
    expect(
      await sendAdminRequest({
        dataDir,
        request: { command: 'workspace add', args: { name: 'y' } },
      }),
    ).toEqual({ kind: 'no-listener' });

    admin = await listenAdminSocket({ dataDir, db, log: quiet });
    expect(
      await sendAdminRequest({
        dataDir,
        request: { command: 'workspace add', args: { name: 'y' } },
      }),
    ).toEqual({ kind: 'answered', result: { workspaceId: UUID, name: 'y', epoch: UUID } });
    await admin.close();
    admin = undefined;

    writeFileSync(path, 'not a socket');
    try {
      await expect(listenAdminSocket({ dataDir, db, log: quiet })).rejects.toThrow(
        `${path} exists and is not a socket`,
      );
    } finally {
      rmSync(path);
    }
  }, 120_000);

  it('does not hand a command to a socket in a folder that others can enter', async () => {
    admin = await listenAdminSocket({ dataDir, db, log: quiet });
    chmodSync(dataDir, 0o755);
    try {
      await expect(
        sendAdminRequest({ dataDir, request: { command: 'workspace add', args: { name: 'z' } } }),
      ).rejects.toThrow(`its folder ${dataDir} is open to other users (mode 755)`);
    } finally {
      chmodSync(dataDir, 0o700);
    }
  }, 120_000);

  it('says at once when the data folder path is too long for a socket address', async () => {
    const deep = join(dataDir, 'a-folder-name-of-fifty-characters-for-this-test-xx'.repeat(2));
    mkdirSync(deep, { recursive: true });
    const request = { command: 'workspace add', args: { name: 'deep' } } as const;
    await expect(listenAdminSocket({ dataDir: deep, db, log: quiet })).rejects.toThrow(
      AdminSocketUnavailableError,
    );
    await expect(sendAdminRequest({ dataDir: deep, request })).rejects.toThrow(
      /is longer than a Unix socket allows \(103 bytes\): use a shorter DATA_DIR/,
    );
  });
});
