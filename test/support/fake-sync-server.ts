// Test support only (imported by *.test.ts): the sync server's HTTP surface in memory, as a
// `fetch`, so the service's tests run the real HTTP transport and engine end to end.
import {
  createReferenceServer,
  ReferenceServerError,
} from '../../src/shared/sync/reference-server';
import type { ReferenceServer } from '../../src/shared/sync/reference-server';
import type { FetchLike } from '../../src/shared/sync/http-transport';

export type FakeUser = { id: string; email: string; password: string };
export type FakeWorkspace = { id: string; name: string; members: string[] };

/** A scripted failure for the next requests to a path (network down, 5xx, 429 …). */
export type FakeOutage =
  { kind: 'network' } | { kind: 'status'; status: number; error: string; retryAfter?: string };

export type FakeServer = {
  fetch: FetchLike;
  /** The workspace's data (change log, winners). */
  workspace(id: string): ReferenceServer;
  /** Requests as `METHOD /path`, in order. */
  requests: string[];
  /** Makes every request fail this way until `heal()`; `only` limits it to matching paths. */
  fail(outage: FakeOutage, only?: RegExp): void;
  heal(): void;
  /** Revokes every token (the next call gets 401). */
  revokeTokens(): void;
  /** Tokens the server accepts now. */
  validTokens(): string[];
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const errorReply = (status: number, error: string, message: string, headers = {}) =>
  json(status, { error, message }, headers);

/** An in-memory sync server with users, workspaces and tokens, reached through `fetch`. */
export function createFakeServer({
  users,
  workspaces,
  now = Date.now,
}: {
  users: FakeUser[];
  workspaces: FakeWorkspace[];
  now?: () => number;
}): FakeServer {
  const data = new Map(workspaces.map((w) => [w.id, createReferenceServer({ now })]));
  const tokens = new Map<string, FakeUser>();
  const requests: string[] = [];
  let outage: { outage: FakeOutage; only?: RegExp } | undefined;

  const workspace = (id: string) => {
    const server = data.get(id);
    if (!server) throw new Error(`no workspace ${id}`);
    return server;
  };

  const handle = async (method: string, url: URL, init?: RequestInit): Promise<Response> => {
    const path = url.pathname;
    if (path === '/v1/health') {
      return json(200, {
        status: 'ok',
        protocol: 1,
        storage: 'pglite',
        serverTime: new Date(now()).toISOString(),
      });
    }
    if (path === '/v1/auth/login' && method === 'POST') {
      const { email, password } = JSON.parse(String(init?.body)) as Record<string, string>;
      const user = users.find((u) => u.email === email && u.password === password);
      if (!user) return errorReply(401, 'unauthorized', 'wrong e-mail or password');
      const token = `qt_${user.id}_${tokens.size + 1}`;
      tokens.set(token, user);
      return json(200, {
        token,
        user: { id: user.id, email: user.email },
        workspaces: workspaces
          .filter((w) => w.members.includes(user.id))
          .map((w) => ({ id: w.id, name: w.name, role: 'member' })),
      });
    }
    if (path === '/v1/auth/logout' && method === 'POST') {
      const token = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '') ?? '';
      if (!tokens.delete(token)) return errorReply(401, 'unauthorized', 'token expired or revoked');
      return new Response(null, { status: 204 });
    }
    const match = /^\/v1\/workspaces\/([^/]+)\/(push|changes|blobs\/[0-9a-f]{64})$/.exec(path);
    if (!match) return errorReply(404, 'not_found', `no route ${method} ${path}`);
    const headers = new Headers(init?.headers);
    const user = tokens.get((headers.get('authorization') ?? '').replace(/^Bearer /, ''));
    if (!user) return errorReply(401, 'unauthorized', 'token expired or revoked');
    const [, workspaceId = '', action = ''] = match;
    const meta = workspaces.find((w) => w.id === workspaceId);
    if (!meta?.members.includes(user.id)) return errorReply(403, 'forbidden', 'not a member');
    const server = workspace(workspaceId);
    if (action === 'push') return json(200, server.push(JSON.parse(String(init?.body))));
    if (action === 'changes') {
      return json(
        200,
        server.pull({
          since: Number(url.searchParams.get('since') ?? 0),
          limit: Number(url.searchParams.get('limit') ?? 1000),
        }),
      );
    }
    const sha256 = action.slice('blobs/'.length);
    if (method === 'PUT') {
      await server.putBlob(sha256, new Uint8Array(init?.body as Uint8Array));
      return new Response(null, { status: 204 });
    }
    const bytes = server.getBlob(sha256);
    return bytes
      ? new Response(new Uint8Array(bytes), { status: 200 })
      : errorReply(404, 'not_found', 'no such blob');
  };

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    const method = init?.method ?? 'GET';
    requests.push(`${method} ${url.pathname}`);
    if (outage && (!outage.only || outage.only.test(url.pathname))) {
      const { outage: current } = outage;
      if (current.kind === 'network') throw new TypeError('Failed to fetch');
      return errorReply(
        current.status,
        current.error,
        `scripted ${current.status}`,
        current.retryAfter ? { 'retry-after': current.retryAfter } : {},
      );
    }
    try {
      return await handle(method, url, init);
    } catch (error) {
      if (!(error instanceof ReferenceServerError)) throw error;
      return json(error.status, { error: error.error, message: error.message });
    }
  };

  return {
    fetch,
    workspace,
    requests,
    fail: (next, only) => {
      outage = { outage: next, ...(only ? { only } : {}) };
    },
    heal: () => {
      outage = undefined;
    },
    revokeTokens: () => tokens.clear(),
    validTokens: () => [...tokens.keys()],
  };
}
