import { SyncError, downloadBlob, runSync } from '../../shared/sync/engine';
import { ClockDriftError } from '../../shared/sync/hlc';
import type { Clock } from '../../shared/sync/hlc';
import {
  createHttpTransport,
  loginRequest,
  logoutRequest,
  probeServer,
} from '../../shared/sync/http-transport';
import type { FetchLike } from '../../shared/sync/http-transport';
import type { LoginReply } from '../../shared/sync/protocol';
import type { SyncErrorCode, SyncProgress } from '../../shared/sync/status';
import { schemaVersion as currentSchemaVersion } from '../db';
import type { CommitListener, SyncStore, Workspace } from '../db';
import {
  SYNC_TIMING,
  browserNetwork,
  globalTimers,
  retryDelay,
  runsAutomatically,
} from './triggers';
import type { NetworkMonitor, Timers } from './triggers';
import type {
  LoginInput,
  SyncAccount,
  SyncService,
  SyncStatus,
  TokenPersistence,
  TokenStore,
} from './types';

/** What the service needs of the open database: the sync store, the clock and commit events. */
export type SyncParts = {
  store: SyncStore;
  clock: Clock;
  onCommitted: (listener: CommitListener) => () => void;
};

/** Runs `run` while no other tab of this origin runs a sync (Web Locks); directly where there are none. */
export type RunLock = <T>(run: () => Promise<T>) => Promise<T>;

export type SyncServiceDeps = SyncParts & {
  tokenStore: TokenStore;
  fetch?: FetchLike;
  /** Wall clock in epoch ms (lastSyncedAt, the server offset): the clock's own. */
  now?: () => number;
  timers?: Timers;
  network?: NetworkMonitor;
  lock?: RunLock;
  schemaVersion?: number;
};

export type CreateSyncServiceArgs = Omit<SyncServiceDeps, keyof SyncParts> & {
  /** The open database (openWorkspace): its sync store, clock and commit events. */
  workspace: Pick<Workspace, 'repos' | 'sync'>;
};

/** The app's sync service over an open workspace (see createSyncServiceWith). */
export function createSyncService({
  workspace,
  ...options
}: CreateSyncServiceArgs): StartedSyncService {
  return createSyncServiceWith({
    ...options,
    store: workspace.sync.store,
    clock: workspace.sync.clock,
    onCommitted: workspace.repos.onCommitted,
  });
}

/** The sync service plus `ready`, which resolves once the stored account and token are loaded (counts follow). */
export type StartedSyncService = SyncService & { ready: Promise<void> };

type RunFailure = { code: SyncErrorCode; message: string; retryAfterMs?: number };

/** One lock name per origin: two tabs on one database must not sync at once. */
const LOCK_NAME = 'quotient-sync';

/** Web Locks when the page has them (every current browser and Electron), else no lock. */
export function browserLock(): RunLock {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return (run) => run();
  // request() resolves with the callback's promise, whose value `then` unwraps for the types.
  return (run) => locks.request(LOCK_NAME, run).then((result) => result);
}

/** Any thrown value as the run's failure: SyncError as is, a drifting clock as 'clock'. */
export function toFailure(error: unknown): RunFailure {
  if (error instanceof SyncError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    };
  }
  if (error instanceof ClockDriftError) return { code: 'clock', message: error.message };
  return { code: 'rejected', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The renderer's sync service: logs in, keeps the account (device-only) and the token
 * (TokenStore), and runs the engine after local changes (debounced), when the network returns
 * (after a reachability probe), periodically and on demand; never two runs at once, failures
 * retried with backoff. See SyncService for the contract.
 */
export function createSyncServiceWith(deps: SyncServiceDeps): StartedSyncService {
  const {
    store,
    clock,
    tokenStore,
    fetch = (input, init) => globalThis.fetch(input, init),
    now = Date.now,
    timers = globalTimers,
    network = browserNetwork(),
    lock = browserLock(),
    schemaVersion = currentSchemaVersion,
  } = deps;

  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = { phase: 'signed-out', pending: 0, conflicts: 0 };
  let account: SyncAccount | undefined;
  let token: string | undefined;
  let tokenPersistence: TokenPersistence | undefined;
  let online = network.isOnline();
  let failure: RunFailure | undefined;
  let failures = 0;
  let progress: SyncProgress | undefined;
  let lastSyncedAt: string | undefined;
  let pending = 0;
  let conflicts = 0;
  /** The login of this session that has not picked a workspace yet. */
  let pendingLogin: { serverUrl: string; reply: LoginReply } | undefined;
  let running: Promise<void> | undefined;
  let runAgain = false;
  let abort: AbortController | undefined;
  let disposed = false;
  const timer: Record<'debounce' | 'periodic' | 'retry', unknown> = {
    debounce: undefined,
    periodic: undefined,
    retry: undefined,
  };

  const phaseNow = (): SyncStatus['phase'] => {
    if (!account || !token) return 'signed-out';
    if (running) return 'syncing';
    if (!online || failure?.code === 'network') return 'offline';
    return failure ? 'error' : 'idle';
  };

  const publish = () => {
    const phase = phaseNow();
    status = {
      phase,
      pending,
      conflicts,
      ...(account ? { account } : {}),
      ...(phase === 'syncing' && progress ? { progress } : {}),
      ...(lastSyncedAt ? { lastSyncedAt } : {}),
      ...(failure && phase !== 'signed-out'
        ? { error: { code: failure.code, message: failure.message } }
        : {}),
      ...(token && tokenPersistence ? { tokenPersistence } : {}),
    };
    for (const listener of [...listeners]) listener(status);
  };

  const stopTimer = (name: keyof typeof timer) => {
    if (timer[name] !== undefined) timers.clearTimeout(timer[name]);
    timer[name] = undefined;
  };
  const startTimer = (name: keyof typeof timer, ms: number, run: () => void) => {
    stopTimer(name);
    timer[name] = timers.setTimeout(() => {
      timer[name] = undefined;
      run();
    }, ms);
  };

  const canRunAutomatically = () =>
    !disposed && !!account && !!token && online && runsAutomatically(failure?.code);

  const refreshCounts = async () => {
    [pending, conflicts] = await Promise.all([store.pendingChanges(), store.countConflicts()]);
    publish();
  };

  // While a retry is due, it is the next run; the periodic one resumes after a success.
  const schedulePeriodic = () => {
    if (canRunAutomatically() && timer.retry === undefined) {
      startTimer('periodic', SYNC_TIMING.periodicMs, () => void trigger());
    } else {
      stopTimer('periodic');
    }
  };

  /** Records a failed run or probe and schedules the retry its kind allows. */
  const fail = (error: unknown) => {
    failure = toFailure(error);
    failures += 1;
    const delay = retryDelay({
      code: failure.code,
      failures,
      ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
    });
    if (delay === undefined) stopTimer('retry');
    else startTimer('retry', delay, () => void retry());
  };

  /** One engine run, its outcome in the status and the next automatic run scheduled. */
  const runOnce = async (): Promise<void> => {
    const current = account;
    if (!current || !token) return;
    const controller = new AbortController();
    abort = controller;
    progress = { pushed: 0, toPush: pending, pulled: 0 };
    publish();
    try {
      const transport = createHttpTransport({
        baseUrl: current.serverUrl,
        token,
        workspaceId: current.workspaceId,
        fetch,
        signal: controller.signal,
      });
      await lock(() =>
        runSync({
          transport,
          store,
          clock,
          clientId: store.nodeId,
          schemaVersion,
          signal: controller.signal,
          now,
          wait: (ms, signal) => sleep(ms, signal),
          onProgress: (step) => {
            progress = step;
            publish();
          },
        }),
      );
      failure = undefined;
      failures = 0;
      stopTimer('retry');
      pending = await store.pendingChanges();
      if (pending === 0) {
        lastSyncedAt = new Date(now()).toISOString();
        await store.setLastSyncedAt(lastSyncedAt);
      } else {
        // Changes made during the run: push them now rather than after the debounce.
        runAgain = true;
      }
    } catch (error) {
      if (!controller.signal.aborted) fail(error);
    } finally {
      if (abort === controller) abort = undefined;
      progress = undefined;
    }
  };

  /** Runs now, or once more after the run in progress; resolves when the last of them ends. */
  const trigger = (): Promise<void> => {
    if (disposed || !account || !token) return Promise.resolve();
    stopTimer('debounce');
    if (running) {
      runAgain = true;
      return running;
    }
    // Started after `running` is set, so the run's first status already says 'syncing'.
    running = Promise.resolve().then(async () => {
      try {
        do {
          runAgain = false;
          await runOnce();
        } while (runAgain && !disposed && account && token && !failure);
      } finally {
        running = undefined;
        await refreshCounts().catch(() => undefined);
        schedulePeriodic();
      }
    });
    return running;
  };

  /** The network is back or a retry is due: ask the server's health, run only when it answers. */
  const probeThenRun = async () => {
    if (!canRunAutomatically() || !account || running) return;
    try {
      await probeServer(account.serverUrl, fetch);
    } catch (error) {
      fail(error);
      publish();
      return;
    }
    await trigger();
  };

  /** A due retry: after a network failure probe first, after a server failure run directly. */
  const retry = () => (failure?.code === 'network' ? probeThenRun() : trigger());

  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const handle = timers.setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        timers.clearTimeout(handle);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  const onCommit: CommitListener = () => {
    // Pulled pages commit too, but they never add to the outbox: only local edits schedule a run.
    void store.pendingChanges().then((count) => {
      const grew = count > pending;
      pending = count;
      publish();
      // A run in progress checks the outbox when it ends and goes again if it is not empty.
      if (grew && canRunAutomatically() && !running) {
        startTimer('debounce', SYNC_TIMING.debounceMs, () => void trigger());
      }
    });
  };

  const onNetwork = (isOnline: boolean) => {
    online = isOnline;
    if (!isOnline) {
      stopTimer('retry');
      stopTimer('debounce');
      stopTimer('periodic');
      publish();
      return;
    }
    publish();
    failures = 0;
    void probeThenRun();
  };

  const unsubscribeCommits = deps.onCommitted(onCommit);
  const unsubscribeNetwork = network.subscribe(onNetwork);

  const ready = (async () => {
    const [storedAccount, storedToken, storedLastSync] = await Promise.all([
      store.getAccount(),
      tokenStore.get().catch(() => undefined),
      store.getLastSyncedAt(),
    ]);
    account = storedAccount;
    token = storedToken;
    lastSyncedAt = storedLastSync;
    publish();
    // The counts follow: the app starts without waiting for them.
    void refreshCounts().catch((error: unknown) => {
      failure = toFailure(error);
      publish();
    });
    if (canRunAutomatically()) void trigger();
  })().catch((error: unknown) => {
    // A database that cannot be read still lets the app start; the status says why.
    failure = toFailure(error);
    publish();
  });

  return {
    ready,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async login({ serverUrl, email, password }: LoginInput) {
      const reply = await loginRequest(serverUrl, { email, password }, fetch);
      // Kept aside until a workspace is chosen: the running account keeps its own token till then.
      pendingLogin = { serverUrl, reply };
      return reply;
    },
    async selectWorkspace(workspaceId) {
      await ready;
      if (!pendingLogin) throw new Error('Log in before choosing a workspace');
      const { serverUrl, reply } = pendingLogin;
      const workspace = reply.workspaces.find((candidate) => candidate.id === workspaceId);
      if (!workspace) {
        throw new SyncError('forbidden', `${reply.user.email} is no member of ${workspaceId}`);
      }
      const next: SyncAccount = {
        serverUrl,
        email: reply.user.email,
        userId: reply.user.id,
        workspaceId,
        workspaceName: workspace.name,
      };
      // Binding first: a database of another workspace refuses, and nothing has changed then.
      await store.setAccount(next);
      tokenPersistence = await tokenStore.set(reply.token);
      abort?.abort(new DOMException('Account changed', 'AbortError'));
      account = next;
      token = reply.token;
      pendingLogin = undefined;
      failure = undefined;
      failures = 0;
      stopTimer('retry');
      publish();
      void trigger();
    },
    async logout() {
      abort?.abort(new DOMException('Logged out', 'AbortError'));
      for (const name of ['debounce', 'periodic', 'retry'] as const) stopTimer(name);
      // Revoked at the server first: a forgotten token would stay valid there for its lifetime.
      const sessions = [
        ...(account && token ? [{ serverUrl: account.serverUrl, token }] : []),
        ...(pendingLogin && pendingLogin.reply.token !== token
          ? [{ serverUrl: pendingLogin.serverUrl, token: pendingLogin.reply.token }]
          : []),
      ];
      const ended = await Promise.all(
        sessions.map(({ serverUrl, token: ending }) =>
          logoutRequest(serverUrl, ending, fetch).then(
            () => true,
            () => false,
          ),
        ),
      );
      await tokenStore.clear();
      token = undefined;
      tokenPersistence = undefined;
      pendingLogin = undefined;
      failure = undefined;
      failures = 0;
      publish();
      return { serverSessionEnded: ended.every(Boolean) };
    },
    async syncNow() {
      await ready;
      // On demand means now: the user asked, whatever the last failure or navigator.onLine say.
      stopTimer('retry');
      await trigger();
    },
    async fetchBlob(sha256) {
      await ready;
      const current = account;
      if (!current || !token) return false;
      const transport = createHttpTransport({
        baseUrl: current.serverUrl,
        token,
        workspaceId: current.workspaceId,
        fetch,
      });
      return downloadBlob({ transport, store, sha256 });
    },
    listParked: () => store.listParked(),
    listConflicts: () => store.listConflicts(),
    async resolveConflict(id, keep) {
      await store.resolveConflict(id, keep);
      await refreshCounts();
    },
    dispose() {
      disposed = true;
      abort?.abort(new DOMException('Sync stopped', 'AbortError'));
      for (const name of ['debounce', 'periodic', 'retry'] as const) stopTimer(name);
      unsubscribeCommits();
      unsubscribeNetwork();
      listeners.clear();
    },
  };
}
