import type { LoginReply } from '#shared/sync/protocol';
import type {
  ParkedSyncChange,
  SyncConflict,
  SyncErrorCode,
  SyncProgress,
} from '#shared/sync/status';

export type { ParkedSyncChange, SyncConflict, SyncErrorCode, SyncProgress };

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

export type SyncAccount = {
  serverUrl: string;
  email: string;
  userId: string;
  workspaceId: string;
  workspaceName: string;
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
  /** How long the login lasts, once known in this run (see TokenPersistence). */
  tokenPersistence?: TokenPersistence;
};

export type LoginInput = { serverUrl: string; email: string; password: string };

/** How a logout went at the server: false when the server could not be told (offline, error). */
export type LogoutResult = { serverSessionEnded: boolean };

export type SyncService = {
  getStatus(): SyncStatus;
  /** Calls the listener on every status change; returns unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /**
   * Logs in; the caller then picks one of the returned workspaces with selectWorkspace, which
   * keeps the token (TokenStore). Until then the current account, if any, syncs as before.
   */
  login(input: LoginInput): Promise<LoginReply>;
  /** Binds this device to a workspace of the logged-in account and starts syncing. */
  selectWorkspace(workspaceId: string): Promise<void>;
  /**
   * Ends the session at the server (the token is revoked there), then forgets the token and stops
   * syncing; local data and unsent changes stay. Offline, it still logs out on this device and
   * says the server session could not be ended.
   */
  logout(): Promise<LogoutResult>;
  /** Pulled changes this device refused to apply (see ParkedSyncChange), newest first. */
  listParked(): Promise<ParkedSyncChange[]>;
  /** Runs a sync now (push, then pull); resolves when the run ends. */
  syncNow(): Promise<void>;
  /**
   * Downloads one blob (a document or datasheet a colleague's row refers to) from the server now,
   * verified by its SHA-256; false when signed out or the server does not have it.
   */
  fetchBlob(sha256: string): Promise<boolean>;
  /** Unresolved conflicts, newest first. */
  listConflicts(): Promise<SyncConflict[]>;
  /** Keeps the chosen value: 'local' writes the overwritten value again as a new edit; both resolve the conflict. */
  resolveConflict(id: string, keep: 'local' | 'remote'): Promise<void>;
  /** Stops timers and listeners. */
  dispose(): void;
};

/**
 * Whether a kept token survives a restart: 'device' (the desktop's safeStorage) or 'session'
 * (the browser tab, or a desktop without OS encryption: until the app closes).
 */
export type TokenPersistence = 'device' | 'session';

/** Where the session token lives: the desktop keeps it in safeStorage, the browser for the session only. */
export type TokenStore = {
  get(): Promise<string | undefined>;
  /** Keeps the token, replacing any other; says how long it lasts. */
  set(token: string): Promise<TokenPersistence>;
  clear(): Promise<void>;
};
