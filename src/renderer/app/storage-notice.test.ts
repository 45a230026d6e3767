import { beforeEach, describe, expect, it } from 'vitest';
import type { PersistState } from '../platform';
import { checkStoragePersistence, rememberStorageNotice, useStorageNotice } from './storage-notice';

const fakePlatform = (state: PersistState, shown = false) => {
  const memory = { shown };
  const asked: (boolean | undefined)[] = [];
  return {
    memory,
    asked,
    target: {
      persistStorage: async (options?: { ask?: boolean }) => {
        asked.push(options?.ask);
        return state;
      },
      persistNotice: { get: () => memory.shown, set: (value: boolean) => (memory.shown = value) },
    },
  };
};

beforeEach(() => useStorageNotice.setState({ shown: null }));

describe('checkStoragePersistence at start', () => {
  it('asks the browser; a refusal shows the notice, remembered once it was on screen', async () => {
    const fake = fakePlatform('refused');
    expect(await checkStoragePersistence(fake.target)).toBe('refused');
    expect([fake.asked, useStorageNotice.getState().shown, fake.memory.shown]).toEqual([
      [true],
      'refused',
      false,
    ]);
    // A start that never showed it (e.g. it ended on the welcome screen) tells again next time.
    useStorageNotice.setState({ shown: null });
    await checkStoragePersistence(fake.target);
    expect(useStorageNotice.getState().shown).toBe('refused');
    rememberStorageNotice(fake.target);
    expect(fake.memory.shown).toBe(true);
  });

  it('does not show it again on the next start, nor when storage is persistent', async () => {
    await checkStoragePersistence(fakePlatform('refused', true).target);
    expect(useStorageNotice.getState().shown).toBe(null);
    const granted = fakePlatform('persisted', true);
    await checkStoragePersistence(granted.target);
    expect([useStorageNotice.getState().shown, granted.memory.shown]).toEqual([null, false]);
  });

  it('dismiss hides the notice', async () => {
    await checkStoragePersistence(fakePlatform('unsupported').target);
    expect(useStorageNotice.getState().shown).toBe('unsupported');
    useStorageNotice.getState().dismiss();
    expect(useStorageNotice.getState().shown).toBe(null);
  });
});
