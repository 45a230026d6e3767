import { describe, expect, it } from 'vitest';
import {
  noticeMemory,
  PERSIST_NOTICE_KEY,
  persistenceNotice,
  requestPersistence,
  type PersistState,
} from './storage-persistence';

describe('persistenceNotice: when to tell the user that the browser may evict the data', () => {
  it('tells a refusal once, forgets it after a grant, and never bothers the desktop', () => {
    const cases: [PersistState, boolean][] = [
      ['refused', false],
      ['refused', true],
      ['unsupported', false],
      ['unsupported', true],
      ['persisted', false],
      ['persisted', true],
      ['not-needed', false],
      ['not-needed', true],
    ];
    expect(
      cases.map(([state, noticeShown]) => [
        state,
        noticeShown,
        persistenceNotice({ state, noticeShown }),
      ]),
    ).toEqual([
      ['refused', false, { notify: true, noticeShown: true }],
      ['refused', true, { notify: false, noticeShown: true }],
      ['unsupported', false, { notify: true, noticeShown: true }],
      ['unsupported', true, { notify: false, noticeShown: true }],
      ['persisted', false, { notify: false, noticeShown: false }],
      ['persisted', true, { notify: false, noticeShown: false }],
      ['not-needed', false, { notify: false, noticeShown: false }],
      ['not-needed', true, { notify: false, noticeShown: false }],
    ]);
  });

  it('over several starts: refused, refused, granted, refused notifies on the first and the last', () => {
    let noticeShown = false;
    const notified = (['refused', 'refused', 'persisted', 'refused'] as const).map((state) => {
      const decision = persistenceNotice({ state, noticeShown });
      noticeShown = decision.noticeShown;
      return decision.notify;
    });
    expect(notified).toEqual([true, false, false, true]);
  });
});

describe('requestPersistence', () => {
  const manager = (persisted: boolean, granted: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      storage: {
        persisted: async () => (calls.push('persisted'), persisted),
        persist: async () => (calls.push('persist'), granted),
      },
    };
  };

  it('asks only when not yet persistent, and reports the answer', async () => {
    const already = manager(true, false);
    const granted = manager(false, true);
    const refused = manager(false, false);
    expect(await requestPersistence(already.storage, { ask: true })).toBe('persisted');
    expect(await requestPersistence(granted.storage, { ask: true })).toBe('persisted');
    expect(await requestPersistence(refused.storage, { ask: true })).toBe('refused');
    expect([already.calls, granted.calls, refused.calls]).toEqual([
      ['persisted'],
      ['persisted', 'persist'],
      ['persisted', 'persist'],
    ]);
  });

  it('with ask: false only reads the state', async () => {
    const refused = manager(false, true);
    expect(await requestPersistence(refused.storage, { ask: false })).toBe('refused');
    expect(refused.calls).toEqual(['persisted']);
  });

  it('no Storage API, or one that throws, is unsupported', async () => {
    expect(await requestPersistence(undefined, { ask: true })).toBe('unsupported');
    expect(await requestPersistence({}, { ask: true })).toBe('unsupported');
    const broken = {
      persisted: async () => false,
      persist: async () => {
        throw new Error('SecurityError');
      },
    };
    expect(await requestPersistence(broken, { ask: true })).toBe('unsupported');
  });
});

describe('noticeMemory', () => {
  const fakeStorage = () => {
    const values = new Map<string, string>();
    return {
      values,
      storage: {
        getItem: (key: string) => values.get(key) ?? null,
        setItem: (key: string, value: string) => void values.set(key, value),
        removeItem: (key: string) => void values.delete(key),
      } as unknown as Storage,
    };
  };

  it('remembers and forgets the shown notice', () => {
    const { values, storage } = fakeStorage();
    const memory = noticeMemory(() => storage);
    expect(memory.get()).toBe(false);
    memory.set(true);
    expect([memory.get(), values.get(PERSIST_NOTICE_KEY)]).toEqual([true, '1']);
    memory.set(false);
    expect([memory.get(), values.has(PERSIST_NOTICE_KEY)]).toEqual([false, false]);
  });

  it('blocked storage reads as not shown and ignores writes', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    const memory = noticeMemory(() => blocked);
    expect(() => memory.set(true)).not.toThrow();
    expect(memory.get()).toBe(false);
    expect(noticeMemory(() => undefined).get()).toBe(false);
  });
});
