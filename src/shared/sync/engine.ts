/**
 * The client sync engine (DESIGN.md, Sync), one entry for its parts: the outbox as pushes
 * (outbox-batching.ts), the merge of pulled pages (merge.ts) and the run loop that drives both
 * over a SyncTransport and a SyncLocalStore (sync-run.ts).
 */
export { SyncError } from './sync-error';
export { PUSH_BATCH_CHARS, batchOutbox, checkedPush } from './outbox-batching';
export type { OutboxBatch, OutboxRecordLike } from './outbox-batching';
export {
  CONFLICT_EXEMPT_FIELDS,
  concurrentWith,
  hlcNode,
  mergeChanges,
  mergeRemoteStamps,
  trimTrailingRow,
} from './merge';
export type { AckMark, MergeResult, MergeableRow, OverwrittenValue, RejectedChange } from './merge';
export {
  MAX_RETRY_WAIT_MS,
  downloadBlob,
  globalTimers,
  requestRetryDelay,
  runSync,
  waitFor,
} from './sync-run';
export type {
  ApplyResult,
  Timers,
  RunSyncArgs,
  SyncLocalStore,
  SyncRunResult,
  SyncTransport,
} from './sync-run';
