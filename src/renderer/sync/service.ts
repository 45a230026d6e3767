import { SyncError, downloadBlob, runSync, waitFor } from '#shared/sync/engine';
import type { Clock } from '#shared/sync/hlc';
import {
  createHttpTransport,
  loginRequest,
  logoutRequest,
  probeServer,
} from '#shared/sync/http-transport';
import type { FetchLike } from '#shared/sync/http-transport';
import type { LoginReply } from '#shared/sync/protocol';
import type { SyncProgress } from '#shared/sync/status';
import { schemaVersion as currentSchemaVersion } from '#data';
import type { CommitListener, SyncStore, Workspace } from '#data';
import { initialSyncServiceState, reduce, statusOf, toFailure } from './service-state';
import type {
  SyncServiceEffect,
  SyncServiceEvent,
  SyncServiceState,
  SyncTimer,
} from './service-state';
import { browserNetwork, globalTimers } from './triggers';
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

/** One lock name per origin: two tabs on one database must not sync at once. */
const LOCK_NAME = 'quotient-sync';

/** Web Locks when the page has them (every current browser and Electron), else no lock. */
export function browserLock(): RunLock {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return (run) => run();
  // request() resolves with the callback's promise, whose value `then` unwraps for the types.
  return (run) => locks.request(LOCK_NAME, run).then((result) => result);
}

/**
 * The renderer's sync service: logs in, keeps the account (device-only) and the token
 * (TokenStore), and runs the engine after local changes (debounced), when the network returns
 * (after a reachability probe), periodically and on demand; never two runs at once, failures
 * retried with backoff. The rules are the reducer's (./service-state.ts); this shell feeds it
 * events and carries out its effects with real timers, the network and the database.
 * See SyncService for the contract.
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
  let state: SyncServiceState = initialSyncServiceState({ online: network.isOnline() });
  let status: SyncStatus = statusOf(state, { conflicts: 0 });
  let account: SyncAccount | undefined;
  let token: string | undefined;
  let tokenPersistence: TokenPersistence | undefined;
  let progress: SyncProgress | undefined;
  let lastSyncedAt: string | undefined;
  let conflicts = 0;
  /** The login of this session that has not picked a workspace yet. */
  let pendingLogin: { serverUrl: string; reply: LoginReply } | undefined;
  /** The run loop in progress: resolves once it has ended and settled. */
  let loop: { done: Promise<void>; resolve: () => void } | undefined;
  let abort: AbortController | undefined;
  const handles: Record<SyncTimer, unknown> = {
    debounce: undefined,
    periodic: undefined,
    retry: undefined,
  };

  const publish = () => {
    status = statusOf(state, {
      conflicts,
      ...(account ? { account } : {}),
      ...(progress ? { progress } : {}),
      ...(lastSyncedAt ? { lastSyncedAt } : {}),
      ...(tokenPersistence ? { tokenPersistence } : {}),
    });
    for (const listener of [...listeners]) listener(status);
  };

  /** Feeds one event to the reducer and carries out its effects in order. */
  const dispatch = (event: SyncServiceEvent) => {
    const step = reduce(state, event);
    state = step.state;
    for (const effect of step.effects) execute(effect);
  };

  const execute = (effect: SyncServiceEffect) => {
    switch (effect.type) {
      case 'publish':
        publish();
        return;
      case 'stopTimer':
        stopTimer(effect.timer);
        return;
      case 'startTimer':
        stopTimer(effect.timer);
        handles[effect.timer] = timers.setTimeout(() => {
          handles[effect.timer] = undefined;
          dispatch({ type: 'timerFired', timer: effect.timer });
        }, effect.ms);
        return;
      case 'run':
        if (!loop) {
          let resolve = () => undefined as void;
          const done = new Promise<void>((ended) => (resolve = ended));
          loop = { done, resolve };
        }
        // Started after the state says running, so the run's first status already says 'syncing'.
        void Promise.resolve()
          .then(runOnce)
          .then(() => dispatch({ type: 'runEnded' }));
        return;
      case 'probe':
        if (!account) return;
        probeServer(account.serverUrl, fetch).then(
          () => dispatch({ type: 'probeSucceeded' }),
          (error: unknown) => dispatch({ type: 'probeFailed', failure: toFailure(error) }),
        );
        return;
      case 'settle': {
        const ended = loop;
        loop = undefined;
        void refreshCounts()
          .catch(() => undefined)
          .then(() => {
            dispatch({ type: 'settled' });
            ended?.resolve();
          });
        return;
      }
    }
  };

  const stopTimer = (name: SyncTimer) => {
    if (handles[name] !== undefined) timers.clearTimeout(handles[name]);
    handles[name] = undefined;
  };

  /** Runs now, or once more after the run in progress; resolves when the last of them ends. */
  const trigger = (event: SyncServiceEvent): Promise<void> => {
    dispatch(event);
    return loop?.done ?? Promise.resolve();
  };

  const refreshCounts = async () => {
    const [pending, conflictCount] = await Promise.all([
      store.pendingChanges(),
      store.countConflicts(),
    ]);
    conflicts = conflictCount;
    dispatch({ type: 'counted', pending });
  };

  /** One engine run; its outcome goes to the reducer. */
  const runOnce = async (): Promise<void> => {
    dispatch({ type: 'runStarted' });
    const current = account;
    if (!current || !token) return;
    const controller = new AbortController();
    abort = controller;
    progress = { pushed: 0, toPush: state.pending, pulled: 0 };
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
          wait: (ms, signal) => waitFor(ms, signal, timers),
          onProgress: (step) => {
            progress = step;
            publish();
          },
        }),
      );
      dispatch({ type: 'runSucceeded' });
      const pending = await store.pendingChanges();
      dispatch({ type: 'outboxChecked', pending });
      if (pending === 0) {
        lastSyncedAt = new Date(now()).toISOString();
        await store.setLastSyncedAt(lastSyncedAt);
      }
    } catch (error) {
      if (!controller.signal.aborted) dispatch({ type: 'runFailed', failure: toFailure(error) });
    } finally {
      if (abort === controller) abort = undefined;
      progress = undefined;
    }
  };

  const onCommit: CommitListener = () => {
    void store.pendingChanges().then((pending) => dispatch({ type: 'committed', pending }));
  };

  const unsubscribeCommits = deps.onCommitted(onCommit);
  const unsubscribeNetwork = network.subscribe((online) =>
    dispatch({ type: 'networkChanged', online }),
  );

  const ready = (async () => {
    const [storedAccount, storedToken, storedLastSync] = await Promise.all([
      store.getAccount(),
      tokenStore.get().catch(() => undefined),
      store.getLastSyncedAt(),
    ]);
    account = storedAccount;
    token = storedToken;
    lastSyncedAt = storedLastSync;
    // The counts follow (started before the run, which begins a microtask later): the app
    // starts without waiting for them.
    dispatch({ type: 'loaded', signedIn: !!account && !!token });
    void refreshCounts().catch((error: unknown) => {
      dispatch({ type: 'storeFailed', failure: toFailure(error) });
    });
  })().catch((error: unknown) => {
    // A database that cannot be read still lets the app start; the status says why.
    dispatch({ type: 'storeFailed', failure: toFailure(error) });
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
      void trigger({ type: 'workspaceSelected' });
    },
    async logout() {
      abort?.abort(new DOMException('Logged out', 'AbortError'));
      dispatch({ type: 'logoutStarted' });
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
      dispatch({ type: 'loggedOut' });
      return { serverSessionEnded: ended.every(Boolean) };
    },
    async syncNow() {
      await ready;
      await trigger({ type: 'syncRequested' });
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
      dispatch({ type: 'disposed' });
      abort?.abort(new DOMException('Sync stopped', 'AbortError'));
      unsubscribeCommits();
      unsubscribeNetwork();
      listeners.clear();
    },
  };
}
