import type { FastifyInstance } from 'fastify';
import type { FetchLike } from '../../../src/shared/sync/http-transport';
import { pushReplySchema, pushRequestSchema } from '../../../src/shared/sync/protocol';
import type { PushReply, PushRequest } from '../../../src/shared/sync/protocol';
import type { SimClock } from './sim-server';

/**
 * The simulated network between the devices and the real server: a `fetch` per device that
 * delivers requests through `app.inject` (real routes, validation and SQL) and misbehaves as
 * told. Every decision comes from the scenario (faults queued per device, picks), never from
 * Math.random or a timer, so a fast-check seed replays exactly.
 */

/** What the network does with one request. */
export type Fault =
  /** Delivered, the reply returned. */
  | 'ok'
  /** Never reaches the server; the device sees a network error. */
  | 'drop'
  /** Reaches the server (which commits), the reply is lost: a network error. */
  | 'loseResponse'
  /** Delivered twice in a row; the device sees the second reply. */
  | 'duplicate'
  /** Stuck in the network: the device times out, the server gets it later (deliverDelayed). */
  | 'delay'
  /** A proxy answers 503 without forwarding. */
  | 'gateway'
  /** A proxy forwards (the server commits) and answers 502. */
  | 'gatewayAfterCommit'
  /** A caching proxy answers a pull with an older reply to the same URL (a push goes through). */
  | 'stalePull';

export const FAULTS: readonly Fault[] = [
  'ok',
  'drop',
  'loseResponse',
  'duplicate',
  'delay',
  'gateway',
  'gatewayAfterCommit',
  'stalePull',
];

/** One request as it travels. */
export type SimRequest = {
  device: number;
  workspaceId: string;
  method: 'GET' | 'POST' | 'PUT';
  /** Path and query, e.g. `/v1/workspaces/…/changes?since=3&limit=1000`. */
  url: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
};

type Reply = { status: number; headers: Record<string, string>; body: Buffer };

/** Hears every push the server committed and every push reply a device received. */
export type PushObserver = {
  /** The server answered 200: the push is committed, whoever receives the reply. */
  committed(request: SimRequest, push: PushRequest, reply: PushReply): void;
  /** A device received the 200 reply of its push: its changes are acknowledged. */
  acknowledged(request: SimRequest, push: PushRequest, reply: PushReply): void;
};

export type SimNetwork = {
  /** The fetch of one device; requests carry the device's token in their headers. */
  fetchFor(device: number): FetchLike;
  /** Faults for the device's next requests, in order; requests beyond them go through ('ok'). */
  setFaults(device: number, faults: readonly Fault[]): void;
  /** While partitioned, every request of the device fails without reaching the server. */
  partition(device: number): void;
  heal(device: number): void;
  /** Delivers one delayed request (index modulo their number); false when none waits. */
  deliverDelayed(pick: number): Promise<boolean>;
  /** Delivers a copy of an earlier push again (index modulo their number); false when none was sent. */
  replay(pick: number): Promise<boolean>;
  /** Heals every partition, forgets queued faults and delivers every delayed request, newest first. */
  healAll(): Promise<void>;
  /** How often each fault (and partition) struck: tells whether a budget exercised them. */
  readonly counts: Readonly<Record<Fault | 'partitioned' | 'replayed', number>>;
};

/** Milliseconds of simulated time each request takes. */
export const REQUEST_MS = 3;

const PUSH_PATH = /^\/v1\/workspaces\/([^/]+)\/push$/;
const WORKSPACE_PATH = /^\/v1\/workspaces\/([^/]+)\//;

class SimulatedNetworkError extends TypeError {
  constructor(reason: string) {
    super(`fetch failed (simulated: ${reason})`);
  }
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    headers[key] = value;
  });
  return headers;
}

function bodyOf(init: RequestInit | undefined): string | Buffer | undefined {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  throw new TypeError(`The simulated network carries strings and bytes, not ${typeof body}`);
}

function toResponse(reply: Reply): Response {
  const empty = reply.status === 204 || reply.status === 304;
  return new Response(empty ? null : new Uint8Array(reply.body), {
    status: reply.status,
    headers: reply.headers,
  });
}

function gatewayReply(status: 502 | 503): Reply {
  return { status, headers: { 'content-type': 'text/plain' }, body: Buffer.from('Bad gateway') };
}

function isPush(request: SimRequest): boolean {
  return request.method === 'POST' && PUSH_PATH.test(request.url);
}

function isPull(request: SimRequest): boolean {
  return request.method === 'GET' && request.url.includes('/changes?');
}

/** The simulated network in front of `app`. */
export function createSimNetwork({
  app,
  clock,
  observer,
  pageLimit,
}: {
  app: FastifyInstance;
  clock: SimClock;
  observer: PushObserver;
  /** Caps the `limit` of pulls, as a server whose byte budget cuts pages short would. */
  pageLimit: number;
}): SimNetwork {
  const faults = new Map<number, Fault[]>();
  const partitioned = new Set<number>();
  const delayed: SimRequest[] = [];
  const pushes: SimRequest[] = [];
  /** The first (oldest) 200 reply per device and pull URL, which a stale proxy serves. */
  const pullCache = new Map<string, Reply>();
  const counts: Record<Fault | 'partitioned' | 'replayed', number> = {
    ok: 0,
    drop: 0,
    loseResponse: 0,
    duplicate: 0,
    delay: 0,
    gateway: 0,
    gatewayAfterCommit: 0,
    stalePull: 0,
    partitioned: 0,
    replayed: 0,
  };

  /** Sends the request to the server and tells the observer about a committed push. */
  const deliver = async (request: SimRequest): Promise<Reply> => {
    const response = await app.inject({
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...(request.body === undefined ? {} : { payload: request.body }),
    });
    const reply: Reply = {
      status: response.statusCode,
      headers: Object.fromEntries(
        Object.entries(response.headers).map(([key, value]) => [key, String(value)]),
      ),
      body: response.rawPayload,
    };
    if (isPush(request) && reply.status === 200) {
      observer.committed(request, parsePush(request), parseReply(reply));
    }
    return reply;
  };

  /** Hands a reply to the device: an acknowledged push is recorded, a pull reply cached. */
  const receive = (request: SimRequest, reply: Reply): Response => {
    if (isPush(request) && reply.status === 200) {
      observer.acknowledged(request, parsePush(request), parseReply(reply));
    }
    if (isPull(request) && reply.status === 200) {
      const key = `${request.device} ${request.url}`;
      if (!pullCache.has(key)) pullCache.set(key, reply);
    }
    return toResponse(reply);
  };

  const send = async (request: SimRequest, fault: Fault): Promise<Response> => {
    switch (fault) {
      case 'drop':
        throw new SimulatedNetworkError('request dropped');
      case 'delay':
        delayed.push(request);
        throw new SimulatedNetworkError('request delayed, no reply in time');
      case 'gateway':
        return toResponse(gatewayReply(503));
      case 'loseResponse':
        await deliver(request);
        throw new SimulatedNetworkError('reply lost after the server answered');
      case 'gatewayAfterCommit':
        await deliver(request);
        return toResponse(gatewayReply(502));
      case 'duplicate':
        await deliver(request);
        return receive(request, await deliver(request));
      case 'stalePull': {
        const stale = isPull(request) && pullCache.get(`${request.device} ${request.url}`);
        return receive(request, stale || (await deliver(request)));
      }
      case 'ok':
        return receive(request, await deliver(request));
    }
  };

  return {
    fetchFor(device) {
      return async (input, init) => {
        clock.advance(REQUEST_MS);
        const url = new URL(input);
        const limit = Number(url.searchParams.get('limit') ?? pageLimit);
        if (url.searchParams.has('since')) {
          url.searchParams.set('limit', String(Math.min(limit, pageLimit)));
        }
        const path = `${url.pathname}${url.search}`;
        const request: SimRequest = {
          device,
          workspaceId: WORKSPACE_PATH.exec(path)?.[1] ?? '',
          method: (init?.method ?? 'GET') as SimRequest['method'],
          url: path,
          headers: headersOf(init),
          body: bodyOf(init),
        };
        if (partitioned.has(device)) {
          counts.partitioned += 1;
          throw new SimulatedNetworkError(`device ${device} is partitioned`);
        }
        const fault = faults.get(device)?.shift() ?? 'ok';
        counts[fault] += 1;
        if (isPush(request)) pushes.push(request);
        return send(request, fault);
      };
    },
    setFaults(device, next) {
      faults.set(device, [...next]);
    },
    partition(device) {
      partitioned.add(device);
    },
    heal(device) {
      partitioned.delete(device);
    },
    async deliverDelayed(pick) {
      if (delayed.length === 0) return false;
      const [request] = delayed.splice(pick % delayed.length, 1);
      await deliver(request!);
      return true;
    },
    async replay(pick) {
      if (pushes.length === 0) return false;
      counts.replayed += 1;
      await deliver(pushes[pick % pushes.length]!);
      return true;
    },
    async healAll() {
      partitioned.clear();
      faults.clear();
      while (delayed.length > 0) await deliver(delayed.pop()!);
    },
    counts,
  };
}

function parsePush(request: SimRequest): PushRequest {
  return pushRequestSchema.parse(JSON.parse(String(request.body)));
}

function parseReply(reply: Reply): PushReply {
  return pushReplySchema.parse(JSON.parse(reply.body.toString('utf8')));
}
