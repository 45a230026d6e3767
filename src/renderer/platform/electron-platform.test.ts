import { describe, expect, it, vi } from 'vitest';
import type { QuotientApi } from '#shared/ipc/api';
import { fileTooLargeError, ipcError } from '#shared/ipc/errors';
import { createElectronPlatform } from './electron-platform';
import { PlatformError } from './errors';

function fakeApi(
  overrides: {
    open?: () => Promise<unknown>;
    tokenSet?: () => Promise<unknown>;
    openDraft?: () => Promise<unknown>;
    save?: () => Promise<unknown>;
    openAudience?: () => Promise<unknown>;
  } = {},
) {
  let token: string | null = null;
  const unsubscribe = vi.fn();
  const api = {
    file: {
      save: vi.fn(
        overrides.save ?? (async () => ({ saved: true, path: '/home/anna/Angebot.xlsx' })),
      ),
      open: vi.fn(
        overrides.open ??
          (async () => ({ canceled: false, name: 'logo.png', data: new Uint8Array([1]) })),
      ),
    },
    app: {
      info: vi.fn(async () => ({
        name: 'Quotient',
        version: '0.1.0',
        platform: 'linux',
        electron: '45.5.0',
        chrome: '140.0.0.0',
        locale: 'de-DE',
        userDataPath: '/home/anna/.config/Quotient',
      })),
      setLanguage: vi.fn(async () => undefined),
    },
    mail: { openDraft: vi.fn(overrides.openDraft ?? (async () => ({ opened: true }))) },
    onMenuCommand: vi.fn(() => unsubscribe),
    presentation: {
      listDisplays: vi.fn(async () => ({
        displays: [{ id: 1, label: 'Laptop', primary: true, width: 1920, height: 1080 }],
      })),
      openAudience: vi.fn(overrides.openAudience ?? (async () => ({ displayId: 1 }))),
      closeAudience: vi.fn(async () => undefined),
      setKiosk: vi.fn(async () => undefined),
    },
    sync: {
      tokenGet: vi.fn(async () => ({ token })),
      tokenSet: vi.fn(
        overrides.tokenSet ??
          (async ({ token: next }: { token: string }) => {
            token = next;
            return { persisted: true };
          }),
      ),
      tokenClear: vi.fn(async () => {
        token = null;
      }),
    },
  };
  return { api, platform: createElectronPlatform(api as unknown as QuotientApi), unsubscribe };
}

describe('electron platform', () => {
  it('saves with a safe file name and the filters', async () => {
    const { api, platform } = fakeApi();
    const data = new Uint8Array([1, 2]);
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }];
    expect(
      await platform.saveFile({ suggestedName: 'Angebot Müller/Berlin: 1.xlsx', data, filters }),
    ).toEqual({
      saved: true,
      path: '/home/anna/Angebot.xlsx',
    });
    expect(api.file.save.mock.calls).toEqual([
      [{ suggestedName: 'Angebot Müller_Berlin_ 1.xlsx', data, filters }],
    ]);
  });

  it('opens with filters from accept and the limit', async () => {
    const { api, platform } = fakeApi();
    expect(await platform.openFile({ accept: ['png', 'svg'], maxBytes: 512 * 1024 })).toEqual({
      name: 'logo.png',
      data: new Uint8Array([1]),
    });
    expect(api.file.open.mock.calls).toEqual([
      [{ maxBytes: 512 * 1024, filters: [{ name: 'PNG, SVG', extensions: ['png', 'svg'] }] }],
    ]);
  });

  it('opens with the default limit and no filters', async () => {
    const { api, platform } = fakeApi();
    await platform.openFile();
    expect(api.file.open.mock.calls).toEqual([[{ maxBytes: 20 * 1024 * 1024 }]]);
  });

  it('returns null when the dialog is canceled', async () => {
    const { platform } = fakeApi({ open: async () => ({ canceled: true }) });
    expect(await platform.openFile()).toBeNull();
  });

  it('throws a PlatformError for a file over the limit', async () => {
    const info = fileTooLargeError({ name: 'big.png', size: 600 * 1024, limit: 512 * 1024 });
    const { platform } = fakeApi({
      open: async () => {
        throw new Error(
          `Error invoking remote method 'file:open': Error: ${ipcError(info).message}`,
        );
      },
    });
    const error = await platform.openFile({ maxBytes: 512 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({
      code: 'file-too-large',
      message: '"big.png" is 600 KiB; files larger than 512 KiB cannot be opened.',
      details: { name: 'big.png', size: 614_400, limit: 524_288 },
    });
  });

  it('rejects a bad limit before calling main', async () => {
    const { api, platform } = fakeApi();
    await expect(platform.openFile({ maxBytes: 0 })).rejects.toMatchObject({
      code: 'invalid-payload',
    });
    expect(api.file.open).not.toHaveBeenCalled();
  });

  it('reports app info, language and menu commands through the bridge', async () => {
    const { api, platform, unsubscribe } = fakeApi();
    expect(platform.kind).toBe('electron');
    expect(await platform.appInfo()).toEqual({
      name: 'Quotient',
      version: '0.1.0',
      platform: 'linux',
      locale: 'de-DE',
    });
    await platform.setLanguage('en');
    expect(api.app.setLanguage.mock.calls).toEqual([[{ language: 'en' }]]);
    const listener = vi.fn();
    expect(platform.onMenuCommand(listener)).toBe(unsubscribe);
    expect(api.onMenuCommand.mock.calls).toEqual([[listener]]);
  });
});

describe('electron platform: token store', () => {
  it('keeps the token in the desktop credential store', async () => {
    const { api, platform } = fakeApi();
    expect(await platform.tokenStore.get()).toBeUndefined();
    expect(await platform.tokenStore.set('qt_secret')).toBe('device');
    expect(await platform.tokenStore.get()).toBe('qt_secret');
    await platform.tokenStore.clear();
    expect(await platform.tokenStore.get()).toBeUndefined();
    expect(api.sync.tokenSet.mock.calls).toEqual([[{ token: 'qt_secret' }]]);
    expect(api.sync.tokenClear).toHaveBeenCalledTimes(1);
  });

  it('reports a session-only token when the desktop cannot encrypt', async () => {
    const { platform } = fakeApi({
      tokenSet: async () => ({ persisted: false, reason: 'encryption-unavailable' }),
    });
    expect(await platform.tokenStore.set('qt_secret')).toBe('session');
  });

  it('turns a refused token into a PlatformError', async () => {
    const { platform } = fakeApi({
      tokenSet: async () => {
        throw new Error(
          `Error invoking remote method 'sync:token-set': Error: ${
            ipcError({
              code: 'invalid-payload',
              message: 'Invalid sync:token-set payload: token: must be at most 4096 characters',
            }).message
          }`,
        );
      },
    });
    const error = await platform.tokenStore.set('x'.repeat(5000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({
      code: 'invalid-payload',
      message: 'Invalid sync:token-set payload: token: must be at most 4096 characters',
    });
  });

  it('opens an e-mail draft under a safe .eml name', async () => {
    const { api, platform } = fakeApi();
    const data = new Uint8Array([88]);
    expect(await platform.openMailDraft({ suggestedName: 'Angebot AN-1: Müller', data })).toEqual({
      kind: 'opened',
    });
    expect(api.mail.openDraft.mock.calls).toEqual([
      [{ fileName: 'Angebot AN-1_ Müller.eml', data }],
    ]);
    expect(api.file.save).not.toHaveBeenCalled();
  });

  it('offers to save the draft when no mail program opens it, and says why', async () => {
    const reason = 'No application is associated with the specified file';
    const { api, platform } = fakeApi({
      openDraft: async () => ({ opened: false, reason }),
      save: async () => ({ saved: true, path: '/home/anna/Angebot.eml' }),
    });
    const data = new Uint8Array([88]);
    expect(await platform.openMailDraft({ suggestedName: 'Angebot.eml', data })).toEqual({
      kind: 'saved',
      path: '/home/anna/Angebot.eml',
      reason,
    });
    expect(api.file.save.mock.calls).toEqual([
      [{ suggestedName: 'Angebot.eml', data, filters: [{ name: 'E-Mail', extensions: ['eml'] }] }],
    ]);
  });

  it('reports a cancelled save of an unopened draft', async () => {
    const { platform } = fakeApi({
      openDraft: async () => ({ opened: false, reason: 'no handler' }),
      save: async () => ({ saved: false }),
    });
    expect(
      await platform.openMailDraft({ suggestedName: 'Angebot', data: new Uint8Array([88]) }),
    ).toEqual({ kind: 'canceled', reason: 'no handler' });
  });
});

describe('electron platform: presentation', () => {
  it('lists the displays and opens, closes and locks through the bridge', async () => {
    const { api, platform } = fakeApi();
    expect(await platform.presentation.listDisplays()).toEqual([
      { id: 1, label: 'Laptop', primary: true, width: 1920, height: 1080 },
    ]);
    expect(await platform.presentation.openAudience({ deckId: 'deck-1', kiosk: false })).toEqual({
      kind: 'desktop',
    });
    await platform.presentation.openAudience({ deckId: 'deck-1', displayId: 2, kiosk: true });
    expect(api.presentation.openAudience.mock.calls).toEqual([
      [{ deckId: 'deck-1', kiosk: false }],
      [{ deckId: 'deck-1', displayId: 2, kiosk: true }],
    ]);
    await platform.presentation.setKiosk(true);
    await platform.presentation.closeAudience();
    expect(api.presentation.setKiosk.mock.calls).toEqual([[{ on: true }]]);
    expect(api.presentation.closeAudience).toHaveBeenCalledTimes(1);
  });

  it('turns a refused display into a PlatformError', async () => {
    const { platform } = fakeApi({
      openAudience: async () => {
        throw new Error(
          `Error invoking remote method 'presentation:open-audience': Error: ${
            ipcError({
              code: 'invalid-payload',
              message:
                'presentation:open-audience: no display with id 9 is connected (connected: 1)',
            }).message
          }`,
        );
      },
    });
    const error = await platform.presentation
      .openAudience({ deckId: 'd', displayId: 9, kiosk: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'invalid-payload' });
  });
});
