import { PUSH_BATCH_CHANGES, pushRequestSchema } from './protocol';
import type { Mutation, PushRequest } from './protocol';
import { SyncError } from './sync-error';
import { findPushFieldProblem } from './synced-fields';

/** The push side of sync: the outbox as pushes of at most PUSH_BATCH_CHANGES, checked before they leave. */

/** One stored outbox record: the changed fields of one row written by one write. */
export type OutboxRecordLike = {
  seq: number;
  table: string;
  id: string;
  hlc: string;
  fields: Record<string, unknown>;
};

/** The next push: mutations (mid = outbox seq) and what must happen before and after it. */
export type OutboxBatch = {
  mutations: Mutation[];
  /** Field changes in `mutations`. */
  changes: number;
  /** The highest outbox seq the batch covers; acknowledged once the server recorded it. */
  throughMid: number;
  /** SHA-256 of blobs the batch's changes reference: uploaded before the batch. */
  blobs: string[];
};

/** Characters of field JSON per push, leaving room under MAX_PUSH_BYTES for UTF-8 and envelope. */
export const PUSH_BATCH_CHARS = 4 * 1024 * 1024;

/**
 * Turns the oldest outbox records into one push: whole records (one mutation each, mid = seq)
 * until `maxChanges` field changes or PUSH_BATCH_CHARS would be exceeded; at least one record.
 * Records without fields are covered by `throughMid` but send nothing.
 */
export function batchOutbox({
  records,
  maxChanges = PUSH_BATCH_CHANGES,
  blobsOf = () => [],
}: {
  records: readonly OutboxRecordLike[];
  maxChanges?: number;
  /** SHA-256 of blobs a record's fields reference. */
  blobsOf?: (record: OutboxRecordLike) => readonly string[];
}): OutboxBatch | undefined {
  const mutations: Mutation[] = [];
  const blobs = new Set<string>();
  let changes = 0;
  let chars = 0;
  let throughMid = 0;
  for (const record of records) {
    const entries = Object.entries(record.fields);
    const size = JSON.stringify(record.fields).length;
    if (
      throughMid > 0 &&
      (changes + entries.length > maxChanges || chars + size > PUSH_BATCH_CHARS)
    ) {
      break;
    }
    throughMid = record.seq;
    if (entries.length === 0) continue;
    changes += entries.length;
    chars += size;
    mutations.push({
      mid: record.seq,
      changes: entries.map(([field, value]) => ({
        table: record.table,
        id: record.id,
        field,
        value,
        hlc: record.hlc,
      })),
    });
    for (const sha256 of blobsOf(record)) blobs.add(sha256);
  }
  return throughMid === 0 ? undefined : { mutations, changes, throughMid, blobs: [...blobs] };
}

/** Validates a push before it leaves, naming the change the server would refuse. */
export function checkedPush(request: PushRequest): PushRequest {
  const parsed = pushRequestSchema.safeParse(request);
  const fieldProblem = parsed.success ? findPushFieldProblem(request) : undefined;
  if (parsed.success && !fieldProblem) return request;
  const issue = parsed.success
    ? { path: fieldProblem!.path.split('.'), message: fieldProblem!.message }
    : parsed.error.issues[0];
  const [, mutation = 0, , change = 0] = issue?.path ?? [];
  const bad = request.mutations[Number(mutation)]?.changes[Number(change)];
  const where = bad ? `${bad.table}/${bad.id}/${bad.field}` : issue?.path.join('.');
  throw new SyncError('rejected', `Local change ${where} cannot be sent: ${issue?.message}`);
}
