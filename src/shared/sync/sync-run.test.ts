import { describe, expect, it } from 'vitest';
import { createClock, formatHlc } from './hlc';
import { batchOutbox } from './outbox-batching';
import type { OutboxRecordLike } from './outbox-batching';
import type { PullReply, PulledChange, PushReply, PushRequest } from './protocol';
import { SyncError } from './sync-error';
import { MAX_RETRY_WAIT_MS, requestRetryDelay, runSync, waitFor } from './sync-run';
import type { ApplyResult, SyncLocalStore, SyncTransport, Timers } from './sync-run';

const t0 = Date.parse('2026-11-28T09:15:02.123Z');
const SERVER_TIME = new Date(t0).toISOString();
const node = '0123456789abcdef';
const stamp = (millis: number) => formatHlc({ millis, counter: 0, node });
const SHA = 'a'.repeat(64);

const outboxRecord = (
  seq: number,
  fields: Record<string, unknown>,
  table = 'clients',
): OutboxRecordLike => ({
  seq,
  table,
  id: `c${seq}`,
  hlc: stamp(t0 + seq),
  fields,
});

/** A device in memory: an outbox, a cursor and epoch, blobs; it records what the run asked of it. */
function memoryStore({
  records = [] as OutboxRecordLike[],
  cursor = 0,
  epoch = undefined as string | undefined,
  blobs = new Map<string, Uint8Array>(),
  missing = [] as string[],
  renew = undefined as (() => Promise<string>) | undefined,
  log = [] as string[],
} = {}) {
  const outbox = [...records];
  const uploaded = new Set<string>();
  const state = { cursor, epoch, outbox, log, stored: new Map<string, Uint8Array>() };
  const store: SyncLocalStore = {
    nextBatch: async (maxChanges) =>
      batchOutbox({
        records: outbox,
        maxChanges,
        blobsOf: (r) => (typeof r.fields.sha256 === 'string' ? [r.fields.sha256] : []),
      }),
    ack: async (throughMid, serverTime) => {
      log.push(`ack ${throughMid} ${serverTime ?? '-'}`);
      while (outbox[0] && outbox[0].seq <= throughMid) outbox.shift();
    },
    pendingChanges: async () => outbox.reduce((sum, r) => sum + Object.keys(r.fields).length, 0),
    ...(renew ? { renewClientId: renew } : {}),
    getCursor: async () => state.cursor,
    getEpoch: async () => state.epoch,
    applyPage: async (page: PullReply): Promise<ApplyResult> => {
      log.push(`apply ${page.changes.map((c) => c.seq).join(',')} -> ${page.nextSeq}`);
      state.cursor = page.nextSeq;
      state.epoch = page.epoch;
      return { applied: page.changes.length, skipped: 0, conflicts: 1, foreign: 0, parked: 0 };
    },
    prepareResync: async (next) => {
      log.push(`resync ${next}`);
      state.cursor = 0;
      state.epoch = next;
      return 0;
    },
    blobsToUpload: async (sha256s) => sha256s.filter((sha) => !uploaded.has(sha)),
    readBlob: async (sha256) => {
      const data = blobs.get(sha256);
      return data ? { data, type: 'application/pdf' } : undefined;
    },
    markUploaded: async (sha256) => {
      uploaded.add(sha256);
    },
    missingBlobs: async () => missing,
    storeBlob: async (sha256, data) => {
      state.stored.set(sha256, data);
    },
  };
  return { store, state };
}

const pulled = (seq: number, id = `r${seq}`): PulledChange => ({
  seq,
  table: 'clients',
  id,
  field: 'name',
  value: `Kunde ${seq}`,
  hlc: stamp(t0 - 1000 + seq),
});
const reply = (changes: PulledChange[], more = {}): PullReply => ({
  changes,
  nextSeq: changes.at(-1)?.seq ?? 0,
  hasMore: false,
  epoch: 'e1',
  serverTime: SERVER_TIME,
  ...more,
});

/** A transport answering pushes with the last mid sent and pulls from a list of replies. */
function scriptedTransport({
  pulls = [reply([])] as (PullReply | SyncError)[],
  pushReply = (request: PushRequest): PushReply | SyncError => ({
    lastMid: request.mutations.at(-1)!.mid,
    serverTime: SERVER_TIME,
  }),
  blobs = new Map<string, Uint8Array>(),
  getBlobError = undefined as SyncError | undefined,
  log = [] as string[],
} = {}) {
  const pushes: PushRequest[] = [];
  const queue = [...pulls];
  const transport: SyncTransport = {
    push: async (request) => {
      pushes.push(request);
      log.push(`push ${request.clientId} ${request.mutations.map((m) => m.mid).join(',')}`);
      const answer = pushReply(request);
      if (answer instanceof SyncError) throw answer;
      return answer;
    },
    pull: async (since) => {
      log.push(`pull ${since}`);
      const next = queue.length > 1 ? queue.shift()! : queue[0]!;
      if (next instanceof SyncError) throw next;
      return next;
    },
    putBlob: async (sha256) => {
      log.push(`put ${sha256.slice(0, 4)}`);
    },
    getBlob: async (sha256) => {
      log.push(`get ${sha256.slice(0, 4)}`);
      if (getBlobError) throw getBlobError;
      return blobs.get(sha256);
    },
  };
  return { transport, pushes };
}

const run = (
  store: SyncLocalStore,
  transport: SyncTransport,
  more: { waits?: number[]; attempts?: number } = {},
) =>
  runSync({
    transport,
    store,
    clock: createClock({ nodeId: node, now: () => t0 }),
    clientId: 'device-1',
    schemaVersion: 7,
    now: () => t0,
    wait: async (ms) => void more.waits?.push(ms),
    ...(more.attempts === undefined ? {} : { attempts: more.attempts }),
  });

describe('runSync: push', () => {
  it('uploads the blobs of a batch before pushing it, acknowledges it, then pulls', async () => {
    const log: string[] = [];
    const { store, state } = memoryStore({
      records: [outboxRecord(1, { name: 'Brandt' }), outboxRecord(2, { sha256: SHA }, 'documents')],
      blobs: new Map([[SHA, new Uint8Array([1])]]),
      log,
    });
    const { transport } = scriptedTransport({ log });
    const result = await run(store, transport);
    expect(log).toEqual([
      'put aaaa',
      'push device-1 1,2',
      `ack 2 ${SERVER_TIME}`,
      'pull 0',
      'apply  -> 0',
    ]);
    expect(result).toMatchObject({ pushed: 2, pulled: 0, blobs: { uploaded: 1 } });
    expect(state.outbox).toEqual([]);
  });

  it('pushes again as a new client when the server knows higher mids than this database made', async () => {
    const { store } = memoryStore({
      records: [outboxRecord(1, { name: 'Brandt' })],
      renew: async () => 'device-2',
    });
    const { transport, pushes } = scriptedTransport({
      pushReply: (request) => ({
        lastMid: request.clientId === 'device-1' ? 9 : 1,
        serverTime: SERVER_TIME,
      }),
    });
    await run(store, transport);
    expect(pushes.map((p) => p.clientId)).toEqual(['device-1', 'device-2']);
  });

  it('fails as rejected when the server recorded fewer mutations than were sent', async () => {
    const { store, state } = memoryStore({ records: [outboxRecord(1, { name: 'Brandt' })] });
    const { transport } = scriptedTransport({
      pushReply: () => ({ lastMid: 0, serverTime: SERVER_TIME }),
    });
    await expect(run(store, transport)).rejects.toMatchObject({ code: 'rejected' });
    expect(state.outbox).toHaveLength(1);
  });

  it('never sends a change the server would refuse, and names it', async () => {
    const { store } = memoryStore({ records: [outboxRecord(1, { fieldClocks: {} })] });
    const { transport, pushes } = scriptedTransport();
    await expect(run(store, transport)).rejects.toThrow(/clients\/c1\/fieldClocks/);
    expect(pushes).toEqual([]);
  });

  it('retries a server failure with growing waits, and gives up after the attempts', async () => {
    const waits: number[] = [];
    const { store } = memoryStore({ records: [outboxRecord(1, { name: 'Brandt' })] });
    const { transport, pushes } = scriptedTransport({
      pushReply: () => new SyncError('server', 'busy', 503),
    });
    await expect(run(store, transport, { waits, attempts: 3 })).rejects.toMatchObject({
      code: 'server',
    });
    expect([pushes.length, waits]).toEqual([3, [500, 1000]]);
  });
});

describe('runSync: pull', () => {
  it('pulls pages until the last, holding back a row split across two pages', async () => {
    const { store, state } = memoryStore();
    const { transport } = scriptedTransport({
      pulls: [
        reply([pulled(1), pulled(2, 'x'), pulled(3, 'x')], { hasMore: true, lastSeq: 4 }),
        reply([pulled(2, 'x'), pulled(3, 'x'), pulled(4)], { lastSeq: 4 }),
      ],
    });
    const result = await run(store, transport);
    expect(state.log).toEqual(['apply 1 -> 1', 'apply 2,3,4 -> 4']);
    expect(result).toMatchObject({ pulled: 4, conflicts: 2, resynced: false });
  });

  it('turns into a full resync when the server has a new epoch, pushing the requeued fields again', async () => {
    const { store, state } = memoryStore({ cursor: 7, epoch: 'e0' });
    const { transport } = scriptedTransport({ pulls: [reply([]), reply([pulled(1)])] });
    const result = await run(store, transport);
    expect(state.log).toEqual(['resync e1', 'apply 1 -> 1']);
    expect(result.resynced).toBe(true);
  });

  it('resyncs when the server log ends before the cursor (a reset without a new epoch)', async () => {
    const { store, state } = memoryStore({ cursor: 9, epoch: 'e1' });
    const { transport } = scriptedTransport({
      pulls: [reply([], { lastSeq: 3 }), reply([pulled(1)], { lastSeq: 1 })],
    });
    await run(store, transport);
    expect(state.log).toEqual(['resync e1', 'apply 1 -> 1']);
  });

  it('fails when the epoch changes again during the resync', async () => {
    const { store } = memoryStore({ epoch: 'e0' });
    const { transport } = scriptedTransport({ pulls: [reply([]), reply([], { epoch: 'e2' })] });
    await expect(run(store, transport)).rejects.toThrow(/epoch again \(e2\)/);
  });

  it('fails when a page that promises more does not advance', async () => {
    const { store } = memoryStore({ cursor: 5, epoch: 'e1' });
    const { transport } = scriptedTransport({
      pulls: [reply([], { hasMore: true, nextSeq: 5 })],
    });
    await expect(run(store, transport)).rejects.toMatchObject({ code: 'rejected' });
  });
});

describe('runSync: blobs ahead', () => {
  it('downloads referenced blobs, counting those the server lacks', async () => {
    const other = 'b'.repeat(64);
    const { store, state } = memoryStore({ missing: [SHA, other] });
    const { transport } = scriptedTransport({ blobs: new Map([[SHA, new Uint8Array([7])]]) });
    const result = await run(store, transport);
    expect(result.blobs).toEqual({ uploaded: 0, downloaded: 1, failed: 1 });
    expect([...state.stored.keys()]).toEqual([SHA]);
  });

  it('stops downloading after a failure that would hit every blob (offline)', async () => {
    const log: string[] = [];
    const { store } = memoryStore({ missing: [SHA, 'b'.repeat(64)] });
    const { transport } = scriptedTransport({
      log,
      getBlobError: new SyncError('network', 'offline'),
    });
    const result = await run(store, transport);
    expect([result.blobs.failed, log.filter((line) => line.startsWith('get'))]).toEqual([
      1,
      ['get aaaa'],
    ]);
  });
});

describe('requestRetryDelay', () => {
  const server = (retryAfterMs?: number) => new SyncError('server', 'busy', 503, retryAfterMs);

  it('doubles from 500 ms per attempt and takes a Retry-After instead', () => {
    expect([1, 2, 3].map((attempt) => requestRetryDelay(server(), attempt, 4))).toEqual([
      500, 1000, 2000,
    ]);
    expect(requestRetryDelay(server(7_000), 1, 3)).toBe(7_000);
  });

  it('gives up after the last attempt, on a Retry-After too long to wait, and on other failures', () => {
    expect(requestRetryDelay(server(), 3, 3)).toBeUndefined();
    expect(requestRetryDelay(server(MAX_RETRY_WAIT_MS + 1), 1, 3)).toBeUndefined();
    expect(requestRetryDelay(new SyncError('network', 'offline'), 1, 3)).toBeUndefined();
    expect(requestRetryDelay(new Error('bug'), 1, 3)).toBeUndefined();
  });
});

describe('waitFor on given timers', () => {
  const manual = () => {
    const due = new Map<number, () => void>();
    let next = 1;
    const timers: Timers = {
      setTimeout: (fire) => {
        due.set(next, fire);
        return next++;
      },
      clearTimeout: (handle) => void due.delete(handle as number),
    };
    return { timers, due };
  };

  it('resolves when the timer fires', async () => {
    const { timers, due } = manual();
    let done = false;
    const waiting = waitFor(1_000, undefined, timers).then(() => (done = true));
    await Promise.resolve();
    expect([done, due.size]).toEqual([false, 1]);
    due.get(1)!();
    await waiting;
    expect(done).toBe(true);
  });

  it('clears the timer and rejects with the reason when aborted', async () => {
    const { timers, due } = manual();
    const controller = new AbortController();
    const waiting = waitFor(1_000, controller.signal, timers);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    expect(due.size).toBe(0);
  });
});
