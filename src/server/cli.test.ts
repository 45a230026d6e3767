import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReply, LoginReply } from '../shared/sync/protocol';
import { call } from './testing/harness';

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
  }, 60_000);

  it('serves the data folder, refuses a second process on it and shuts down cleanly', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', CLI], {
      cwd: ROOT,
      env: { ...process.env, ...env(), PORT: '0', HOST: '127.0.0.1' },
    });
    let logs = '';
    const exited = new Promise<number | null>((done) => server.on('close', done));
    try {
      const url = await new Promise<string>((done, fail) => {
        server.stdout.on('data', (chunk: Buffer) => {
          logs += chunk.toString();
          const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(logs);
          if (match?.[1]) done(match[1]);
        });
        void exited.then(() => fail(new Error(`server exited: ${logs}`)));
      });
      const health = await call<HealthReply>(`${url}/v1/health`);
      expect(health.body).toMatchObject({ status: 'ok', storage: 'pglite' });
      const login = await call<LoginReply>(`${url}/v1/auth/login`, {
        method: 'POST',
        body: { email: 'ann@example.com', password: 'new-pw' },
      });
      expect(login.body.workspaces.map((workspace) => workspace.name)).toEqual(['team']);

      const second = await cli(['workspace', 'add', '--name', 'third'], env());
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(
        `is in use by another Quotient server or command (pid ${server.pid})`,
      );
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(logs).toContain('"msg":"shutting down"');
    expect(logs).not.toContain('new-pw');
    expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
  }, 60_000);
});
