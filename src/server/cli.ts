/**
 * `npm run server` starts the sync server; `npm run server -- <command>` manages it:
 *
 *   (no arguments) | start                          serve on HOST:PORT
 *   user add --email E --password P [--workspace W] [--role owner|member]
 *   user passwd --email E --password P               also revokes the user's tokens
 *   workspace add --name N
 *   workspace epoch --workspace W                    new epoch: run after restoring a backup
 *   member add --email E --workspace W [--role owner|member]
 *   member remove --email E --workspace W
 *
 * W is a workspace id or name. Results are JSON on stdout; errors go to stderr with exit code 1
 * (2 for usage errors). With PGlite, stop the server before running a command: the data folder
 * is locked by whoever has it open.
 */
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app';
import type { ServerConfig } from './config';
import { readConfig } from './config';
import type { Db } from './db/db';
import { openDb } from './db/open-db';
import type { WorkspaceRole } from '../shared/sync/protocol';
import { roleSchema } from '../shared/sync/protocol';
import { addMember, addUser, addWorkspace, removeMember, renewEpoch, setPassword } from './manage';

class UsageError extends Error {
  override readonly name = 'UsageError';
}

const USAGE = `Usage: npm run server [-- start]
       npm run server -- user add --email <e> --password <p> [--workspace <id|name>] [--role owner|member]
       npm run server -- user passwd --email <e> --password <p>
       npm run server -- workspace add --name <name>
       npm run server -- workspace epoch --workspace <id|name>
       npm run server -- member add --email <e> --workspace <id|name> [--role owner|member]
       npm run server -- member remove --email <e> --workspace <id|name>`;

type Flags = {
  email?: string;
  password?: string;
  workspace?: string;
  name?: string;
  role?: string;
};

function required(flags: Flags, name: keyof Flags): string {
  const value = flags[name];
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

function roleFlag(flags: Flags): WorkspaceRole | undefined {
  if (flags.role === undefined) return undefined;
  const role = roleSchema.safeParse(flags.role);
  if (!role.success) throw new UsageError(`--role must be owner or member, got ${flags.role}`);
  return role.data;
}

type Command = (db: Db, flags: Flags) => Promise<unknown>;

const COMMANDS: Readonly<Record<string, Command>> = {
  'user add': (db, flags) =>
    addUser(db, {
      email: required(flags, 'email'),
      password: required(flags, 'password'),
      workspace: flags.workspace,
      role: roleFlag(flags),
    }),
  'user passwd': (db, flags) =>
    setPassword(db, { email: required(flags, 'email'), password: required(flags, 'password') }),
  'workspace add': (db, flags) => addWorkspace(db, { name: required(flags, 'name') }),
  'workspace epoch': (db, flags) => renewEpoch(db, { workspace: required(flags, 'workspace') }),
  'member add': (db, flags) =>
    addMember(db, {
      email: required(flags, 'email'),
      workspace: required(flags, 'workspace'),
      role: roleFlag(flags),
    }),
  'member remove': (db, flags) =>
    removeMember(db, { email: required(flags, 'email'), workspace: required(flags, 'workspace') }),
};

async function runCommand(config: ServerConfig, name: string, flags: Flags): Promise<void> {
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`Unknown command ${JSON.stringify(name)}`);
  const db = await openDb(config.db);
  try {
    process.stdout.write(`${JSON.stringify(await command(db, flags))}\n`);
  } finally {
    await db.close();
  }
}

const SHUTDOWN_GRACE_MS = 10_000;

function closeOnSignals(app: FastifyInstance, db: Db): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Requests still running after the grace period are cut off; the lock is released either way.
    const force = setTimeout(() => {
      app.log.error('shutdown timed out');
      void db.close().finally(() => process.exit(1));
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    app
      .close()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function serve(config: ServerConfig): Promise<void> {
  const db = await openDb(config.db);
  let app: FastifyInstance;
  try {
    app = await buildServer({
      db,
      logger: { level: config.logLevel },
      tokenTtlMs: config.tokenTtlMs,
      trustProxy: config.trustProxy,
    });
    closeOnSignals(app, db);
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await db.close();
    throw error;
  }
  app.log.info({ storage: db.storage }, 'sync server ready');
}

async function main(argv: readonly string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      workspace: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = readConfig(process.env);
  const name = positionals.join(' ');
  if (name === '' || name === 'start') await serve(config);
  else await runCommand(config, name, values);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exitCode = usage ? 2 : 1;
});
