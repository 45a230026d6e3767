import { describe, expect, it } from 'vitest';
import { SyncError } from './engine';
import {
  createHttpTransport,
  errorFromReply,
  loginRequest,
  logoutRequest,
  probeServer,
  retryAfterMs,
} from './http-transport';
import type { FetchLike } from './http-transport';

type Sent = { url: string; method?: string; headers: Record<string, string>; body?: unknown };

/** A fetch that records requests and answers with the given replies in turn. */
function fakeFetch(...replies: (Response | Error)[]) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({
      url,
      method: init?.method,
      headers: init?.headers as Record<string, string>,
      body: init?.body,
    });
    const reply = replies.shift();
    if (!reply) throw new Error('no reply prepared');
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return { fetch, sent };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const serverTime = '2026-11-28T09:15:02.123Z';
const sha = 'a'.repeat(64);

describe('createHttpTransport', () => {
  it('pushes JSON with the bearer token and protocol header and checks the reply', async () => {
    const { fetch, sent } = fakeFetch(json({ lastMid: 3, serverTime }));
    const transport = createHttpTransport({
      baseUrl: 'https://sync.example.de/',
      token: 'tok',
      workspaceId: 'ws 1',
      fetch,
    });
    const request = { clientId: 'c1', schemaVersion: 5, mutations: [] };
    expect(await transport.push(request)).toEqual({ lastMid: 3, serverTime });
    expect(sent).toEqual([
      {
        url: 'https://sync.example.de/v1/workspaces/ws%201/push',
        method: 'POST',
        headers: {
          authorization: 'Bearer tok',
          'x-quotient-protocol': '1',
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify(request),
      },
    ]);
  });

  it('pulls with since and limit, and refuses a reply that is not the protocol', async () => {
    const page = { changes: [], nextSeq: 7, hasMore: false, epoch: 'e1', serverTime };
    const { fetch, sent } = fakeFetch(
      json(page),
      json({ changes: 'none' }),
      new Response('<html>'),
    );
    const transport = createHttpTransport({
      baseUrl: 'http://localhost:8080',
      token: 't',
      workspaceId: 'w',
      fetch,
    });
    expect(await transport.pull(7, 250)).toEqual(page);
    expect(sent[0]?.url).toBe('http://localhost:8080/v1/workspaces/w/changes?since=7&limit=250');
    await expect(transport.pull(7)).rejects.toMatchObject({ code: 'rejected', status: 200 });
    await expect(transport.pull(7)).rejects.toMatchObject({
      code: 'rejected',
      message: expect.stringContaining('not protocol 1'),
    });
    expect(sent[1]?.url).toContain('limit=1000');
  });

  it('puts and gets blob bytes; a missing blob is undefined', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { fetch, sent } = fakeFetch(
      new Response(null, { status: 204 }),
      new Response(bytes),
      json({ error: 'not_found', message: 'no such blob' }, 404),
    );
    const transport = createHttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      workspaceId: 'w',
      fetch,
    });
    await transport.putBlob(sha, bytes, 'application/pdf');
    expect(sent[0]).toMatchObject({
      url: `https://s.example/v1/workspaces/w/blobs/${sha}`,
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', authorization: 'Bearer t' },
      body: bytes,
    });
    expect(await transport.getBlob(sha)).toEqual(bytes);
    expect(await transport.getBlob(sha)).toBeUndefined();
  });

  it.each([
    [401, 'unauthorized', undefined],
    [403, 'forbidden', undefined],
    [426, 'protocol', undefined],
    [400, 'rejected', undefined],
    [413, 'rejected', undefined],
    [429, 'server', 2000],
    [503, 'server', 2000],
  ])('maps HTTP %i to %s', async (status, code, retry) => {
    const { fetch } = fakeFetch(
      json({ error: 'x', message: 'nope', path: 'mutations.0' }, status, { 'retry-after': '2' }),
    );
    const transport = createHttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      workspaceId: 'w',
      fetch,
    });
    const error = await transport.pull(0).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({
      code,
      status,
      retryAfterMs: retry,
      message: 'Server: nope (at mutations.0)',
    });
  });

  it('maps a refused clock to "clock", a failed fetch and a timeout to "network"', async () => {
    const { fetch } = fakeFetch(
      json({ error: 'clock_ahead', message: 'stamped 2 days ahead' }, 400),
      new TypeError('fetch failed'),
    );
    const transport = createHttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      workspaceId: 'w',
      fetch,
    });
    await expect(transport.pull(0)).rejects.toMatchObject({ code: 'clock' });
    await expect(transport.pull(0)).rejects.toMatchObject({
      code: 'network',
      message: 'Cannot reach the sync server: fetch failed',
    });

    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const slow = createHttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      workspaceId: 'w',
      fetch: hanging,
      timeoutMs: 20,
    });
    await expect(slow.pull(0)).rejects.toMatchObject({
      code: 'network',
      message: 'Cannot reach the sync server: no reply within 0.02 s',
    });
  });

  it('rethrows the caller’s abort as is', async () => {
    const controller = new AbortController();
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted fetch'))),
      );
    const transport = createHttpTransport({
      baseUrl: 'https://s.example',
      token: 't',
      workspaceId: 'w',
      fetch: hanging,
      signal: controller.signal,
    });
    const pulling = transport.pull(0);
    controller.abort(new Error('logged out'));
    await expect(pulling).rejects.toThrow('logged out');
  });
});

describe('loginRequest and probeServer', () => {
  it('logs in without a token and validates the reply', async () => {
    const reply = {
      token: 'tok',
      user: { id: 'u1', email: 'anna@example.de' },
      workspaces: [{ id: 'w1', name: 'Vertrieb', role: 'member' }],
    };
    const { fetch, sent } = fakeFetch(
      json(reply),
      json({ error: 'unauthorized', message: 'wrong password' }, 401),
    );
    const credentials = { email: 'anna@example.de', password: 'geheim' };
    expect(await loginRequest('https://s.example', credentials, fetch)).toEqual(reply);
    expect(sent[0]).toMatchObject({ url: 'https://s.example/v1/auth/login', method: 'POST' });
    expect(sent[0]?.headers.authorization).toBeUndefined();
    await expect(loginRequest('https://s.example', credentials, fetch)).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('probes the health endpoint and refuses non-http URLs', async () => {
    const health = { status: 'ok', protocol: 1, storage: 'pglite', serverTime };
    const { fetch, sent } = fakeFetch(json(health));
    expect(await probeServer('https://s.example/base/', fetch)).toEqual(health);
    expect(sent[0]?.url).toBe('https://s.example/base/v1/health');
    await expect(probeServer('ftp://s.example', fetch)).rejects.toThrow(RangeError);
    await expect(probeServer('kein server', fetch)).rejects.toThrow(RangeError);
  });
});

describe('error helpers', () => {
  it('reads Retry-After as seconds or a date, and a reply without JSON', () => {
    const now = Date.parse('2026-11-28T09:15:00.000Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sat, 28 Nov 2026 09:15:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(errorFromReply({ status: 502, body: undefined })).toMatchObject({
      code: 'server',
      message: 'Server: HTTP 502',
    });
  });
});

describe('logoutRequest', () => {
  it('revokes the token at the server with its bearer header', async () => {
    const { fetch, sent } = fakeFetch(new Response(null, { status: 204 }));
    await logoutRequest('https://sync.example.de/', 'tok', fetch);
    expect(sent).toEqual([
      {
        url: 'https://sync.example.de/v1/auth/logout',
        method: 'POST',
        headers: {
          authorization: 'Bearer tok',
          'x-quotient-protocol': '1',
          accept: 'application/json',
        },
        body: undefined,
      },
    ]);
  });

  it('counts a token the server no longer accepts as ended, and throws when it cannot be told', async () => {
    const expired = fakeFetch(json({ error: 'unauthorized', message: 'expired' }, 401));
    await expect(logoutRequest('https://sync.example.de', 'tok', expired.fetch)).resolves.toBe(
      undefined,
    );
    const offline = fakeFetch(new TypeError('Failed to fetch'));
    await expect(
      logoutRequest('https://sync.example.de', 'tok', offline.fetch),
    ).rejects.toMatchObject({
      code: 'network',
    });
    const failing = fakeFetch(json({ error: 'internal', message: 'boom' }, 500));
    await expect(
      logoutRequest('https://sync.example.de', 'tok', failing.fetch),
    ).rejects.toMatchObject({
      code: 'server',
    });
  });
});
