import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { QuotientApi } from './api';
import { apiMethodName, createQuotientApi } from './api';
import { MENU_COMMAND_CHANNEL, ipcChannels } from './channels';
import type {
  AppInfo,
  FileOpenRequest,
  FileOpenResponse,
  FileSaveRequest,
  FileSaveResponse,
  SyncTokenGetResponse,
  SyncTokenSetResponse,
} from './contract';

function fakeTransport() {
  const listeners = new Set<(data: unknown) => void>();
  const transport = {
    invoke: vi.fn(async (channel: string, payload: unknown) => ({ channel, payload })),
    subscribe: vi.fn((channel: string, listener: (data: unknown) => void) => {
      expect(channel).toBe(MENU_COMMAND_CHANNEL);
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  const emit = (data: unknown) => listeners.forEach((listener) => listener(data));
  return { transport, emit, listeners };
}

describe('apiMethodName', () => {
  it('maps domain:verb-name to domain.verbName', () => {
    expect(ipcChannels.map(apiMethodName)).toEqual([
      { domain: 'file', method: 'save' },
      { domain: 'file', method: 'open' },
      { domain: 'app', method: 'info' },
      { domain: 'app', method: 'setLanguage' },
      { domain: 'pdf', method: 'print' },
      { domain: 'sync', method: 'tokenGet' },
      { domain: 'sync', method: 'tokenSet' },
      { domain: 'sync', method: 'tokenClear' },
      { domain: 'mail', method: 'openDraft' },
      { domain: 'menu', method: 'setNavigation' },
      { domain: 'menu', method: 'setCustomerMode' },
      { domain: 'presentation', method: 'listDisplays' },
      { domain: 'presentation', method: 'openAudience' },
      { domain: 'presentation', method: 'closeAudience' },
      { domain: 'presentation', method: 'setKiosk' },
    ]);
  });
});

describe('createQuotientApi', () => {
  it('exposes one method per channel and nothing else', () => {
    const api = createQuotientApi(fakeTransport().transport);
    expect(Object.keys(api).sort()).toEqual([
      'app',
      'file',
      'mail',
      'menu',
      'onMenuCommand',
      'pdf',
      'presentation',
      'sync',
    ]);
    expect(Object.keys(api.mail)).toEqual(['openDraft']);
    expect(Object.keys(api.menu).sort()).toEqual(['setCustomerMode', 'setNavigation']);
    expect(Object.keys(api.file).sort()).toEqual(['open', 'save']);
    expect(Object.keys(api.app).sort()).toEqual(['info', 'setLanguage']);
    expect(Object.keys(api.sync).sort()).toEqual(['tokenClear', 'tokenGet', 'tokenSet']);
    expect(Object.keys(api.presentation).sort()).toEqual([
      'closeAudience',
      'listDisplays',
      'openAudience',
      'setKiosk',
    ]);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the matching channel with the payload', async () => {
    const { transport } = fakeTransport();
    const api = createQuotientApi(transport);
    const data = new Uint8Array([1]);
    await api.file.save({ suggestedName: 'a.txt', data });
    await api.file.open();
    await api.app.info();
    await api.app.setLanguage({ language: 'en' });
    await api.sync.tokenSet({ token: 'qt_abc' });
    await api.sync.tokenGet();
    await api.sync.tokenClear();
    expect(transport.invoke.mock.calls).toEqual([
      ['file:save', { suggestedName: 'a.txt', data }],
      ['file:open', undefined],
      ['app:info', undefined],
      ['app:set-language', { language: 'en' }],
      ['sync:token-set', { token: 'qt_abc' }],
      ['sync:token-get', undefined],
      ['sync:token-clear', undefined],
    ]);
  });

  it('passes only known menu commands and unsubscribes', () => {
    const { transport, emit, listeners } = fakeTransport();
    const api = createQuotientApi(transport);
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    emit('new-client');
    emit('rm -rf');
    emit({ command: 'search' });
    emit('navigate:pipeline');
    emit('navigate:contracts');
    emit('navigate:');
    emit('navigate:../settings');
    emit('navigate:Clients');
    emit('customer-mode:on');
    emit('customer-mode:maybe');
    unsubscribe();
    emit('search');
    expect(received).toEqual([
      'new-client',
      'navigate:pipeline',
      'navigate:contracts',
      'customer-mode:on',
    ]);
    expect(listeners.size).toBe(0);
  });
});

describe('QuotientApi type', () => {
  it('is derived from the contract (checked by tsc)', () => {
    expectTypeOf<QuotientApi['file']['save']>().toEqualTypeOf<
      (payload: FileSaveRequest) => Promise<FileSaveResponse>
    >();
    expectTypeOf<QuotientApi['file']['open']>().toEqualTypeOf<
      (payload?: FileOpenRequest) => Promise<FileOpenResponse>
    >();
    expectTypeOf<QuotientApi['app']['info']>().toEqualTypeOf<
      (payload?: undefined) => Promise<AppInfo>
    >();
    expectTypeOf<QuotientApi['app']['setLanguage']>().toEqualTypeOf<
      (payload: { language: 'de' | 'en' }) => Promise<void>
    >();
    expectTypeOf<QuotientApi['sync']['tokenSet']>().toEqualTypeOf<
      (payload: { token: string }) => Promise<SyncTokenSetResponse>
    >();
    expectTypeOf<QuotientApi['sync']['tokenGet']>().toEqualTypeOf<
      (payload?: undefined) => Promise<SyncTokenGetResponse>
    >();
  });
});
