import { describe, expect, it, vi } from 'vitest';
import { hashPin } from '#shared/presentations/pin';
import type { KioskStorage } from './kiosk-store';
import {
  KIOSK_STORAGE_KEY,
  createKioskStore,
  kioskRedirect,
  parseKioskRecord,
} from './kiosk-store';

function memoryStorage(): KioskStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function setup(storage = memoryStorage()) {
  let now = Date.UTC(2026, 5, 1, 10, 0, 0);
  const setKiosk = vi.fn(async () => undefined);
  const deps = { storage: () => storage, now: () => now, setKiosk };
  const store = createKioskStore(deps);
  return {
    store,
    storage,
    setKiosk,
    deps,
    advance: (ms: number) => {
      now += ms;
    },
    stored: () => JSON.parse(storage.data.get(KIOSK_STORAGE_KEY) ?? 'null') as unknown,
  };
}

describe('kioskRedirect', () => {
  it('sends a stray audience window back to the deck’s audience view', () => {
    expect(kioskRedirect('/audience/d2', 'd1')).toBe('/audience/d1');
  });

  it('lets the deck’s presenter and audience view through, nothing else', () => {
    expect(kioskRedirect('/present/d1', 'd1')).toBeNull();
    expect(kioskRedirect('/present/d1/', 'd1')).toBeNull();
    expect(kioskRedirect('/audience/d1', 'd1')).toBeNull();
    for (const path of [
      '/clients',
      '/',
      '/settings',
      '/present/d2',
      '/present/d1x',
      '/presentations/d1',
      '/welcome',
      '/print/offers/o1',
    ]) {
      expect(kioskRedirect(path, 'd1')).toBe('/present/d1');
    }
  });
});

describe('parseKioskRecord', () => {
  it('reads a record and refuses anything else', async () => {
    const pin = await hashPin('4711');
    const record = { deckId: 'd1', pin, failures: 2, refusedUntil: 0 };
    expect(parseKioskRecord(JSON.stringify(record))).toEqual(record);
    expect(parseKioskRecord(null)).toBeNull();
    expect(parseKioskRecord('{')).toBeNull();
    expect(parseKioskRecord('"x"')).toBeNull();
    expect(parseKioskRecord(JSON.stringify({ ...record, deckId: '../x' }))).toBeNull();
    expect(
      parseKioskRecord(JSON.stringify({ ...record, pin: { ...pin, iterations: 5 } })),
    ).toBeNull();
    expect(parseKioskRecord(JSON.stringify({ ...record, failures: -1 }))?.failures).toBe(0);
  });
});

describe('createKioskStore', () => {
  it('locks with a salted hash only, and a new store (a reload) is still locked', async () => {
    const { store, storage, setKiosk, stored } = setup();
    expect(store.getState().locked).toBe(false);
    await store.start('deck-1', '4711');
    expect(store.getState()).toMatchObject({ locked: true, deckId: 'deck-1', failures: 0 });
    expect(setKiosk.mock.calls).toEqual([[true]]);
    expect(stored()).toMatchObject({ deckId: 'deck-1', failures: 0, refusedUntil: 0 });
    // The whole record: a salted hash, no PIN (not a substring check: random hex may hold 4711).
    expect(stored()).toEqual({
      deckId: 'deck-1',
      pin: {
        salt: expect.stringMatching(/^[0-9a-f]{32}$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        iterations: 210_000,
      },
      failures: 0,
      refusedUntil: 0,
    });

    const reloaded = setup(storage).store;
    expect(reloaded.getState()).toMatchObject({ locked: true, deckId: 'deck-1' });
  });

  it('refuses a PIN of the wrong format and a bad deck id without locking', async () => {
    const { store, setKiosk } = setup();
    await expect(store.start('deck-1', '12')).rejects.toThrow(/4 to 12 digits/);
    await expect(store.start('../settings', '1234')).rejects.toThrow(/not a deck id/);
    expect(store.getState().locked).toBe(false);
    expect(setKiosk).not.toHaveBeenCalled();
  });

  it('stays locked on a wrong PIN, and unlocks with the right one', async () => {
    const { store, setKiosk, stored } = setup();
    await store.start('deck-1', '4711');
    const listener = vi.fn();
    store.subscribe(listener);
    expect(await store.unlock('1234')).toEqual({ ok: false, retryInMs: 0 });
    expect(store.getState()).toMatchObject({ locked: true, failures: 1 });
    expect(listener).toHaveBeenCalled();
    expect(await store.unlock('4711')).toEqual({ ok: true, retryInMs: 0 });
    expect(store.getState()).toMatchObject({ locked: false, deckId: null });
    expect(stored()).toBeNull();
    expect(setKiosk.mock.calls).toEqual([[true], [false]]);
  });

  it('refuses input for the delay after five failures, even across a reload, and keeps counting', async () => {
    const { store, storage, deps, advance } = setup();
    await store.start('deck-1', '4711');
    for (let i = 0; i < 4; i += 1)
      expect(await store.unlock('0000')).toEqual({ ok: false, retryInMs: 0 });
    expect(await store.unlock('0000')).toEqual({ ok: false, retryInMs: 2_000 });
    expect(store.getState()).toMatchObject({ failures: 5, refusedUntil: deps.now() + 2_000 });

    // Refused: even the right PIN is not checked (and does not count) until the time is up.
    const reloaded = createKioskStore({ ...deps, storage: () => storage });
    advance(1_500);
    expect(await reloaded.unlock('4711')).toEqual({ ok: false, retryInMs: 500 });
    expect(reloaded.getState()).toMatchObject({ locked: true, failures: 5 });

    advance(500);
    expect(await reloaded.unlock('0000')).toEqual({ ok: false, retryInMs: 4_000 });
    advance(4_000);
    expect(await reloaded.unlock('4711')).toEqual({ ok: true, retryInMs: 0 });
    expect(reloaded.getState().locked).toBe(false);
  });

  it('does not refuse longer than the failures allow when the clock was set back', async () => {
    const { store, storage, deps } = setup();
    await store.start('deck-1', '4711');
    const record = JSON.parse(storage.data.get(KIOSK_STORAGE_KEY)!) as Record<string, unknown>;
    storage.setItem(
      KIOSK_STORAGE_KEY,
      JSON.stringify({ ...record, failures: 5, refusedUntil: deps.now() + 86_400_000 }),
    );
    store.refresh();
    expect(await store.unlock('4711')).toEqual({ ok: false, retryInMs: 2_000 });
  });

  it('checks one PIN at a time, so quick repeated tries all count', async () => {
    const { store } = setup();
    await store.start('deck-1', '4711');
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.unlock('0000')));
    expect(results.map((result) => result.retryInMs)).toEqual([0, 0, 0, 0, 2_000]);
    expect(store.getState().failures).toBe(5);
  });

  it('opens and closes the unlock request only while locked', async () => {
    const { store } = setup();
    store.requestUnlock('/clients');
    expect(store.getState().unlockRequest).toBeNull();
    await store.start('deck-1', '4711');
    store.requestUnlock('/clients');
    expect(store.getState().unlockRequest).toEqual({ to: '/clients' });
    store.dismissUnlock();
    expect(store.getState().unlockRequest).toBeNull();
    store.requestUnlock(null);
    await store.unlock('4711');
    expect(store.getState().unlockRequest).toBeNull();
  });

  it('follows another window’s unlock on refresh', async () => {
    const { store, storage } = setup();
    await store.start('deck-1', '4711');
    storage.removeItem(KIOSK_STORAGE_KEY);
    store.refresh();
    expect(store.getState().locked).toBe(false);
  });
});
