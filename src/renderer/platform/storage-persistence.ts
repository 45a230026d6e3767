/**
 * Whether this device keeps Quotient's data for sure: `persisted` (the browser granted
 * persistent storage), `refused` (it may evict the data, unsynced changes included, when disk
 * space runs low), `unsupported` (no Storage API here, same risk), `not-needed` (the desktop app).
 */
export type PersistState = 'persisted' | 'refused' | 'unsupported' | 'not-needed';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Reads, and with `ask` requests, persistent storage (navigator.storage). Never throws: a
 * failing Storage API counts as unsupported.
 */
export async function requestPersistence(
  storage: Partial<StorageManagerLike> | undefined,
  { ask }: { ask: boolean },
): Promise<PersistState> {
  if (typeof storage?.persisted !== 'function' || typeof storage.persist !== 'function') {
    return 'unsupported';
  }
  try {
    if (await storage.persisted()) return 'persisted';
    if (!ask) return 'refused';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unsupported';
  }
}

/**
 * Whether to show the eviction notice at start, and what to remember: once per refusal,
 * not on every start; a later grant forgets it, so a new refusal is told again.
 */
export function persistenceNotice({
  state,
  noticeShown,
}: {
  state: PersistState;
  noticeShown: boolean;
}): { notify: boolean; noticeShown: boolean } {
  if (state === 'persisted' || state === 'not-needed') return { notify: false, noticeShown: false };
  return { notify: !noticeShown, noticeShown: true };
}

/** The localStorage key that remembers the notice was shown (this browser profile only). */
export const PERSIST_NOTICE_KEY = 'quotient.persistNoticeShown';

/** Reads and writes the remembered notice; blocked storage reads as "not shown" and ignores writes. */
export function noticeMemory(storage: () => Storage | undefined) {
  return {
    get(): boolean {
      try {
        return storage()?.getItem(PERSIST_NOTICE_KEY) === '1';
      } catch {
        return false;
      }
    },
    set(shown: boolean): void {
      try {
        if (shown) storage()?.setItem(PERSIST_NOTICE_KEY, '1');
        else storage()?.removeItem(PERSIST_NOTICE_KEY);
      } catch {
        // Blocked storage: the notice may show again next start, which is the safe side.
      }
    },
  };
}
