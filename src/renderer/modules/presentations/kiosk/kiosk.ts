import { platform } from '../../../platform';
import type { KioskStore } from './kiosk-store';
import { KIOSK_STORAGE_KEY, createKioskStore } from './kiosk-store';

let store: KioskStore | undefined;

/** The app's one kiosk store over localStorage, following other windows through `storage`. */
export function kioskStore(): KioskStore {
  if (store) return store;
  const created = createKioskStore({
    storage: () => {
      try {
        return window.localStorage;
      } catch {
        return undefined;
      }
    },
    now: () => Date.now(),
    // The renderer's lock holds without the desktop's kiosk mode; a refusal is logged, not fatal.
    setKiosk: (on) =>
      platform.presentation
        .setKiosk(on)
        .catch((error: unknown) => console.warn('Could not switch the kiosk mode', error)),
  });
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === KIOSK_STORAGE_KEY) created.refresh();
  });
  store = created;
  return created;
}

/** Whether the kiosk lock is on right now (for event handlers outside React's render). */
export function isKioskLocked(): boolean {
  return typeof window !== 'undefined' && kioskStore().getState().locked;
}
