/**
 * The admin socket: a Unix socket inside the PGlite data folder on which the running server
 * takes management commands, so that they work without stopping it. Only the folder's owner can
 * reach it (folder 0700, socket 0600). One connection carries one command: a JSON line
 * `{command, args}` in, a JSON line `{ok: true, result}` or `{ok: false, error, message}` out.
 */
import { chmodSync, lstatSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/db';
import { PRIVATE_FILE_MODE, isPrivateMode, makePrivateFolder } from '../db/private-files';
import { ManagementError } from '../manage';
import type { AdminRequest } from './commands';
import { AdminRequestError, parseAdminRequest, runAdminCommand } from './commands';

/** Name of the admin socket inside the data folder. */
export const ADMIN_SOCKET = 'admin.sock';

/** A request line longer than this is refused (the longest valid one is a few KiB). */
export const MAX_ADMIN_REQUEST_BYTES = 64 * 1024;

/** A connection that has not sent its request line by then is closed. */
export const ADMIN_REQUEST_TIMEOUT_MS = 10_000;

/** How long the CLI waits for the server's answer (PGlite may be busy with a large push). */
export const ADMIN_REPLY_TIMEOUT_MS = 120_000;

/** Room for the path in `sockaddr_un` (108 bytes on Linux, 104 on macOS, with the final NUL). */
const MAX_SOCKET_PATH_BYTES = 103;

/**
 * No admin socket here (Windows, or a data folder path too long for a socket address): the
 * server serves without one, and commands need it stopped.
 */
export class AdminSocketUnavailableError extends Error {
  override readonly name = 'AdminSocketUnavailableError';
}

/** The admin socket's path for the data folder `dataDir`. */
export function adminSocketPath(dataDir: string): string {
  return join(resolve(dataDir), ADMIN_SOCKET);
}

/**
 * The address to bind or connect for `path`: the path itself, or the shorter path relative to
 * the working folder when the absolute one is too long for a socket address.
 */
function socketAddress(path: string): string {
  // Node speaks named pipes there, not sockets in a folder whose permissions guard them.
  if (process.platform === 'win32') {
    throw new AdminSocketUnavailableError(
      'On Windows management commands cannot reach a running server: stop the server first.',
    );
  }
  if (Buffer.byteLength(path) <= MAX_SOCKET_PATH_BYTES) return path;
  const short = relative(process.cwd(), path);
  if (Buffer.byteLength(short) <= MAX_SOCKET_PATH_BYTES) return short;
  throw new AdminSocketUnavailableError(
    `The admin socket path ${path} is longer than a Unix socket allows (${MAX_SOCKET_PATH_BYTES} bytes): ` +
      'use a shorter DATA_DIR, or stop the server to run management commands.',
  );
}

/** The answer on the wire. */
const adminReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), result: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.enum(['invalid_request', 'refused', 'failed']),
    message: z.string(),
  }),
]);
type AdminReply = z.infer<typeof adminReplySchema>;

/** What a command's failure becomes on the wire. */
function failureReply(error: unknown): AdminReply {
  if (error instanceof AdminRequestError)
    return { ok: false, error: 'invalid_request', message: error.message };
  if (error instanceof ManagementError)
    return { ok: false, error: 'refused', message: error.message };
  return {
    ok: false,
    error: 'failed',
    message: error instanceof Error ? error.message : String(error),
  };
}

/** Where the admin socket logs (the server's pino logger); never the arguments, which may hold a password. */
export type AdminLogger = Record<
  'info' | 'warn' | 'error',
  (details: object, message: string) => void
>;

/** A listening admin socket. */
export type AdminSocket = {
  readonly path: string;
  /** Stops taking commands, waits for running ones, removes the socket file. */
  close(): Promise<void>;
};

/** Reads one request line from `socket`, answers it and ends the connection. */
function serveConnection(
  socket: Socket,
  { db, log, requestTimeoutMs }: { db: Db; log: AdminLogger; requestTimeoutMs: number },
): void {
  let state: 'reading' | 'running' | 'done' = 'reading';
  let buffered = '';
  const finish = (reply: AdminReply): void => {
    state = 'done';
    if (socket.destroyed) return;
    socket.end(`${JSON.stringify(reply)}\n`);
    // A client that never closes its end is cut off.
    socket.setTimeout(requestTimeoutMs);
  };
  const refuse = (message: string): void => {
    log.warn({ reason: message }, 'admin request refused');
    finish({ ok: false, error: 'invalid_request', message });
  };
  socket.setEncoding('utf8');
  socket.setTimeout(requestTimeoutMs);
  socket.on('timeout', () => {
    if (state === 'reading') refuse('No complete request line arrived in time');
    else socket.destroy();
  });
  // A client that goes away mid-command only loses its answer.
  socket.on('error', (error) => log.warn({ err: error }, 'admin socket connection failed'));
  socket.on('end', () => {
    if (state === 'reading') refuse('The request line ended without a line break');
  });
  socket.on('data', (chunk: string) => {
    if (state !== 'reading') return; // whatever follows the request line is ignored
    buffered += chunk;
    const end = buffered.indexOf('\n');
    const line = end < 0 ? buffered : buffered.slice(0, end);
    if (Buffer.byteLength(line) > MAX_ADMIN_REQUEST_BYTES) {
      refuse(`Management request longer than ${MAX_ADMIN_REQUEST_BYTES} bytes`);
      return;
    }
    if (end < 0) return;
    state = 'running';
    socket.setTimeout(0); // a command may wait for a long push
    void execute(line).then(finish);
  });

  async function execute(line: string): Promise<AdminReply> {
    let request: AdminRequest;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new AdminRequestError('Management request is not valid JSON');
      }
      request = parseAdminRequest(value);
    } catch (error) {
      log.warn({ reason: (error as Error).message }, 'admin request refused');
      return failureReply(error);
    }
    try {
      const result = await runAdminCommand(db, request);
      log.info({ command: request.command }, 'admin command done');
      return { ok: true, result };
    } catch (error) {
      const reply = failureReply(error);
      if (reply.ok === false && reply.error === 'failed') {
        log.error({ command: request.command, err: error }, 'admin command failed');
      } else {
        log.info({ command: request.command }, 'admin command refused');
      }
      return reply;
    }
  }
}

/** Removes a socket left at `path` by a process that is gone; anything else there is an error. */
function removeStaleSocket(path: string): void {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!stats.isSocket()) throw new Error(`${path} exists and is not a socket: remove it first.`);
  rmSync(path, { force: true });
}

/**
 * Takes management commands on `<dataDir>/admin.sock` and runs them on `db`. The caller holds
 * the data folder's lock, so a socket already there was left by a process that is gone and is
 * replaced.
 */
export async function listenAdminSocket({
  dataDir,
  db,
  log,
  requestTimeoutMs = ADMIN_REQUEST_TIMEOUT_MS,
}: {
  dataDir: string;
  db: Db;
  log: AdminLogger;
  /** How long a connection may take to send its request line. */
  requestTimeoutMs?: number;
}): Promise<AdminSocket> {
  const folder = resolve(dataDir);
  makePrivateFolder(folder);
  const path = adminSocketPath(folder);
  const address = socketAddress(path);
  removeStaleSocket(path);
  const server: Server = createServer({ allowHalfOpen: true }, (socket) =>
    serveConnection(socket, { db, log, requestTimeoutMs }),
  );
  server.maxConnections = 16;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(address, () => {
      server.off('error', fail);
      done();
    });
  });
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (error) {
    server.close();
    throw error;
  }
  server.on('error', (error) => log.error({ err: error }, 'admin socket failed'));
  let closed: Promise<void> | undefined;
  return {
    path,
    close() {
      closed ??= new Promise<void>((done) => {
        // net.Server removes its socket file on close; rmSync covers a server that failed.
        server.close(() => {
          rmSync(path, { force: true });
          done();
        });
      });
      return closed;
    },
  };
}

/** The CLI's view of a hand-over: answered, or no server listens (yet) on the socket. */
export type AdminHandOver = { kind: 'answered'; result: unknown } | { kind: 'no-listener' };

/** An error the server reported for a command it was handed. */
export class AdminCommandError extends Error {
  override readonly name = 'AdminCommandError';
}

/**
 * Refuses to hand a command (it may carry a password) to a socket that anyone but us could have
 * put there: the socket must be ours and its folder closed to everyone else.
 */
function checkSocketIsOurs(path: string, folder: string): boolean {
  let socket;
  try {
    socket = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const uid = process.getuid?.();
  const dir = lstatSync(folder);
  if (!socket.isSocket()) throw new AdminCommandError(`${path} is not a socket.`);
  if (uid !== undefined && (socket.uid !== uid || dir.uid !== uid)) {
    throw new AdminCommandError(
      `Refusing to use ${path}: it or its folder belongs to another user (uid ${socket.uid}).`,
    );
  }
  if (!isPrivateMode(dir.mode)) {
    throw new AdminCommandError(
      `Refusing to use ${path}: its folder ${folder} is open to other users (mode ${(dir.mode & 0o777).toString(8)}).`,
    );
  }
  return true;
}

/**
 * Hands `request` to the server listening on the data folder's admin socket and returns its
 * result. `no-listener` when no server listens there (none runs, or it is still starting).
 */
export async function sendAdminRequest({
  dataDir,
  request,
  timeoutMs = ADMIN_REPLY_TIMEOUT_MS,
}: {
  dataDir: string;
  request: AdminRequest;
  timeoutMs?: number;
}): Promise<AdminHandOver> {
  const folder = resolve(dataDir);
  const path = adminSocketPath(folder);
  const address = socketAddress(path);
  if (!checkSocketIsOurs(path, folder)) return { kind: 'no-listener' };
  const line = await new Promise<string | undefined>((done, fail) => {
    const socket = createConnection(address);
    let connected = false;
    let received = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      fail(new AdminCommandError(`The server did not answer on ${path} within ${timeoutMs} ms`));
    });
    socket.on('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', () => done(received));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected && (error.code === 'ECONNREFUSED' || error.code === 'ENOENT')) done(undefined);
      else fail(error);
    });
  });
  if (line === undefined) return { kind: 'no-listener' };
  let reply: AdminReply;
  try {
    reply = adminReplySchema.parse(JSON.parse(line));
  } catch {
    throw new AdminCommandError(
      line === ''
        ? `The server closed ${path} without an answer; the command may or may not have run.`
        : `The server's answer on ${path} is not understood.`,
    );
  }
  if (!reply.ok) throw new AdminCommandError(reply.message);
  return { kind: 'answered', result: reply.result };
}
