import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => 'reply'),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.get(channel)?.delete(listener),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.exposed.clear();
    electron.listeners.clear();
    electron.invoke.mockClear();
    await import('./index');
  });

  const quotient = () => electron.exposed.get('quotient') as Window['quotient'] & object;

  it('exposes exactly one object, window.quotient, and not ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['quotient']);
    expect(Object.keys(quotient()).sort()).toEqual([
      'app',
      'file',
      'mail',
      'menu',
      'onMenuCommand',
      'pdf',
      'presentation',
      'sync',
    ]);
    expect(JSON.stringify(Object.keys(quotient()))).not.toContain('ipc');
  });

  it('invokes the contract channel', async () => {
    await expect(quotient().app.setLanguage({ language: 'de' })).resolves.toBe('reply');
    expect(electron.invoke.mock.calls).toEqual([['app:set-language', { language: 'de' }]]);
  });

  it('hands menu commands to the page without the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = quotient().onMenuCommand((...args) => received.push(args));
    const fakeEvent = { sender: 'secret' };
    electron.listeners.get('menu:command')?.forEach((listener) => listener(fakeEvent, 'search'));
    unsubscribe();
    expect(received).toEqual([['search']]);
    expect(electron.listeners.get('menu:command')?.size).toBe(0);
  });
});
