import { persistenceNotice, platform } from '../platform';
import type { PersistState, Platform } from '../platform';
import { createStore } from '../stores/create-store';

type StorageNoticeState = {
  /** The refused state to tell the user about; null when there is nothing to say. */
  shown: Exclude<PersistState, 'persisted' | 'not-needed'> | null;
  dismiss: () => void;
};

/** The start-up notice that the browser may evict the local data. */
export const useStorageNotice = createStore<StorageNoticeState>((set) => ({
  shown: null,
  dismiss: () => set({ shown: null }),
}));

/**
 * Asks for persistent storage at start; a refusal shows the notice until it has been on screen
 * once (see rememberStorageNotice), so it does not nag on every start. Never throws.
 */
export async function checkStoragePersistence(
  target: Pick<Platform, 'persistStorage' | 'persistNotice'> = platform,
): Promise<PersistState> {
  const state = await target.persistStorage({ ask: true });
  const decision = persistenceNotice({ state, noticeShown: target.persistNotice.get() });
  if (decision.notify && (state === 'refused' || state === 'unsupported')) {
    // Remembered once displayed: a start that ends on the welcome screen has not told the user.
    useStorageNotice.setState({ shown: state });
  } else {
    target.persistNotice.set(decision.noticeShown);
  }
  return state;
}

/** Remembers that the notice was on screen. */
export function rememberStorageNotice(target: Pick<Platform, 'persistNotice'> = platform): void {
  target.persistNotice.set(true);
}
