import { describe, expect, it, vi } from 'vitest';
import type { IpcHandlers } from '#shared/ipc/contract';
import { decodeIpcError } from '#shared/ipc/errors';
import type { CredentialStore } from './credentials';
import { createPresentationController } from './presentation';
import type { FileHandlerDeps, InvokeEvent, MainWebContents, SenderFrame } from './ipc-handlers';
import {
  createFileOpenHandler,
  createFileSaveHandler,
  createIpcHandlers,
  isTrustedRendererUrl,
  isTrustedSender,
  registerIpcHandlers,
} from './ipc-handlers';

const MiB = 1024 * 1024;

function frame(overrides: Partial<SenderFrame> = {}): SenderFrame {
  return {
    url: 'app://quotient/index.html#/clients',
    processId: 4,
    routingId: 1,
    parent: null,
    ...overrides,
  };
}

function mainWindow(): MainWebContents {
  return { mainFrame: frame(), isDestroyed: () => false };
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason as Error,
  );
  return decodeIpcError(error.message) ?? { raw: error.message };
}

describe('isTrustedRendererUrl', () => {
  it.each([
    ['app://quotient/index.html', undefined, true],
    ['http://localhost:5173/#/x', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['http://localhost:5173/', undefined, false],
    ['https://evil.example/', 'http://localhost:5173', false],
    ['file:///index.html', undefined, false],
    ['not a url', 'http://localhost:5173', false],
  ])('%s with dev server %s → %s', (url, devServerUrl, expected) => {
    expect(isTrustedRendererUrl({ url, ...(devServerUrl ? { devServerUrl } : {}) })).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  const wc = mainWindow();
  const event = (overrides: Partial<SenderFrame> = {}, sender: unknown = wc): InvokeEvent => ({
    sender,
    senderFrame: frame(overrides),
  });

  it('trusts the main frame of the main window on app://quotient', () => {
    expect(isTrustedSender({ event: event(), mainWebContents: wc })).toBe(true);
  });

  it.each<[string, InvokeEvent]>([
    ['a subframe', event({ parent: frame(), routingId: 7 })],
    ['another frame id', event({ routingId: 2 })],
    ['another process', event({ processId: 9 })],
    ['another web contents', event({}, { other: true })],
    ['a foreign page', event({ url: 'https://evil.example/' })],
    ['a file page', event({ url: 'file:///tmp/x.html' })],
    ['a destroyed frame', { sender: wc, senderFrame: null }],
  ])('refuses %s', (_label, bad) => {
    expect(isTrustedSender({ event: bad, mainWebContents: wc })).toBe(false);
  });

  it('refuses everything without a live main window', () => {
    expect(isTrustedSender({ event: event(), mainWebContents: null })).toBe(false);
    const destroyed = { ...wc, isDestroyed: () => true };
    expect(
      isTrustedSender({
        event: { sender: destroyed, senderFrame: frame() },
        mainWebContents: destroyed,
      }),
    ).toBe(false);
  });
});

function fakeDeps(overrides: Partial<FileHandlerDeps> = {}) {
  const files = new Map<string, Uint8Array>();
  const deps: FileHandlerDeps = {
    defaultDirectory: '/home/anna/Dokumente',
    showSaveDialog: vi.fn(async ({ defaultPath }) => ({ canceled: false, filePath: defaultPath })),
    showOpenDialog: vi.fn(async () => ({
      canceled: false,
      filePaths: ['/home/anna/angebot.json'],
    })),
    fs: {
      writeFile: vi.fn(async (path: string, data: Uint8Array) => void files.set(path, data)),
      rename: vi.fn(async (from: string, to: string) => {
        files.set(to, files.get(from) as Uint8Array);
        files.delete(from);
      }),
      rm: vi.fn(async (path: string) => void files.delete(path)),
      stat: vi.fn(async (path: string) => ({
        size: files.get(path)?.byteLength ?? 0,
        isFile: () => files.has(path),
      })),
      readFile: vi.fn(async (path: string) => files.get(path) as Uint8Array),
    },
    ...overrides,
  };
  return { deps, files };
}

describe('file:save handler', () => {
  const data = new Uint8Array([80, 75, 3, 4]);

  it('saves to the chosen path through a temporary file', async () => {
    const { deps, files } = fakeDeps();
    const save = createFileSaveHandler(deps);
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }];
    expect(await save({ suggestedName: 'Angebot.xlsx', filters, data })).toEqual({
      saved: true,
      path: '/home/anna/Dokumente/Angebot.xlsx',
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/anna/Dokumente/Angebot.xlsx',
      filters,
    });
    expect([...files]).toEqual([['/home/anna/Dokumente/Angebot.xlsx', data]]);
    expect(vi.mocked(deps.fs.writeFile).mock.calls[0]?.[0]).toMatch(
      /^\/home\/anna\/Dokumente\/Angebot\.xlsx\.quotient-[a-z0-9]+\.tmp$/,
    );
  });

  it.each([
    [{ canceled: true, filePath: '' }],
    [{ canceled: false, filePath: '' }],
    [{ canceled: true }],
  ])('writes nothing when the dialog returns %j', async (choice) => {
    const { deps, files } = fakeDeps({ showSaveDialog: vi.fn(async () => choice) });
    expect(await createFileSaveHandler(deps)({ suggestedName: 'a.txt', data })).toEqual({
      saved: false,
    });
    expect(files.size).toBe(0);
  });

  it('removes the temporary file and reports the path when writing fails', async () => {
    const { deps, files } = fakeDeps();
    deps.fs.rename = vi.fn(async () => {
      throw new Error('EACCES: permission denied');
    });
    const error = await rejection(createFileSaveHandler(deps)({ suggestedName: 'a.txt', data }));
    expect(error).toEqual({
      code: 'io-failed',
      message: 'Could not save "/home/anna/Dokumente/a.txt": EACCES: permission denied',
      details: { path: '/home/anna/Dokumente/a.txt' },
    });
    expect(files.size).toBe(0);
  });
});

describe('file:open handler', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const { deps, files } = fakeDeps();
    files.set('/home/anna/angebot.json', new Uint8Array([123, 125]));
    const filters = [{ name: 'Quotient', extensions: ['json'] }];
    expect(await createFileOpenHandler(deps)({ filters, maxBytes: 20 * MiB })).toEqual({
      canceled: false,
      name: 'angebot.json',
      data: new Uint8Array([123, 125]),
    });
    expect(deps.showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters });
  });

  it('reports a canceled dialog', async () => {
    const { deps } = fakeDeps({
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    });
    expect(await createFileOpenHandler(deps)({ maxBytes: MiB })).toEqual({ canceled: true });
  });

  it('refuses a file over the limit without reading it', async () => {
    const { deps } = fakeDeps();
    deps.fs.stat = vi.fn(async () => ({ size: 25 * MiB, isFile: () => true }));
    const error = await rejection(createFileOpenHandler(deps)({ maxBytes: 20 * MiB }));
    expect(error).toEqual({
      code: 'file-too-large',
      message: '"angebot.json" is 25 MiB; files larger than 20 MiB cannot be opened.',
      details: { name: 'angebot.json', size: 25 * MiB, limit: 20 * MiB },
    });
    expect(deps.fs.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit after stat', async () => {
    const { deps } = fakeDeps();
    deps.fs.stat = vi.fn(async () => ({ size: 10, isFile: () => true }));
    deps.fs.readFile = vi.fn(async () => new Uint8Array(11));
    const error = await rejection(createFileOpenHandler(deps)({ maxBytes: 10 }));
    expect(error).toMatchObject({ code: 'file-too-large', details: { size: 11, limit: 10 } });
  });

  it('refuses devices and other non-regular files', async () => {
    const { deps } = fakeDeps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/dev/zero'] })),
    });
    deps.fs.stat = vi.fn(async () => ({ size: 0, isFile: () => false }));
    expect(await rejection(createFileOpenHandler(deps)({ maxBytes: 10 }))).toEqual({
      code: 'io-failed',
      message: 'Could not open "/dev/zero": not a regular file',
      details: { path: '/dev/zero' },
    });
    expect(deps.fs.readFile).not.toHaveBeenCalled();
  });

  it('reports a vanished file clearly', async () => {
    const { deps } = fakeDeps();
    deps.fs.stat = vi.fn(async () => {
      throw new Error('ENOENT: no such file or directory');
    });
    expect(await rejection(createFileOpenHandler(deps)({ maxBytes: 10 }))).toEqual({
      code: 'io-failed',
      message: 'Could not open "/home/anna/angebot.json": ENOENT: no such file or directory',
      details: { path: '/home/anna/angebot.json' },
    });
  });
});

describe('registerIpcHandlers', () => {
  function setup(trusted = true) {
    const registered = new Map<string, (event: InvokeEvent, payload: unknown) => unknown>();
    const ipcMain = {
      handle: vi.fn(
        (channel: string, listener: (event: InvokeEvent, payload: unknown) => unknown) =>
          registered.set(channel, listener),
      ),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    };
    const handlers: IpcHandlers = {
      'file:save': vi.fn(async () => ({ saved: false })),
      'file:open': vi.fn(async () => ({ canceled: true as const })),
      'app:info': vi.fn(async () => ({
        name: 'Quotient',
        version: '0.1.0',
        platform: 'linux',
        locale: 'de-DE',
        userDataPath: '/home/anna/.config/Quotient',
      })),
      'app:set-language': vi.fn(),
      'pdf:print': vi.fn(async () => ({ data: new Uint8Array([37, 80, 68, 70]) })),
      'sync:token-get': vi.fn(async () => ({ token: 'qt_secret' })),
      'sync:token-set': vi.fn(async () => ({ persisted: true as const })),
      'sync:token-clear': vi.fn(async () => undefined),
      'mail:open-draft': vi.fn(async () => ({ opened: true as const })),
      'menu:set-navigation': vi.fn(),
      'menu:set-customer-mode': vi.fn(),
      'presentation:list-displays': vi.fn(async () => ({ displays: [] })),
      'presentation:open-audience': vi.fn(async () => ({ displayId: 1 })),
      'presentation:close-audience': vi.fn(),
      'presentation:set-kiosk': vi.fn(),
    };
    const dispose = registerIpcHandlers({ ipcMain, handlers, isTrusted: () => trusted });
    const event: InvokeEvent = { sender: {}, senderFrame: frame() };
    const call = (channel: string, payload?: unknown) =>
      Promise.resolve().then(() => registered.get(channel)?.(event, payload));
    return { registered, handlers, dispose, call, ipcMain };
  }

  it('registers every contract channel and removes them again', () => {
    const { registered, dispose } = setup();
    expect([...registered.keys()]).toEqual([
      'file:save',
      'file:open',
      'app:info',
      'app:set-language',
      'pdf:print',
      'sync:token-get',
      'sync:token-set',
      'sync:token-clear',
      'mail:open-draft',
      'menu:set-navigation',
      'menu:set-customer-mode',
      'presentation:list-displays',
      'presentation:open-audience',
      'presentation:close-audience',
      'presentation:set-kiosk',
    ]);
    dispose();
    expect(registered.size).toBe(0);
  });

  it('passes the parsed payload, with defaults, to the handler', async () => {
    const { call, handlers } = setup();
    expect(await call('file:open')).toEqual({ canceled: true });
    expect(handlers['file:open']).toHaveBeenCalledWith({ maxBytes: 20 * MiB });
    await call('app:set-language', { language: 'en' });
    expect(handlers['app:set-language']).toHaveBeenCalledWith({ language: 'en' });
  });

  it('rejects a bad payload with the field named, without calling the handler', async () => {
    const { call, handlers } = setup();
    expect(
      await rejection(
        call('file:save', { suggestedName: '../../.bashrc', data: new Uint8Array() }),
      ),
    ).toEqual({
      code: 'invalid-payload',
      message:
        'Invalid file:save payload: suggestedName: must not contain path separators (/ or \\)',
    });
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('refuses a token that would break the Authorization header', async () => {
    const { call, handlers } = setup();
    expect(await rejection(call('sync:token-set', { token: 'qt\r\nX-Evil: 1' }))).toEqual({
      code: 'invalid-payload',
      message: 'Invalid sync:token-set payload: token: must be visible ASCII characters only',
    });
    expect(handlers['sync:token-set']).not.toHaveBeenCalled();
  });

  it('hands the sync token to nobody but the Quotient window', async () => {
    const { call, handlers } = setup(false);
    expect(await rejection(call('sync:token-get'))).toEqual({
      code: 'forbidden-sender',
      message: 'sync:token-get: the sender is not the Quotient window',
    });
    expect(handlers['sync:token-get']).not.toHaveBeenCalled();
  });

  it('rejects an untrusted sender before looking at the payload', async () => {
    const { call, handlers } = setup(false);
    expect(await rejection(call('app:info'))).toEqual({
      code: 'forbidden-sender',
      message: 'app:info: the sender is not the Quotient window',
    });
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });
});

/** Mail draft deps that write nowhere and open nothing (mail-draft.test.ts tests the handler). */
const fakeMailDeps = () => ({
  deps: {
    tempDirectory: '/tmp',
    fs: { mkdir: vi.fn(async () => undefined), writeFile: vi.fn(async () => undefined) },
    openPath: vi.fn(async () => ''),
    randomId: () => 'draft-1',
  },
});

function fakeCredentials(): CredentialStore {
  let token: string | null = null;
  return {
    get: vi.fn(async () => ({ token })),
    set: vi.fn(async (next: string) => {
      token = next;
      return { persisted: true as const };
    }),
    clear: vi.fn(async () => {
      token = null;
    }),
  };
}

function fakePresentation() {
  const kiosk: boolean[] = [];
  const menuLocked: boolean[] = [];
  const created: unknown[] = [];
  const controller = createPresentationController({
    screen: {
      getAllDisplays: () => [
        { id: 1, label: 'Laptop', bounds: { x: 0, y: 0, width: 1280, height: 800 } },
      ],
      getPrimaryDisplay: () => ({ id: 1 }),
    },
    createAudienceWindow: (options) => {
      created.push(options);
      throw new Error('not in this test');
    },
    mainWindow: () => ({
      isDestroyed: () => false,
      setKiosk: (on) => void kiosk.push(on),
      webContents: {
        isDestroyed: () => false,
        isDevToolsOpened: () => false,
        closeDevTools: vi.fn(),
      },
    }),
    setMenuLocked: (on) => void menuLocked.push(on),
    preloadPath: '/p.cjs',
    devTools: false,
  });
  return { handlers: controller.handlers, kiosk, menuLocked, created };
}

describe('createIpcHandlers', () => {
  it('wires the sync token channels to the credential store', async () => {
    const credentials = fakeCredentials();
    const handlers = createIpcHandlers({
      ...fakeDeps().deps,
      setLanguage: vi.fn(),
      setMenuNavigation: vi.fn(),
      setMenuCustomerMode: vi.fn(),
      appInfo: vi.fn(),
      printOfferPdf: vi.fn(),
      credentials,
      mail: fakeMailDeps().deps,
      presentation: fakePresentation().handlers,
    });
    expect(await handlers['sync:token-set']({ token: 'qt_secret' })).toEqual({ persisted: true });
    expect(await handlers['sync:token-get'](undefined)).toEqual({ token: 'qt_secret' });
    await handlers['sync:token-clear'](undefined);
    expect(await handlers['sync:token-get'](undefined)).toEqual({ token: null });
    expect(vi.mocked(credentials.set).mock.calls).toEqual([['qt_secret']]);
  });

  it('wires app:set-language and app:info', async () => {
    const setLanguage = vi.fn();
    const info = {
      name: 'Quotient',
      version: '0.1.0',
      platform: 'win32',
      locale: 'de',
      userDataPath: 'C:\\Users\\anna\\AppData\\Roaming\\Quotient',
    };
    const printOfferPdf = vi.fn(async () => new Uint8Array([37, 80, 68, 70]));
    const handlers = createIpcHandlers({
      ...fakeDeps().deps,
      setLanguage,
      setMenuNavigation: vi.fn(),
      setMenuCustomerMode: vi.fn(),
      appInfo: () => info,
      printOfferPdf,
      credentials: fakeCredentials(),
      mail: fakeMailDeps().deps,
      presentation: fakePresentation().handlers,
    });
    await handlers['app:set-language']({ language: 'en' });
    expect(setLanguage.mock.calls).toEqual([['en']]);
    expect(await handlers['app:info'](undefined)).toEqual(info);
    expect(await handlers['pdf:print']({ offerId: 'o-1' })).toEqual({
      data: new Uint8Array([37, 80, 68, 70]),
    });
    expect(printOfferPdf.mock.calls).toEqual([['o-1']]);
  });

  it('keeps the menu as it was when the navigation or the customer mode is refused', async () => {
    // The menu state as index.ts keeps it, behind the real handlers and the real registration.
    const menu: { navigation?: unknown; customerMode: boolean } = { customerMode: false };
    const registered = new Map<string, (event: InvokeEvent, payload: unknown) => unknown>();
    registerIpcHandlers({
      ipcMain: {
        handle: (channel, listener) => void registered.set(channel, listener),
        removeHandler: vi.fn(),
      },
      isTrusted: () => true,
      handlers: createIpcHandlers({
        ...fakeDeps().deps,
        setLanguage: vi.fn(),
        setMenuNavigation: (navigation) => (menu.navigation = navigation),
        setMenuCustomerMode: (on) => (menu.customerMode = on),
        appInfo: vi.fn(),
        printOfferPdf: vi.fn(),
        credentials: fakeCredentials(),
        mail: fakeMailDeps().deps,
        presentation: fakePresentation().handlers,
      }),
    });
    const call = (channel: string, payload: unknown) =>
      Promise.resolve().then(() =>
        registered.get(channel)?.({ sender: {}, senderFrame: frame() }, payload),
      );
    const good = {
      language: 'de',
      entries: [{ id: 'clients', label: 'Kunden', accelerator: 'CmdOrCtrl+1' }],
    };
    await call('menu:set-navigation', good);
    await call('menu:set-customer-mode', { on: true });
    expect(menu).toEqual({ navigation: good, customerMode: true });

    expect(
      await rejection(
        call('menu:set-navigation', {
          language: 'de',
          entries: [{ id: 'clients', label: 'Kunden', accelerator: 'K' }],
        }),
      ),
    ).toEqual({
      code: 'invalid-payload',
      message:
        'Invalid menu:set-navigation payload: entries[0].accelerator: must use Ctrl, Cmd or Alt, or a function key (a plain key would swallow typing)',
    });
    expect(await rejection(call('menu:set-customer-mode', { on: 'yes' }))).toEqual({
      code: 'invalid-payload',
      message: 'Invalid menu:set-customer-mode payload: on: must be true or false',
    });
    expect(menu).toEqual({ navigation: good, customerMode: true });
  });

  it('registers the presentation channels: bad payloads are refused before the controller', async () => {
    const presentation = fakePresentation();
    const registered = new Map<string, (event: InvokeEvent, payload: unknown) => unknown>();
    registerIpcHandlers({
      ipcMain: {
        handle: (channel, listener) => void registered.set(channel, listener),
        removeHandler: vi.fn(),
      },
      isTrusted: () => true,
      handlers: createIpcHandlers({
        ...fakeDeps().deps,
        setLanguage: vi.fn(),
        setMenuNavigation: vi.fn(),
        setMenuCustomerMode: vi.fn(),
        appInfo: vi.fn(),
        printOfferPdf: vi.fn(),
        credentials: fakeCredentials(),
        mail: fakeMailDeps().deps,
        presentation: presentation.handlers,
      }),
    });
    const call = (channel: string, payload: unknown) =>
      Promise.resolve().then(() =>
        registered.get(channel)?.({ sender: {}, senderFrame: frame() }, payload),
      );
    expect(await call('presentation:list-displays', undefined)).toEqual({
      displays: [{ id: 1, label: 'Laptop', primary: true, width: 1280, height: 800 }],
    });
    expect(await rejection(call('presentation:set-kiosk', { on: 'yes' }))).toEqual({
      code: 'invalid-payload',
      message: 'Invalid presentation:set-kiosk payload: on: must be true or false',
    });
    expect(
      await rejection(call('presentation:open-audience', { deckId: '../../etc', kiosk: true })),
    ).toMatchObject({ code: 'invalid-payload' });
    expect(presentation.created).toEqual([]);
    expect(presentation.kiosk).toEqual([]);
    await call('presentation:set-kiosk', { on: true });
    expect(presentation.kiosk).toEqual([true]);
    expect(presentation.menuLocked).toEqual([true]);
  });
});
