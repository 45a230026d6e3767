import type { LoginReply } from '../../shared/sync/protocol';

/**
 * The renderer's sync service as the UI sees it (settings, status badge, conflicts view).
 * Implemented in ./service.ts; reached through `useSync()` from ./SyncProvider.tsx.
 */

/** Where sync stands; exactly one phase at a time. */
export type SyncPhase =
  /** No account configured or logged out: nothing syncs, local work continues. */
  | 'signed-out'
  /** No network or the server is unreachable; retries when the network returns. */
  | 'offline'
  | 'syncing'
  /** Up to date as of `lastSyncedAt`. */
  | 'idle'
  /** The last run failed for a reason the user must act on or that persists (see `error`). */
  | 'error';

/** Why a run failed; the UI shows a translated reason and what to do for each code. */
export type SyncErrorCode =
  /** 401: token expired or revoked: log in again. */
  | 'unauthorized'
  /** 403: not (any more) a member of the workspace, or the client id belongs to another user. */
  | 'forbidden'
  /** 426: the server speaks another protocol version: update the app. */
  | 'protocol'
  /** This device's clock is too far off the server's even after offset correction. */
  | 'clock'
  /** The server refused a change (400/413) or answered with something that is not the protocol. */
  | 'rejected'
  /** 5xx or 429 after retries. */
  | 'server';

export type SyncAccount = {
  serverUrl: string;
  email: string;
  userId: string;
  workspaceId: string;
  workspaceName: string;
};

export type SyncProgress = {
  /** Field changes pushed in this run so far, and how many were pending at its start. */
  pushed: number;
  toPush: number;
  /** Field changes pulled and applied in this run so far; `toPull` when known (initial sync). */
  pulled: number;
  toPull?: number;
};

export type SyncStatus = {
  phase: SyncPhase;
  account?: SyncAccount;
  /** Local field changes not yet acknowledged by the server (outbox). */
  pending: number;
  /** Set while `phase` is 'syncing'. */
  progress?: SyncProgress;
  /** ISO time of the last run that ended with nothing left to push or pull. */
  lastSyncedAt?: string;
  /** Set while `phase` is 'error' (and kept on 'offline' for the last network problem). */
  error?: { code: SyncErrorCode; message: string };
  /** Unresolved conflicts. */
  conflicts: number;
};

/** A field value this device had written that a pulled change from another device overwrote. */
export type SyncConflict = {
  id: string;
  table: string;
  rowId: string;
  field: string;
  /** A readable name of the record (client name, offer number, line name), when known. */
  label?: string;
  /** The value this device had, now overwritten, with its stamp and author. */
  localValue: unknown;
  localHlc: string;
  localBy?: string;
  /** The value now stored (the winner), with its stamp and author. */
  remoteValue: unknown;
  remoteHlc: string;
  remoteBy?: string;
  detectedAt: string;
};

export type LoginInput = { serverUrl: string; email: string; password: string };

export interface SyncService {
  getStatus(): SyncStatus;
  /** Calls the listener on every status change; returns unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Logs in and keeps the token; the caller then picks one of the returned workspaces. */
  login(input: LoginInput): Promise<LoginReply>;
  /** Binds this device to a workspace of the logged-in account and starts syncing. */
  selectWorkspace(workspaceId: string): Promise<void>;
  /** Forgets the token and stops syncing; local data and unsent changes stay. */
  logout(): Promise<void>;
  /** Runs a sync now (push, then pull); resolves when the run ends. */
  syncNow(): Promise<void>;
  /** Unresolved conflicts, newest first. */
  listConflicts(): Promise<SyncConflict[]>;
  /** Keeps the chosen value: 'local' writes the overwritten value again as a new edit; both resolve the conflict. */
  resolveConflict(id: string, keep: 'local' | 'remote'): Promise<void>;
  /** Stops timers and listeners. */
  dispose(): void;
}

/** Where the session token lives: the desktop keeps it in safeStorage, the browser for the session only. */
export interface TokenStore {
  get(): Promise<string | undefined>;
  set(token: string): Promise<void>;
  clear(): Promise<void>;
}
