import { beforeEach, describe, expect, it } from 'vitest';
import type { PersistState } from '../platform';
import { checkStoragePersistence, useStorageNotice } from './storage-notice';

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
  it('asks the browser; a refusal shows the notice and is remembered', async () => {
    const fake = fakePlatform('refused');
    expect(await checkStoragePersistence(fake.target)).toBe('refused');
    expect([fake.asked, useStorageNotice.getState().shown, fake.memory.shown]).toEqual([
      [true],
      'refused',
      true,
    ]);
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
