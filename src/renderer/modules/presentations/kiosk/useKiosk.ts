import { useCallback, useSyncExternalStore } from 'react';
import { kioskStore } from './kiosk';
import type { KioskState, UnlockResult } from './kiosk-store';

export type Kiosk = KioskState & {
  /** Locks to the hook's deck (or the locked one) with this PIN; a bad PIN throws. */
  start: (pin: string) => Promise<void>;
  unlock: (pin: string) => Promise<UnlockResult>;
  /** Opens the unlock dialog; after the right PIN the app goes to `to` (null: stays). */
  requestUnlock: (to?: string | null) => void;
  dismissUnlock: () => void;
};

/** The kiosk lock: its state (live, across windows) and its actions. */
export function useKiosk(deckId?: string): Kiosk {
  const store = kioskStore();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const target = deckId ?? state.deckId;
  const start = useCallback(
    (pin: string) => {
      if (!target) return Promise.reject(new Error('useKiosk: no deck to lock to'));
      return store.start(target, pin);
    },
    [store, target],
  );
  const requestUnlock = useCallback((to: string | null = null) => store.requestUnlock(to), [store]);
  return {
    ...state,
    start,
    unlock: store.unlock,
    requestUnlock,
    dismissUnlock: store.dismissUnlock,
  };
}
