import type { SyncErrorCode } from '#shared/sync/status';

/** The timer functions the service uses (the engine's waits too): the global ones by default, fakes in tests. */
export { globalTimers } from '#shared/sync/engine';
export type { Timers } from '#shared/sync/engine';

/** Whether the device has a network, and when that changes (window online/offline events). */
export type NetworkMonitor = {
  isOnline: () => boolean;
  /** Calls the listener with the new state on every change; returns unsubscribe. */
  subscribe: (listener: (online: boolean) => void) => () => void;
};

/** The page's navigator.onLine and online/offline events; always online where there is no window. */
export function browserNetwork(target?: Window): NetworkMonitor {
  const win = target ?? (typeof window === 'undefined' ? undefined : window);
  return {
    isOnline: () => win?.navigator.onLine ?? true,
    subscribe(listener) {
      if (!win) return () => undefined;
      const online = () => listener(true);
      const offline = () => listener(false);
      win.addEventListener('online', online);
      win.addEventListener('offline', offline);
      return () => {
        win.removeEventListener('online', online);
        win.removeEventListener('offline', offline);
      };
    },
  };
}

/** When the service runs by itself (all in ms). */
export const SYNC_TIMING = {
  /** Quiet time after a local change before it is pushed. */
  debounceMs: 2_000,
  /** A run this often while signed in and online, to pull others' changes. */
  periodicMs: 60_000,
  /** First retry after a network or server failure; doubles per failure. */
  retryBaseMs: 5_000,
  /** The longest wait between retries. */
  retryMaxMs: 5 * 60_000,
} as const;

/** Failures that go away by themselves: retried with backoff. */
const TRANSIENT: ReadonlySet<SyncErrorCode> = new Set(['network', 'server']);
/** Failures only the user can fix: no runs by themselves until they act. */
const BLOCKING: ReadonlySet<SyncErrorCode> = new Set(['unauthorized', 'forbidden', 'protocol']);

/**
 * How long to wait before retrying after the `failures`-th failure in a row: doubling from
 * retryBaseMs up to retryMaxMs, never earlier than the server's Retry-After; undefined when the
 * failure is not one that retrying fixes.
 */
export function retryDelay({
  code,
  failures,
  retryAfterMs,
}: {
  code: SyncErrorCode;
  failures: number;
  retryAfterMs?: number;
}): number | undefined {
  if (!TRANSIENT.has(code)) return undefined;
  const backoff = Math.min(
    SYNC_TIMING.retryBaseMs * 2 ** Math.max(0, failures - 1),
    SYNC_TIMING.retryMaxMs,
  );
  return Math.max(backoff, retryAfterMs ?? 0);
}

/** Whether the service may run by itself (debounce, periodic, network back) after this failure. */
export function runsAutomatically(code: SyncErrorCode | undefined): boolean {
  return code === undefined || !BLOCKING.has(code);
}
