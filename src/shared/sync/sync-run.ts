import type { Clock } from './hlc';
import { checkedPush } from './outbox-batching';
import type { OutboxBatch } from './outbox-batching';
import { mergeRemoteStamps, trimTrailingRow } from './merge';
import { MAX_PULL_LIMIT, PUSH_BATCH_CHANGES } from './protocol';
import type { HealthReply, PullReply, PushReply, PushRequest } from './protocol';
import type { SyncErrorCode, SyncProgress } from './status';
import { SyncError } from './sync-error';

/**
 * The sync run loop (DESIGN.md, Sync): push the outbox in batches, then pull pages and apply
 * each with its cursor, resyncing on a new epoch. Pure: the network is a SyncTransport, the
 * device a SyncLocalStore.
 */

/** The server as the engine sees it; every method throws SyncError on failure. */
export type SyncTransport = {
  push(request: PushRequest): Promise<PushReply>;
  pull(since: number, limit?: number): Promise<PullReply>;
  /** Uploads content-addressed bytes (the server checks the hash). */
  putBlob(sha256: string, bytes: Uint8Array, type: string): Promise<void>;
  /** The bytes of a blob; undefined when the server does not have it. */
  getBlob(sha256: string): Promise<Uint8Array | undefined>;
  health?(): Promise<HealthReply>;
};

/** What applying one pulled page did. */
export type ApplyResult = {
  /** Changes that set a field (newer than the stored stamp). */
  applied: number;
  /** Changes older than or equal to the stored stamp. */
  skipped: number;
  /** Local values overwritten by another device's concurrent change. */
  conflicts: number;
  /** Changes of tables this client does not know, kept aside (not applied). */
  foreign: number;
  /** Changes refused by the merge (reserved or unknown field, invalid value), parked with their reason. */
  parked?: number;
};

/** What a device offers the engine; implemented on Dexie by src/renderer/db/sync-store.ts. */
export type SyncLocalStore = {
  /** The oldest outbox records as one push of at most `maxChanges` field changes; undefined when empty. */
  nextBatch(maxChanges: number): Promise<OutboxBatch | undefined>;
  /**
   * Deletes the outbox records through `throughMid` after the server recorded them at `serverTime`,
   * which later tells a concurrent overwrite (a conflict) from an edit made after seeing ours.
   */
  ack(throughMid: number, serverTime?: string): Promise<void>;
  /** Field changes waiting in the outbox. */
  pendingChanges(): Promise<number>;
  /** The clientId this database pushes as, when it has its own (see renewClientId); else `clientId`. */
  getClientId?(): Promise<string | undefined>;
  /**
   * Gives this database a new clientId and returns it. Called when the server has recorded
   * higher mids from this client than it ever made: the database was restored from an older
   * copy, and its outbox numbers would be skipped as duplicates under the old id.
   */
  renewClientId?(): Promise<string>;
  /** The pull cursor: `since` of the next pull. */
  getCursor(): Promise<number>;
  /** The server epoch the cursor belongs to; undefined before the first pull. */
  getEpoch(): Promise<string | undefined>;
  /** Applies a page, its `nextSeq` as the new cursor and its epoch in one transaction; never writes the outbox. */
  applyPage(page: PullReply): Promise<ApplyResult>;
  /**
   * Prepares a full resync against a new epoch, atomically: cursor 0, the epoch stored, every
   * local field re-queued with its existing stamp (unsent entries stay), blob uploads forgotten.
   * Returns how many field changes it queued.
   */
  prepareResync(epoch: string): Promise<number>;
  /** The given blobs this device has and has not uploaded yet. */
  blobsToUpload(sha256s: readonly string[]): Promise<string[]>;
  readBlob(sha256: string): Promise<{ data: Uint8Array; type: string } | undefined>;
  markUploaded(sha256: string): Promise<void>;
  /** Blobs rows reference that this device does not have. */
  missingBlobs(): Promise<string[]>;
  /** Stores downloaded bytes; throws (storing nothing) unless they hash to `sha256`. */
  storeBlob(sha256: string, data: Uint8Array): Promise<void>;
};

export type RunSyncArgs = {
  transport: SyncTransport;
  store: SyncLocalStore;
  /** The device's clock: gets the server offset and merges pulled stamps. */
  clock: Clock;
  clientId: string;
  schemaVersion: number;
  onProgress?: (progress: SyncProgress) => void;
  signal?: AbortSignal;
  /** Local wall clock in epoch ms for the offset measurement; the clock's own, ideally. */
  now?: () => number;
  /** Waits before retrying a 429/5xx; injectable for tests. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Attempts per request on 429/5xx (default 3). */
  attempts?: number;
  /** Skips downloading referenced blobs ahead (default false: download for offline use). */
  skipBlobDownload?: boolean;
};

export type SyncRunResult = {
  /** Field changes the server acknowledged in this run. */
  pushed: number;
  /** Pulled field changes applied (or found already known) in this run. */
  pulled: number;
  /** Conflicts recorded in this run. */
  conflicts: number;
  /** True when a new server epoch made this run a full resync. */
  resynced: boolean;
  /** The last server time seen (ISO), if any reply came. */
  serverTime?: string;
  blobs: { uploaded: number; downloaded: number; failed: number };
  /** Pulled stamps further ahead than the clock's drift limit (merged all the same; worth a log line). */
  driftIgnored: number;
  /** Pulled changes of tables this client does not know, kept aside. */
  foreign: number;
  /** Pulled changes the merge refused and parked (see mergeChanges). */
  parked: number;
};

/** The longest Retry-After the engine waits for within a run; longer ones end the run. */
export const MAX_RETRY_WAIT_MS = 60_000;
const BASE_RETRY_MS = 500;
/** Download failures that concern one blob only; others end the download round. */
const PER_BLOB_FAILURES: ReadonlySet<SyncErrorCode> = new Set(['rejected', 'server']);

/** Timer functions: the global ones by default, fakes in tests. */
export type Timers = {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

/** The global timers, bound (a detached `setTimeout` throws "Illegal invocation" in a browser). */
export const globalTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Waits `ms` on `timers`, or rejects with the signal's reason when it aborts first. */
export function waitFor(
  ms: number,
  signal?: AbortSignal,
  timers: Timers = globalTimers,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      timers.clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = timers.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Downloads one blob, verifies and stores it (on demand); false when the server lacks it. */
export async function downloadBlob({
  transport,
  store,
  sha256,
}: {
  transport: SyncTransport;
  store: SyncLocalStore;
  sha256: string;
}): Promise<boolean> {
  const bytes = await transport.getBlob(sha256);
  if (!bytes) return false;
  await store.storeBlob(sha256, bytes);
  return true;
}

/**
 * One sync run: push until the outbox is empty (blobs before the rows that reference them),
 * then pull page by page until the server has no more; a new epoch turns the run into a full
 * resync. Finally downloads referenced blobs ahead, best effort. Run one at a time per device.
 */
export async function runSync(args: RunSyncArgs): Promise<SyncRunResult> {
  const run = createRun(args);
  await run.pushAll();
  let newEpoch = await run.pullAll();
  if (newEpoch !== undefined) {
    await run.resync(newEpoch);
    await run.pushAll();
    newEpoch = await run.pullAll();
    if (newEpoch !== undefined) {
      throw new SyncError(
        'server',
        `The server changed its epoch again (${newEpoch}) during a resync`,
      );
    }
  }
  if (!args.skipBlobDownload) await run.downloadMissing();
  return run.result;
}

type Run = {
  result: SyncRunResult;
  pushAll(): Promise<void>;
  /**
   * Pulls until done; returns the server's epoch instead when it differs from the stored one, or
   * when the server's log ends before our cursor (a reset): both call for a full resync.
   */
  pullAll(): Promise<string | undefined>;
  resync(epoch: string): Promise<void>;
  downloadMissing(): Promise<void>;
};

function createRun({
  transport,
  store,
  clock,
  clientId,
  schemaVersion,
  onProgress,
  signal,
  now = Date.now,
  wait = waitFor,
  attempts = 3,
}: RunSyncArgs): Run {
  const result: SyncRunResult = {
    pushed: 0,
    pulled: 0,
    conflicts: 0,
    resynced: false,
    blobs: { uploaded: 0, downloaded: 0, failed: 0 },
    driftIgnored: 0,
    foreign: 0,
    parked: 0,
  };
  let toPush: number | undefined;
  let toPull: number | undefined;
  const progress = () =>
    onProgress?.({
      pushed: result.pushed,
      toPush: toPush ?? 0,
      pulled: result.pulled,
      ...(toPull === undefined ? {} : { toPull }),
    });

  /** Sends a request, retrying 429/5xx; measures the server offset from the reply's time. */
  const request = async <T extends { serverTime: string }>(send: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      signal?.throwIfAborted();
      const start = now();
      try {
        const reply = await send();
        const serverMillis = Date.parse(reply.serverTime);
        if (!Number.isNaN(serverMillis)) {
          clock.setServerOffset(serverMillis - (start + now()) / 2);
          result.serverTime = reply.serverTime;
        }
        return reply;
      } catch (error) {
        const delay = requestRetryDelay(error, attempt, attempts);
        if (delay === undefined) throw error;
        await wait(delay, signal);
      }
    }
  };

  const uploadBlobs = async (sha256s: readonly string[]): Promise<void> => {
    for (const sha256 of await store.blobsToUpload(sha256s)) {
      signal?.throwIfAborted();
      const blob = await store.readBlob(sha256);
      if (!blob) continue; // referenced but never on this device: the server has it or nobody does
      await transport.putBlob(sha256, blob.data, blob.type);
      await store.markUploaded(sha256);
      result.blobs.uploaded += 1;
    }
  };

  return {
    result,
    async pushAll() {
      toPush = result.pushed + (await store.pendingChanges());
      progress();
      let previous = 0;
      let pushAs: string | undefined;
      for (;;) {
        signal?.throwIfAborted();
        const batch = await store.nextBatch(PUSH_BATCH_CHANGES);
        if (!batch) return;
        if (batch.throughMid <= previous) {
          throw new Error(`Outbox did not advance past ${previous} after its acknowledgement`);
        }
        previous = batch.throughMid;
        await uploadBlobs(batch.blobs);
        let ackedAt: string | undefined;
        if (batch.mutations.length > 0) {
          const { mutations } = batch;
          pushAs ??= (await store.getClientId?.()) ?? clientId;
          let reply = await request(() =>
            transport.push(checkedPush({ clientId: pushAs!, schemaVersion, mutations })),
          );
          const lastSent = mutations.at(-1)!.mid;
          if (reply.lastMid > lastSent) {
            // Mids beyond any this database made: it was restored from an older copy, and the
            // server skipped this push as already seen. Push again as a new client.
            if (!store.renewClientId) {
              throw new SyncError(
                'rejected',
                `The server has mutations up to ${reply.lastMid} from ${pushAs}, beyond this device's ${lastSent}`,
              );
            }
            pushAs = await store.renewClientId();
            reply = await request(() =>
              transport.push(checkedPush({ clientId: pushAs!, schemaVersion, mutations })),
            );
          }
          ackedAt = reply.serverTime;
          if (reply.lastMid < lastSent) {
            throw new SyncError(
              'rejected',
              `The server recorded mutations up to ${reply.lastMid} of ${lastSent} sent`,
            );
          }
        }
        await store.ack(batch.throughMid, ackedAt);
        result.pushed += batch.changes;
        progress();
      }
    },
    async pullAll() {
      let cursor = await store.getCursor();
      let epoch = await store.getEpoch();
      for (;;) {
        const reply = await request(() => transport.pull(cursor, MAX_PULL_LIMIT));
        if (epoch !== undefined && reply.epoch !== epoch) return reply.epoch;
        // A log shorter than our cursor means the server was reset without a new epoch: resync too.
        if (reply.lastSeq !== undefined && reply.lastSeq < cursor) return reply.epoch;
        // The log has no gaps: what is left to pull is the distance to the server's newest seq.
        if (reply.lastSeq !== undefined) toPull = result.pulled + reply.lastSeq - cursor;
        result.driftIgnored += mergeRemoteStamps(clock, reply.changes);
        const page = trimTrailingRow(reply);
        if (page.hasMore && page.nextSeq <= cursor) {
          throw new SyncError('rejected', `The server's page after ${cursor} did not advance`);
        }
        const applied = await store.applyPage(page);
        cursor = page.nextSeq;
        epoch = page.epoch;
        result.pulled += page.changes.length;
        result.conflicts += applied.conflicts;
        result.foreign += applied.foreign;
        result.parked += applied.parked ?? 0;
        progress();
        if (!page.hasMore) return undefined;
      }
    },
    async resync(epoch) {
      await store.prepareResync(epoch);
      result.resynced = true;
    },
    async downloadMissing() {
      for (const sha256 of await store.missingBlobs()) {
        signal?.throwIfAborted();
        try {
          if (await downloadBlob({ transport, store, sha256 })) result.blobs.downloaded += 1;
          else result.blobs.failed += 1;
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          result.blobs.failed += 1;
          // Offline, signed out or outdated: the other blobs would fail the same way.
          if (error instanceof SyncError && !PER_BLOB_FAILURES.has(error.code)) return;
        }
      }
    },
  };
}

/** How long the run waits before another attempt of a request (429/5xx), or undefined to give up. */
export function requestRetryDelay(
  error: unknown,
  attempt: number,
  attempts: number,
): number | undefined {
  if (!(error instanceof SyncError) || error.code !== 'server' || attempt >= attempts) {
    return undefined;
  }
  const delay = error.retryAfterMs ?? BASE_RETRY_MS * 2 ** (attempt - 1);
  return delay > MAX_RETRY_WAIT_MS ? undefined : delay;
}
