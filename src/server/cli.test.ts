import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReply, LoginReply, PullReply } from '#shared/sync/protocol';
import { TEST_DATABASE_URL, call } from '#test/server-harness';
import { createTempDatabase } from '#test/temp-postgres';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = 'src/server/cli.ts';
const UUID = expect.stringMatching(/^[0-9a-f-]{36}$/);

type Run = { code: number | null; stdout: string; stderr: string };

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const json = (run: Run): unknown => {
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout);
};

/** A server process (`npm run server`) until `stop()`, which sends SIGTERM and gives its exit code. */
type ServerProcess = { pid: number; url: string; logs(): string; stop(): Promise<number | null> };

async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', CLI], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' },
  });
  let logs = '';
  const exited = new Promise<number | null>((done) => server.on('close', done));
  server.stdout.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  try {
    const url = await new Promise<string>((done, fail) => {
      server.stdout.on('data', () => {
        // Ready once the admin socket listens too: "sync server ready" comes after both.
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(logs);
        if (match?.[1] && logs.includes('"msg":"sync server ready"')) done(match[1]);
      });
      void exited.then(() => fail(new Error(`server exited: ${logs}`)));
    });
    return {
      pid: server.pid ?? 0,
      url,
      logs: () => logs,
      stop() {
        server.kill('SIGTERM');
        return exited;
      },
    };
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
}

const mode = (path: string) => (lstatSync(path).mode & 0o777).toString(8);

describe('npm run server (cli.ts)', () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: '' });

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'quotient-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('manages users, workspaces, members and epochs', async () => {
    const ann = json(
      await cli(
        [
          'user',
          'add',
          '--email',
          'Ann@Example.com',
          '--password',
          'pw-ann',
          '--workspace',
          'team',
        ],
        env(),
      ),
    );
    expect(ann).toEqual({
      userId: UUID,
      email: 'ann@example.com',
      workspaceId: UUID,
      workspace: 'team',
      role: 'owner',
      workspaceCreated: true,
    });
    const team = (ann as { workspaceId: string }).workspaceId;
    const bob = json(
      await cli(
        [
          'user',
          'add',
          '--email',
          'bob@example.com',
          '--password',
          'pw-bob',
          '--workspace',
          'team',
        ],
        env(),
      ),
    );
    expect(bob).toMatchObject({ workspaceId: team, role: 'member', workspaceCreated: false });

    const duplicate = await cli(
      ['user', 'add', '--email', 'ann@example.com', '--password', 'x'],
      env(),
    );
    expect([duplicate.code, duplicate.stdout, duplicate.stderr]).toEqual([
      1,
      '',
      'A user with email ann@example.com exists already\n',
    ]);

    const other = json(await cli(['workspace', 'add', '--name', 'other'], env())) as {
      workspaceId: string;
      epoch: string;
    };
    expect(other).toEqual({ workspaceId: UUID, name: 'other', epoch: UUID });
    expect(
      json(
        await cli(
          [
            'member',
            'add',
            '--email',
            'bob@example.com',
            '--workspace',
            'other',
            '--role',
            'owner',
          ],
          env(),
        ),
      ),
    ).toEqual({
      userId: UUID,
      workspaceId: other.workspaceId,
      workspace: 'other',
      role: 'owner',
    });
    expect(
      json(
        await cli(['member', 'remove', '--email', 'bob@example.com', '--workspace', team], env()),
      ),
    ).toMatchObject({
      workspaceId: team,
      removed: true,
    });
    const epoch = json(await cli(['workspace', 'epoch', '--workspace', 'other'], env())) as {
      epoch: string;
      previousEpoch: string;
    };
    expect(epoch).toMatchObject({
      workspaceId: other.workspaceId,
      previousEpoch: other.epoch,
      epoch: UUID,
    });
    expect(epoch.epoch).not.toBe(other.epoch);
    expect(
      json(
        await cli(['user', 'passwd', '--email', 'ann@example.com', '--password', 'new-pw'], env()),
      ),
    ).toMatchObject({
      email: 'ann@example.com',
      revokedTokens: 0,
    });

    const nobody = await cli(['user', 'disable', '--email', 'nobody@example.com'], env());
    expect([nobody.code, nobody.stdout, nobody.stderr]).toEqual([
      1,
      '',
      'No user with email nobody@example.com\n',
    ]);

    const usage = await cli(['member', 'add', '--email', 'ann@example.com'], env());
    expect([usage.code, usage.stderr]).toEqual([
      2,
      expect.stringContaining('--workspace is required\nUsage:'),
    ]);
    const unknown = await cli(['user', 'delete'], env());
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      expect.stringContaining('Unknown command "user delete"'),
    ]);
  }, 300_000);

  it('takes every command while it serves the data folder, refuses a second server and shuts down cleanly', async () => {
    const server = await startServerProcess(env());
    let stopped = false;
    try {
      const { url } = server;
      const health = await call<HealthReply>(`${url}/v1/health`);
      expect(health.body).toMatchObject({ status: 'ok', storage: 'pglite' });
      expect({
        folder: mode(dataDir),
        lock: mode(join(dataDir, 'server.lock')),
        socket: mode(join(dataDir, 'admin.sock')),
        version: mode(join(dataDir, 'pgdata', 'PG_VERSION')),
      }).toEqual({ folder: '700', lock: '600', socket: '600', version: '600' });

      // A colleague added while the server runs can log in at once.
      const carol = json(
        await cli(
          [
            'user',
            'add',
            '--email',
            'carol@example.com',
            '--password',
            'pw-carol',
            '--workspace',
            'team',
          ],
          env(),
        ),
      ) as { userId: string; workspaceId: string };
      expect(carol).toEqual({
        userId: UUID,
        email: 'carol@example.com',
        workspaceId: UUID,
        workspace: 'team',
        role: 'member',
        workspaceCreated: false,
      });
      const login = await call<LoginReply>(`${url}/v1/auth/login`, {
        method: 'POST',
        body: { email: 'carol@example.com', password: 'pw-carol' },
      });
      expect([login.status, login.body.workspaces.map((workspace) => workspace.name)]).toEqual([
        200,
        ['team'],
      ]);
      expect(
        json(
          await cli(
            [
              'member',
              'add',
              '--email',
              'carol@example.com',
              '--workspace',
              'other',
              '--role',
              'owner',
            ],
            env(),
          ),
        ),
      ).toEqual({ userId: carol.userId, workspaceId: UUID, workspace: 'other', role: 'owner' });

      // The server pulls with the epoch the command set.
      const epoch = json(await cli(['workspace', 'epoch', '--workspace', 'team'], env())) as {
        epoch: string;
      };
      expect(epoch).toEqual({
        workspaceId: carol.workspaceId,
        name: 'team',
        epoch: UUID,
        previousEpoch: UUID,
      });
      const pull = await call<PullReply>(`${url}/v1/workspaces/${carol.workspaceId}/changes`, {
        token: login.body.token,
      });
      expect([pull.status, pull.body.epoch]).toEqual([200, epoch.epoch]);

      expect(json(await cli(['user', 'disable', '--email', 'carol@example.com'], env()))).toEqual({
        userId: carol.userId,
        email: 'carol@example.com',
        disabledAt: expect.any(String),
        revokedTokens: 1,
      });
      const revoked = await call(`${url}/v1/workspaces/${carol.workspaceId}/changes`, {
        token: login.body.token,
      });
      expect(revoked.status).toBe(401);
      expect(json(await cli(['user', 'remove', '--email', 'carol@example.com'], env()))).toEqual({
        userId: carol.userId,
        email: 'carol@example.com',
        removedFrom: ['other', 'team'],
        revokedTokens: 0,
      });

      // Errors read and exit as without a server.
      const unknown = await cli(['user', 'remove', '--email', 'carol@example.com'], env());
      expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([
        1,
        '',
        'No user with email carol@example.com\n',
      ]);
      const usage = await cli(['user', 'disable'], env());
      expect([usage.code, usage.stderr]).toEqual([
        2,
        expect.stringContaining('--email is required\nUsage:'),
      ]);

      const second = await cli([], { ...env(), PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(
        `is in use by another Quotient server or command (pid ${server.pid})`,
      );
      stopped = true;
      expect(await server.stop()).toBe(0);
    } finally {
      if (!stopped) await server.stop();
    }
    const logs = server.logs();
    expect(logs).toContain('"msg":"shutting down"');
    expect(logs).toContain('"command":"user add","msg":"admin command done"');
    expect(logs).not.toContain('pw-carol');
    expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
    expect(existsSync(join(dataDir, 'admin.sock'))).toBe(false);
  }, 300_000);
});

describe.runIf(TEST_DATABASE_URL)('npm run server (cli.ts) on PostgreSQL', () => {
  it('takes commands while a server runs on the same database', async () => {
    const temp = await createTempDatabase(TEST_DATABASE_URL ?? '');
    const env = { DATABASE_URL: temp.url, DATA_DIR: '' };
    try {
      const server = await startServerProcess(env);
      try {
        const dave = json(
          await cli(
            [
              'user',
              'add',
              '--email',
              'dave@example.com',
              '--password',
              'pw-dave',
              '--workspace',
              'pg-team',
            ],
            env,
          ),
        );
        expect(dave).toEqual({
          userId: UUID,
          email: 'dave@example.com',
          workspaceId: UUID,
          workspace: 'pg-team',
          role: 'owner',
          workspaceCreated: true,
        });
        const login = await call<LoginReply>(`${server.url}/v1/auth/login`, {
          method: 'POST',
          body: { email: 'dave@example.com', password: 'pw-dave' },
        });
        expect([login.status, login.body.workspaces.map((workspace) => workspace.name)]).toEqual([
          200,
          ['pg-team'],
        ]);
        expect(
          json(await cli(['user', 'disable', '--email', 'dave@example.com'], env)),
        ).toMatchObject({
          revokedTokens: 1,
        });
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      await temp.drop();
    }
  }, 300_000);
});
