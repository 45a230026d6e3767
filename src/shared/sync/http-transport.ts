import type { z } from 'zod';
import { SyncError } from './engine';
import type { SyncTransport } from './engine';
import {
  MAX_PULL_LIMIT,
  PROTOCOL_VERSION,
  errorReplySchema,
  healthReplySchema,
  loginReplySchema,
  pullReplySchema,
  pushReplySchema,
} from './protocol';
import type { HealthReply, LoginReply, LoginRequest } from './protocol';
import type { SyncErrorCode } from './status';

/** The fetch this module needs; the global one by default, a fake in tests. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type HttpTransportArgs = {
  /** The server's base URL, e.g. `https://sync.example.de` (a trailing slash is fine). */
  baseUrl: string;
  token: string;
  workspaceId: string;
  fetch?: FetchLike;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /** Aborts every request in flight (e.g. on logout); the abort reason is rethrown as is. */
  signal?: AbortSignal;
};

/** Default per-request timeout. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Sync over HTTP (DESIGN.md, Sync): bearer token, protocol header, replies checked against the protocol schemas. */
export function createHttpTransport({
  baseUrl,
  token,
  workspaceId,
  fetch = globalThis.fetch,
  timeoutMs = REQUEST_TIMEOUT_MS,
  signal,
}: HttpTransportArgs): SyncTransport {
  const base = `${serverRoot(baseUrl)}/v1/workspaces/${encodeURIComponent(workspaceId)}`;
  const send = (path: string, init: RequestOptions) =>
    call({
      fetch,
      url: `${base}${path}`,
      init: { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } },
      timeoutMs,
      signal,
    });
  return {
    async push(request) {
      return parseReply(
        pushReplySchema,
        await send('/push', { method: 'POST', body: JSON.stringify(request) }),
      );
    },
    async pull(since, limit = MAX_PULL_LIMIT) {
      const query = new URLSearchParams({ since: String(since), limit: String(limit) });
      return parseReply(pullReplySchema, await send(`/changes?${query}`, { method: 'GET' }));
    },
    async putBlob(sha256, bytes, type) {
      await send(`/blobs/${sha256}`, {
        method: 'PUT',
        body: new Uint8Array(bytes),
        headers: { 'content-type': type || 'application/octet-stream' },
      });
    },
    async getBlob(sha256) {
      try {
        return (await send(`/blobs/${sha256}`, { method: 'GET' })).body;
      } catch (error) {
        if (error instanceof SyncError && error.status === 404) return undefined;
        throw error;
      }
    },
    async health() {
      return probeServer(baseUrl, fetch);
    },
  };
}

/** `POST /v1/auth/login`: the token, the user and their workspaces. */
export async function loginRequest(
  baseUrl: string,
  credentials: LoginRequest,
  fetch: FetchLike = globalThis.fetch,
): Promise<LoginReply> {
  const reply = await call({
    fetch,
    url: `${serverRoot(baseUrl)}/v1/auth/login`,
    init: { method: 'POST', body: JSON.stringify(credentials) },
    timeoutMs: REQUEST_TIMEOUT_MS,
  });
  return parseReply(loginReplySchema, reply);
}

/** How long logging out waits for the server before it ends the session on this device only. */
export const LOGOUT_TIMEOUT_MS = 10_000;

/**
 * `POST /v1/auth/logout`: revokes the token at the server, so it cannot be used again (it would
 * stay valid for its whole lifetime otherwise). A token the server no longer accepts (401) is
 * ended already. Throws SyncError when the server cannot be reached or refuses otherwise.
 */
export async function logoutRequest(
  baseUrl: string,
  token: string,
  fetch: FetchLike = globalThis.fetch,
  timeoutMs = LOGOUT_TIMEOUT_MS,
): Promise<void> {
  try {
    await call({
      fetch,
      url: `${serverRoot(baseUrl)}/v1/auth/logout`,
      init: { method: 'POST', headers: { authorization: `Bearer ${token}` } },
      timeoutMs,
    });
  } catch (error) {
    if (error instanceof SyncError && error.code === 'unauthorized') return;
    throw error;
  }
}

/** `GET /v1/health` (no token): whether a Quotient server answers at this URL. */
export async function probeServer(
  baseUrl: string,
  fetch: FetchLike = globalThis.fetch,
): Promise<HealthReply> {
  const reply = await call({
    fetch,
    url: `${serverRoot(baseUrl)}/v1/health`,
    init: { method: 'GET' },
    timeoutMs: REQUEST_TIMEOUT_MS,
  });
  return parseReply(healthReplySchema, reply);
}

/** The SyncError for an error reply: status, the server's `error` code and Retry-After. */
export function errorFromReply({
  status,
  body,
  retryAfter,
  now = Date.now(),
}: {
  status: number;
  /** The parsed JSON body, if any. */
  body: unknown;
  /** The Retry-After header: seconds or an HTTP date. */
  retryAfter?: string | null;
  now?: number;
}): SyncError {
  const reply = errorReplySchema.safeParse(body);
  const serverCode = reply.success ? reply.data.error : undefined;
  const detail = reply.success
    ? `${reply.data.message}${reply.data.path ? ` (at ${reply.data.path})` : ''}`
    : `HTTP ${status}`;
  const code = syncCodeOf(status, serverCode);
  const wait = code === 'server' ? retryAfterMs(retryAfter, now) : undefined;
  return new SyncError(code, `Server: ${detail}`, status, wait, serverCode);
}

function syncCodeOf(status: number, serverCode: string | undefined): SyncErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 426) return 'protocol';
  if (serverCode === 'clock_ahead') return 'clock';
  if (status === 429 || status >= 500) return 'server';
  return 'rejected';
}

/** Retry-After in ms: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(
  header: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The base URL without trailing slashes; throws RangeError unless it is an http(s) URL. */
function serverRoot(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new RangeError(`Not a server URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RangeError(`A sync server URL must start with https:// or http://: ${baseUrl}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** What a call sends; JSON bodies are strings, blobs bytes. */
type RequestOptions = {
  method: 'GET' | 'POST' | 'PUT';
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
};

function headers(init: RequestOptions): Record<string, string> {
  return {
    'x-quotient-protocol': String(PROTOCOL_VERSION),
    accept: 'application/json',
    ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
    ...init.headers,
  };
}

/** A reply read in full. */
type HttpReply = { status: number; body: Uint8Array };

/**
 * One request, its body read within the timeout. A non-2xx reply becomes a SyncError; a failed
 * fetch or a timeout 'network'; the caller's own abort is rethrown as its reason.
 */
async function call({
  fetch,
  url,
  init,
  timeoutMs,
  signal,
}: {
  fetch: FetchLike;
  url: string;
  init: RequestOptions;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<HttpReply> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let body: Uint8Array;
  try {
    response = await fetch(url, { ...init, headers: headers(init), signal: combined });
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const reason = timeout.aborted
      ? `no reply within ${timeoutMs / 1000} s`
      : error instanceof Error
        ? error.message
        : String(error);
    throw new SyncError('network', `Cannot reach the sync server: ${reason}`);
  }
  if (response.ok) return { status: response.status, body };
  throw errorFromReply({
    status: response.status,
    body: parseJson(body),
    retryAfter: response.headers.get('retry-after'),
  });
}

function parseReply<S extends z.ZodType>(schema: S, reply: HttpReply): z.infer<S> {
  const parsed = schema.safeParse(parseJson(reply.body));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'body';
  throw new SyncError(
    'rejected',
    `The server's reply is not protocol ${PROTOCOL_VERSION}: ${where}: ${issue?.message ?? 'invalid'}`,
    reply.status,
  );
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
