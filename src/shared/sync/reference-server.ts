import { sha256Hex } from '../hash';
import type { SyncTransport } from './engine';
import { parseHlc } from './hlc';
import { errorFromReply } from './http-transport';
import {
  MAX_BLOB_BYTES,
  MAX_FUTURE_MS,
  MAX_PULL_LIMIT,
  MAX_PUSH_BYTES,
  SHA256_PATTERN,
  pullQuerySchema,
  pushRequestSchema,
} from './protocol';
import type { ErrorCode, PullReply, PulledChange, PushReply } from './protocol';
import { findPushFieldProblem } from './synced-fields';

/**
 * The sync server's semantics (DESIGN.md, Sync) in memory, for one workspace: idempotent pushes
 * by mid, field-level last-writer-wins by HLC, a gap-free change log, epochs, content-addressed
 * blobs. The oracle for engine tests and simulations; the real server must behave the same.
 */

/** An error reply as the HTTP server would send it. */
export class ReferenceServerError extends Error {
  override readonly name = 'ReferenceServerError';
  constructor(
    readonly status: number,
    readonly error: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** The winning value of one field. */
export type FieldWinner = { value: unknown; hlc: string };

/** A copy of the server's data, to restore later (a backup). */
export type ReferenceSnapshot = {
  log: PulledChange[];
  lastMids: [string, number][];
  blobs: [string, Uint8Array][];
};

export type ReferenceServer = {
  /** The current epoch; a restore changes it. */
  readonly epoch: string;
  /** `POST push`: validates, skips known mids, keeps the highest stamp per field, logs winners. */
  push(request: unknown): PushReply;
  /** `GET changes?since&limit`. */
  pull(query: { since?: number; limit?: number }): PullReply;
  /** `PUT blobs/:sha256`: refuses bytes that do not hash to the address. */
  putBlob(sha256: string, bytes: Uint8Array): Promise<void>;
  /** `GET blobs/:sha256`; undefined for 404. */
  getBlob(sha256: string): Uint8Array | undefined;
  /** The change log in sequence order. */
  log(): readonly PulledChange[];
  /** Materialized state: table → id → field → value, from the winners. */
  rows(): Record<string, Record<string, Record<string, unknown>>>;
  /** The winner of one field. */
  winner(table: string, id: string, field: string): FieldWinner | undefined;
  snapshot(): ReferenceSnapshot;
  /** Replaces all data by a snapshot (a backup restore) and starts a new epoch. */
  restore(snapshot: ReferenceSnapshot, epoch?: string): void;
};

export type ReferenceServerOptions = {
  /** Server wall clock in epoch ms. */
  now?: () => number;
  epoch?: string;
  /**
   * Accepts any field, reserved ones included, as servers did before the field rule
   * (findPushFieldProblem): for tests of what a client does with changes such a server sends.
   */
  anyField?: boolean;
};

const fieldKey = (table: string, id: string, field: string) => `${table}\u0000${id}\u0000${field}`;
const utf8 = new TextEncoder();

/** Creates an empty in-memory workspace server. */
export function createReferenceServer({
  now = Date.now,
  epoch: firstEpoch = 'epoch-1',
  anyField = false,
}: ReferenceServerOptions = {}): ReferenceServer {
  let epoch = firstEpoch;
  let log: PulledChange[] = [];
  let winners = new Map<string, FieldWinner>();
  let lastMids = new Map<string, number>();
  let blobs = new Map<string, Uint8Array>();
  const serverTime = () => new Date(now()).toISOString();

  const rebuildWinners = () => {
    winners = new Map();
    for (const change of log) {
      winners.set(fieldKey(change.table, change.id, change.field), {
        value: change.value,
        hlc: change.hlc,
      });
    }
  };

  return {
    get epoch() {
      return epoch;
    },
    push(body) {
      if (utf8.encode(JSON.stringify(body) ?? '').length > MAX_PUSH_BYTES) {
        throw new ReferenceServerError(413, 'payload_too_large', 'push body too large');
      }
      const parsed = pushRequestSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ReferenceServerError(
          400,
          'bad_request',
          issue?.message ?? 'invalid',
          issue?.path.join('.'),
        );
      }
      const { clientId, mutations } = parsed.data;
      const fieldProblem = anyField ? undefined : findPushFieldProblem(parsed.data);
      if (fieldProblem) {
        throw new ReferenceServerError(400, 'bad_request', fieldProblem.message, fieldProblem.path);
      }
      const limit = now() + MAX_FUTURE_MS;
      for (const { changes } of mutations) {
        const ahead = changes.find((change) => parseHlc(change.hlc).millis > limit);
        if (ahead) {
          throw new ReferenceServerError(
            400,
            'clock_ahead',
            `change ${ahead.table}/${ahead.id}/${ahead.field} is stamped ${ahead.hlc}, more than 24 h ahead`,
          );
        }
      }
      // All checks passed: apply the whole push (one transaction on the real server).
      let lastMid = lastMids.get(clientId) ?? 0;
      for (const { mid, changes } of mutations) {
        if (mid <= lastMid) continue;
        for (const change of changes) {
          const key = fieldKey(change.table, change.id, change.field);
          const current = winners.get(key);
          if (current && current.hlc >= change.hlc) continue;
          winners.set(key, { value: change.value, hlc: change.hlc });
          log.push({ ...change, seq: log.length + 1 });
        }
        lastMid = mid;
      }
      lastMids.set(clientId, lastMid);
      return { lastMid, serverTime: serverTime() };
    },
    pull(query) {
      const parsed = pullQuerySchema.safeParse(query);
      if (!parsed.success) {
        throw new ReferenceServerError(400, 'bad_request', 'invalid since or limit');
      }
      const { since, limit } = parsed.data;
      const changes = log.slice(since, since + Math.min(limit, MAX_PULL_LIMIT));
      return {
        changes,
        nextSeq: changes.at(-1)?.seq ?? since,
        hasMore: since + changes.length < log.length,
        epoch,
        lastSeq: log.length,
        serverTime: serverTime(),
      };
    },
    async putBlob(sha256, bytes) {
      if (!SHA256_PATTERN.test(sha256)) {
        throw new ReferenceServerError(400, 'bad_request', 'not a SHA-256', 'sha256');
      }
      if (bytes.byteLength > MAX_BLOB_BYTES) {
        throw new ReferenceServerError(413, 'payload_too_large', 'blob too large');
      }
      if ((await sha256Hex(bytes)) !== sha256) {
        throw new ReferenceServerError(400, 'hash_mismatch', `bytes do not hash to ${sha256}`);
      }
      blobs.set(sha256, new Uint8Array(bytes));
    },
    getBlob(sha256) {
      const bytes = blobs.get(sha256);
      return bytes && new Uint8Array(bytes);
    },
    log: () => log,
    rows() {
      const rows: Record<string, Record<string, Record<string, unknown>>> = {};
      for (const { table, id, field } of log) {
        const winner = winners.get(fieldKey(table, id, field))!;
        ((rows[table] ??= {})[id] ??= {})[field] = winner.value;
      }
      return rows;
    },
    winner: (table, id, field) => winners.get(fieldKey(table, id, field)),
    snapshot: () => ({
      log: [...log],
      lastMids: [...lastMids],
      blobs: [...blobs].map(([sha256, bytes]) => [sha256, new Uint8Array(bytes)]),
    }),
    restore(snapshot, next = `${epoch}-restored`) {
      log = [...snapshot.log];
      lastMids = new Map(snapshot.lastMids);
      blobs = new Map(snapshot.blobs);
      rebuildWinners();
      epoch = next;
    },
  };
}

/** A SyncTransport onto a reference server, with server errors mapped as over HTTP. */
export function referenceTransport(server: ReferenceServer): SyncTransport {
  const answer = async <T>(handle: () => T | Promise<T>): Promise<T> => {
    try {
      // A deep copy, as a network would make: no object is shared between client and server.
      return structuredClone(await handle());
    } catch (error) {
      if (!(error instanceof ReferenceServerError)) throw error;
      throw errorFromReply({
        status: error.status,
        body: { error: error.error, message: error.message, path: error.path },
      });
    }
  };
  return {
    push: (request) => answer(() => server.push(structuredClone(request))),
    pull: (since, limit) => answer(() => server.pull({ since, limit })),
    putBlob: (sha256, bytes) => answer(() => server.putBlob(sha256, bytes)),
    getBlob: (sha256) => answer(() => server.getBlob(sha256)),
  };
}
