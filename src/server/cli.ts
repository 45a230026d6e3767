/**
 * `npm run server` starts the sync server; `npm run server -- <command>` manages it:
 *
 *   (no arguments) | start                          serve on HOST:PORT
 *   user add --email E --password P [--workspace W] [--role owner|member]
 *   user passwd --email E --password P               also revokes the user's tokens
 *   user disable --email E                           refuses login, revokes the user's tokens
 *   user enable --email E
 *   user remove --email E                            with tokens and memberships
 *   workspace add --name N
 *   workspace epoch --workspace W                    new epoch: run after restoring a backup
 *   member add --email E --workspace W [--role owner|member]
 *   member remove --email E --workspace W
 *
 * W is a workspace id or name. Results are JSON on stdout; errors go to stderr with exit code 1
 * (2 for usage errors). Commands work while the server runs: with PGlite they are handed to it
 * over the admin socket in its data folder (admin/socket.ts).
 */
import { parseArgs } from 'node:util';
import type { AdminCommandName, AdminRequest } from './admin/commands';
import { runManagementCommand } from './admin/run-command';
import { readConfig } from './config';
import { PRIVATE_DIR_MODE } from './db/private-files';
import type { WorkspaceRole } from '#shared/sync/protocol';
import { roleSchema } from '#shared/sync/protocol';
import type { ServingServer } from './serve';
import { serve } from './serve';

class UsageError extends Error {
  override readonly name = 'UsageError';
}

const USAGE = `Usage: npm run server [-- start]
       npm run server -- user add --email <e> --password <p> [--workspace <id|name>] [--role owner|member]
       npm run server -- user passwd --email <e> --password <p>
       npm run server -- user disable --email <e>
       npm run server -- user enable --email <e>
       npm run server -- user remove --email <e>
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

/** Each command's request, built from its flags; other flags are ignored. */
const REQUESTS: Readonly<Record<AdminCommandName, (flags: Flags) => AdminRequest>> = {
  'user add': (flags) => ({
    command: 'user add',
    args: {
      email: required(flags, 'email'),
      password: required(flags, 'password'),
      workspace: flags.workspace,
      role: roleFlag(flags),
    },
  }),
  'user passwd': (flags) => ({
    command: 'user passwd',
    args: { email: required(flags, 'email'), password: required(flags, 'password') },
  }),
  'user disable': (flags) => ({
    command: 'user disable',
    args: { email: required(flags, 'email') },
  }),
  'user enable': (flags) => ({ command: 'user enable', args: { email: required(flags, 'email') } }),
  'user remove': (flags) => ({ command: 'user remove', args: { email: required(flags, 'email') } }),
  'workspace add': (flags) => ({
    command: 'workspace add',
    args: { name: required(flags, 'name') },
  }),
  'workspace epoch': (flags) => ({
    command: 'workspace epoch',
    args: { workspace: required(flags, 'workspace') },
  }),
  'member add': (flags) => ({
    command: 'member add',
    args: {
      email: required(flags, 'email'),
      workspace: required(flags, 'workspace'),
      role: roleFlag(flags),
    },
  }),
  'member remove': (flags) => ({
    command: 'member remove',
    args: { email: required(flags, 'email'), workspace: required(flags, 'workspace') },
  }),
};

function requestFor(name: string, flags: Flags): AdminRequest {
  if (!Object.hasOwn(REQUESTS, name))
    throw new UsageError(`Unknown command ${JSON.stringify(name)}`);
  return REQUESTS[name as AdminCommandName](flags);
}

const SHUTDOWN_GRACE_MS = 10_000;

function closeOnSignals(server: ServingServer): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    server.app.log.info({ signal }, 'shutting down');
    // Requests still running after the grace period are cut off; the lock is released either way.
    const force = setTimeout(() => {
      server.app.log.error('shutdown timed out');
      void server.db.close().finally(() => process.exit(1));
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
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
  // Everything this process creates (database files, lock, socket) is for its owner alone.
  process.umask(0o777 & ~PRIVATE_DIR_MODE);
  const config = readConfig(process.env);
  const name = positionals.join(' ');
  if (name === '' || name === 'start') {
    closeOnSignals(await serve(config));
    return;
  }
  const request = requestFor(name, values);
  const result = await runManagementCommand({ db: config.db, request });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exitCode = usage ? 2 : 1;
});
