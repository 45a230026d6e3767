import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../src/shared/sync/change';
import type { ErrorReply, LoginReply, PullReply } from '../../src/shared/sync/protocol';
import { buildServer } from '../../src/server/app';
import type { BuildServerOptions, LogDestination } from '../../src/server/app';
import type { Db } from '../../src/server/db/db';
import { openDb } from '../../src/server/db/open-db';
import { addUser } from '../../src/server/manage';
import { createTempDatabase } from './temp-postgres';

/** The storage a suite runs against. */
export type Backend = 'pglite' | 'postgres';

/** The PostgreSQL server for tests, when one is configured. */
export const TEST_DATABASE_URL = process.env.QUOTIENT_TEST_DATABASE_URL;

/** PGlite always; PostgreSQL too when QUOTIENT_TEST_DATABASE_URL is set. */
export function testBackends(): Backend[] {
  return TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A database of its own for one test file: PGlite in memory, or a fresh PostgreSQL database. */
export async function openTestDb(backend: Backend): Promise<{ db: Db; dispose(): Promise<void> }> {
  if (backend === 'pglite') {
    const db = await openDb({ memory: true });
    return { db, dispose: () => db.close() };
  }
  if (!TEST_DATABASE_URL) throw new Error('QUOTIENT_TEST_DATABASE_URL is not set');
  const temp = await createTempDatabase(TEST_DATABASE_URL);
  const db = await openDb({ databaseUrl: temp.url });
  return {
    db,
    async dispose() {
      await db.close();
      await temp.drop();
    },
  };
}

/** A server listening on a loopback port. */
export type RunningServer = { app: FastifyInstance; url: string; close(): Promise<void> };

/** Builds the server on `db` and listens on 127.0.0.1, port chosen by the system. */
export async function startServer(options: BuildServerOptions): Promise<RunningServer> {
  const app = await buildServer(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** A parsed HTTP reply. */
export type Reply<T = unknown> = { status: number; headers: Headers; body: T };

/** Sends JSON (or nothing) over real HTTP and parses the JSON reply. */
export async function call<T = unknown>(
  url: string,
  {
    method = 'GET',
    token,
    body,
    headers = {},
  }: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

let userCounter = 0;

/** A user with a workspace of its own (or a member of `workspace`), logged in. */
export type TestUser = {
  email: string;
  password: string;
  userId: string;
  workspaceId: string;
  token: string;
};

/** Creates a user through the management function and logs them in over HTTP. */
export async function createUser(
  db: Db,
  serverUrl: string,
  { workspace, email }: { workspace?: string; email?: string } = {},
): Promise<TestUser> {
  userCounter++;
  const address = email ?? `user${userCounter}-${Date.now()}@example.com`;
  const password = `password-${userCounter}`;
  const created = await addUser(db, {
    email: address,
    password,
    workspace: workspace ?? `workspace-${address}`,
  });
  const login = await call<LoginReply>(`${serverUrl}/v1/auth/login`, {
    method: 'POST',
    body: { email: address, password },
  });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return {
    email: address,
    password,
    userId: created.userId,
    workspaceId: created.workspaceId ?? '',
    token: login.body.token,
  };
}

/** An HLC stamp at `millis` from a node. */
export function stamp(millis: number, node = '00000000000000aa', counter = 0): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

/** Field changes of one row: `{ field: value }` stamped with one hlc. */
export function rowChanges(
  { table = 'clients', id, hlc }: { table?: string; id: string; hlc: string },
  fields: Record<string, unknown>,
): Change[] {
  return Object.entries(fields).map(([field, value]) => ({ table, id, field, value, hlc }));
}

/** Pulls every page from `since` on; returns the changes and the replies seen. */
export async function pullAll(
  serverUrl: string,
  {
    token,
    workspaceId,
    since = 0,
    limit,
  }: { token: string; workspaceId: string; since?: number; limit?: number },
): Promise<{ changes: PullReply['changes']; pages: PullReply[] }> {
  const pages: PullReply[] = [];
  let cursor = since;
  for (;;) {
    const query = new URLSearchParams({
      since: String(cursor),
      ...(limit ? { limit: String(limit) } : {}),
    });
    const reply = await call<PullReply>(
      `${serverUrl}/v1/workspaces/${workspaceId}/changes?${query}`,
      { token },
    );
    if (reply.status !== 200)
      throw new Error(`pull failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    pages.push(reply.body);
    cursor = reply.body.nextSeq;
    if (!reply.body.hasMore) break;
  }
  return { changes: pages.flatMap((page) => page.changes), pages };
}

/** Logs in over HTTP, optionally as a client behind a trusted proxy (`forwardedFor`). */
export function login(
  serverUrl: string,
  { email, password, forwardedFor }: { email: string; password: string; forwardedFor?: string },
): Promise<Reply<LoginReply | ErrorReply>> {
  return call<LoginReply | ErrorReply>(`${serverUrl}/v1/auth/login`, {
    method: 'POST',
    body: { email, password },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  });
}

/** The server's JSON log lines, for `logger: { level, stream }`. */
export function captureLog(): { stream: LogDestination; lines: string[]; entries(): LogEntry[] } {
  const lines: string[] = [];
  return {
    stream: { write: (line) => void lines.push(line) },
    lines,
    entries: () => lines.map((line) => JSON.parse(line) as LogEntry),
  };
}

/** One parsed log line. */
export type LogEntry = Record<string, unknown> & { msg?: string };

/** What sendUnread saw: the reply's status line, and how much of the body the server read. */
export type UnreadProbe = {
  statusLine: string;
  /** Body bytes the client had written when the reply arrived. */
  sentBeforeReply: number;
  /** Bytes the server's socket read in all, headers included. */
  serverBytesRead: number;
};

/**
 * Sends a request announcing `bodyBytes` of body over a raw connection, writing the body in
 * chunks only as fast as the server takes them, until the reply arrives; then offers the rest.
 * Reports how much the server read, counted at its socket, once the connection is closed or,
 * after the reply, `settleMs` pass without a byte from the server.
 */
export async function sendUnread(
  app: FastifyInstance,
  url: string,
  {
    method,
    path,
    headers = {},
    bodyBytes,
    settleMs = 1000,
  }: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    bodyBytes: number;
    settleMs?: number;
  },
): Promise<UnreadProbe> {
  const { hostname, port } = new URL(url);
  const serverSockets: Socket[] = [];
  const onConnection = (socket: Socket) => serverSockets.push(socket);
  app.server.on('connection', onConnection);
  try {
    return await new Promise<UnreadProbe>((resolve, reject) => {
      const socket = connect(Number(port), hostname);
      let reply = '';
      let sent = 0;
      let sentBeforeReply = -1;
      let settle: NodeJS.Timeout | undefined;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(settle);
        socket.destroy();
        // The server's side of the connection: the one it accepted last.
        const server = serverSockets.at(-1);
        setTimeout(() => {
          resolve({
            statusLine: reply.split('\r\n')[0] ?? '',
            sentBeforeReply,
            serverBytesRead: server?.bytesRead ?? 0,
          });
        }, 50);
      };
      const rearm = () => {
        clearTimeout(settle);
        settle = setTimeout(finish, settleMs);
      };
      socket.on('data', (data) => {
        if (sentBeforeReply < 0) sentBeforeReply = sent;
        reply += data.toString('latin1');
        rearm();
      });
      socket.on('error', () => finish()); // reset by the server: it stopped reading
      socket.on('close', () => finish());
      const head = [
        `${method} ${path} HTTP/1.1`,
        `host: ${hostname}:${port}`,
        `content-length: ${bodyBytes}`,
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
        '',
        '',
      ].join('\r\n');
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (sent < bodyBytes && !socket.destroyed) {
          const size = Math.min(chunk.length, bodyBytes - sent);
          sent += size;
          if (!socket.write(chunk.subarray(0, size))) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      socket.on('connect', () => {
        socket.write(head);
        pump();
      });
      socket.setTimeout(60_000, () => reject(new Error('no reply within 60 s')));
    });
  } finally {
    app.server.off('connection', onConnection);
  }
}
