import { hashPin, isPinRecord, pinRetryDelayMs, verifyPin } from '#shared/presentations/pin';
import type { PinRecord } from '#shared/presentations/pin';

/**
 * The kiosk lock's state (issue 14). Device-local: one record in localStorage under
 * `quotient.kiosk` (never synced, never the PIN itself), so a reload or a restart neither
 * unlocks nor resets the failure count. Other windows of the app (the audience window) follow
 * through the `storage` event. Pure of React and of the DOM's globals: everything is injected.
 */

export const KIOSK_STORAGE_KEY = 'quotient.kiosk';

/** The stored lock: which deck, the PIN's salted hash, wrong tries in a row, refused until (ms). */
export type KioskRecord = {
  deckId: string;
  pin: PinRecord;
  failures: number;
  refusedUntil: number;
};

export type KioskState = {
  locked: boolean;
  deckId: string | null;
  failures: number;
  /** Epoch ms until which PIN input is refused (0: not refused). */
  refusedUntil: number;
  /** The unlock dialog is open; `to` is where the user wanted to go (null: stay). */
  unlockRequest: { to: string | null } | null;
};

export type UnlockResult = { ok: boolean; retryInMs: number };

export type KioskStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type KioskStoreDeps = {
  storage: () => KioskStorage | undefined;
  now: () => number;
  /** The desktop's kiosk mode (menu off, devtools closed); the browser's does nothing. */
  setKiosk: (on: boolean) => Promise<void>;
};

const DECK_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The stored record, or null when there is none or it is not one (a foreign or broken value). */
export function parseKioskRecord(raw: string | null): KioskRecord | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { deckId, pin, failures, refusedUntil } = value as Record<string, unknown>;
  if (typeof deckId !== 'string' || !DECK_ID.test(deckId) || !isPinRecord(pin)) return null;
  return {
    deckId,
    pin: { salt: pin.salt, hash: pin.hash, iterations: pin.iterations },
    failures:
      typeof failures === 'number' && Number.isInteger(failures) && failures >= 0 ? failures : 0,
    refusedUntil:
      typeof refusedUntil === 'number' && Number.isFinite(refusedUntil) ? refusedUntil : 0,
  };
}

/**
 * Where the app must go instead of `pathname` while locked to `deckId` (null: stay): the deck's
 * presenter and audience view stay; an audience window goes back to the deck's audience view,
 * every other path to the presenter.
 */
export function kioskRedirect(pathname: string, deckId: string): string | null {
  const path = pathname.replace(/\/+$/, '');
  if (path === `/present/${deckId}` || path === `/audience/${deckId}`) return null;
  return path.startsWith('/audience/') ? `/audience/${deckId}` : `/present/${deckId}`;
}

export type KioskStore = {
  getState: () => KioskState;
  subscribe: (listener: () => void) => () => void;
  /** Locks to `deckId` with this PIN (checked by the caller: a bad one throws). */
  start: (deckId: string, pin: string) => Promise<void>;
  /** Tries a PIN: unlocks when right; counts a failure and may refuse input for a while. */
  unlock: (pin: string) => Promise<UnlockResult>;
  /** Opens the unlock dialog (a navigation away, Esc, the "unlock" button). */
  requestUnlock: (to: string | null) => void;
  dismissUnlock: () => void;
  /** Re-reads the record (another window changed it). */
  refresh: () => void;
};

const unlockedState: KioskState = {
  locked: false,
  deckId: null,
  failures: 0,
  refusedUntil: 0,
  unlockRequest: null,
};

export function createKioskStore(deps: KioskStoreDeps): KioskStore {
  const listeners = new Set<() => void>();
  let unlockRequest: KioskState['unlockRequest'] = null;
  let state: KioskState = unlockedState;
  // One PIN check at a time: a second click during the first must not skip the failure count.
  let busy: Promise<unknown> = Promise.resolve();

  const read = (): KioskRecord | null => {
    try {
      return parseKioskRecord(deps.storage()?.getItem(KIOSK_STORAGE_KEY) ?? null);
    } catch {
      return null;
    }
  };
  const write = (record: KioskRecord | null) => {
    const storage = deps.storage();
    if (!storage) throw new Error('localStorage is not available');
    if (record) storage.setItem(KIOSK_STORAGE_KEY, JSON.stringify(record));
    else storage.removeItem(KIOSK_STORAGE_KEY);
  };
  const compute = (): KioskState => {
    const record = read();
    if (!record) {
      unlockRequest = null;
      return unlockedState;
    }
    return {
      locked: true,
      deckId: record.deckId,
      failures: record.failures,
      refusedUntil: record.refusedUntil,
      unlockRequest,
    };
  };
  const update = () => {
    const next = compute();
    if (
      next.locked === state.locked &&
      next.deckId === state.deckId &&
      next.failures === state.failures &&
      next.refusedUntil === state.refusedUntil &&
      next.unlockRequest === state.unlockRequest
    ) {
      return;
    }
    state = next;
    listeners.forEach((listener) => listener());
  };
  state = compute();

  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = busy.then(run, run);
    busy = next.catch(() => undefined);
    return next;
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: (deckId, pin) =>
      serial(async () => {
        if (!DECK_ID.test(deckId)) throw new Error(`not a deck id: ${deckId}`);
        const record: KioskRecord = {
          deckId,
          pin: await hashPin(pin),
          failures: 0,
          refusedUntil: 0,
        };
        write(record);
        unlockRequest = null;
        update();
        await deps.setKiosk(true);
      }),
    unlock: (pin) =>
      serial(async () => {
        const record = read();
        if (!record) {
          update();
          return { ok: true, retryInMs: 0 };
        }
        // Never longer than the failures allow: a clock set back must not lock the booth for days.
        const wait = Math.min(record.refusedUntil - deps.now(), pinRetryDelayMs(record.failures));
        if (wait > 0) return { ok: false, retryInMs: wait };
        if (await verifyPin(pin, record.pin)) {
          write(null);
          unlockRequest = null;
          update();
          await deps.setKiosk(false);
          return { ok: true, retryInMs: 0 };
        }
        const failures = record.failures + 1;
        const delay = pinRetryDelayMs(failures);
        write({ ...record, failures, refusedUntil: delay > 0 ? deps.now() + delay : 0 });
        update();
        return { ok: false, retryInMs: delay };
      }),
    requestUnlock: (to) => {
      if (!read()) return;
      if (unlockRequest && unlockRequest.to === to) return;
      unlockRequest = { to };
      update();
    },
    dismissUnlock: () => {
      if (!unlockRequest) return;
      unlockRequest = null;
      update();
    },
    refresh: update,
  };
}
