import { describe, expect, it, vi } from 'vitest';
import {
  ERROR_LOG_KEY,
  ERROR_LOG_LIMIT,
  logRenderError,
  recentErrors,
  shortMessage,
} from './error-log';

const memoryStorage = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  } as unknown as Storage;
};

describe('shortMessage', () => {
  it('keeps the first line of any thrown value, at most max characters', () => {
    expect([
      shortMessage(new Error('Objects are not valid as a React child\n  at ClientRow')),
      shortMessage('plain text'),
      shortMessage({ evil: true }),
      shortMessage(undefined),
      shortMessage(new Error('x'.repeat(300)), 10),
      shortMessage(
        new Error(
          'Minified React error #31; visit https://react.dev/errors/31?args[]=object%20with%20keys%20%7Bevil%7D for the full message or use the non-minified dev environment',
        ),
      ),
      shortMessage(new Error('Minified React error #418; visit https://react.dev/errors/418 for')),
    ]).toEqual([
      'Objects are not valid as a React child',
      'plain text',
      '{"evil":true}',
      'undefined',
      `${'x'.repeat(9)}…`,
      'React error #31 (Objects are not valid as a React child): object with keys {evil}',
      'React error #418',
    ]);
  });
});

describe('logRenderError', () => {
  it('logs the area to the console and keeps the last errors for support', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    const store = memoryStorage();
    const now = new Date('2026-12-01T10:00:00.000Z');
    for (let index = 0; index < ERROR_LOG_LIMIT + 2; index += 1) {
      logRenderError({ area: 'clients', error: new Error(`boom ${index}`), now, store });
    }
    const kept = recentErrors(store);
    expect(kept.length).toBe(ERROR_LOG_LIMIT);
    expect(kept.map((entry) => entry.message).slice(-2)).toEqual([
      `boom ${ERROR_LOG_LIMIT}`,
      `boom ${ERROR_LOG_LIMIT + 1}`,
    ]);
    expect(kept[0]).toMatchObject({ at: now.toISOString(), area: 'clients', message: 'boom 2' });
    expect(console).toHaveBeenCalledWith(
      '[Quotient] area "clients" failed:',
      expect.any(Error),
      '',
    );
  });

  it('never throws, even when storage is full or holds garbage', () => {
    vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    const store = memoryStorage();
    store.setItem(ERROR_LOG_KEY, '{not json');
    expect(recentErrors(store)).toEqual([]);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => logRenderError({ area: 'offers', error: 'x', store: full })).not.toThrow();
  });
});
