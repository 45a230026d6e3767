import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeIpcError } from '#shared/ipc/errors';
import { CONTENT_SECURITY_POLICY } from './security';

// index.ts is thin wiring; this smoke test runs it against a fake `electron` to check the
// wiring itself: sandbox, scheme, window preferences, URL, CSP, permissions, IPC, menu.

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    userData: '',
    appListeners: new Map<string, Listener[]>(),
    windows: [] as FakeWindow[],
    handlers: new Map<string, Listener>(),
    menus: [] as { label?: string }[][],
    headersHandler: undefined as Listener | undefined,
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    openExternal: [] as string[],
    calls: [] as string[],
  };
  type FakeWindow = {
    options: Record<string, unknown>;
    loadURL: (url: string) => Promise<void>;
    loaded: string[];
    kiosk: boolean[];
    destroyed: boolean;
    devToolsOpen: boolean;
    webContents: {
      mainFrame: unknown;
      isDestroyed: () => boolean;
      send: Listener;
      sent: unknown[][];
    };
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    loaded: string[] = [];
    kiosk: boolean[] = [];
    destroyed = false;
    devToolsOpen = false;
    webContents = {
      mainFrame: { url: 'app://quotient/index.html', processId: 1, routingId: 1, parent: null },
      isDestroyed: () => this.destroyed,
      sent: [] as unknown[][],
      send: (...args: unknown[]) => this.webContents.sent.push(args),
      isDevToolsOpened: () => this.devToolsOpen,
      closeDevTools: () => {
        this.devToolsOpen = false;
      },
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this as unknown as FakeWindow);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    once() {}
    on() {}
    maximize() {}
    isDestroyed() {
      return this.destroyed;
    }
    setKiosk(on: boolean) {
      this.kiosk.push(on);
    }
    close() {
      this.destroyed = true;
    }
    static getAllWindows() {
      return state.windows;
    }
  }
  const electron = {
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      requestSingleInstanceLock: () => true,
      enableSandbox: () => state.calls.push('enableSandbox'),
      quit: () => state.calls.push('quit'),
      on: (name: string, listener: Listener) =>
        state.appListeners.set(name, [...(state.appListeners.get(name) ?? []), listener]),
      whenReady: () => Promise.resolve(),
      getLocale: () => 'de-DE',
      getName: () => 'Quotient',
      getVersion: () => '0.1.0',
      getPath: (name: string) => (name === 'userData' ? state.userData : `/home/anna/${name}`),
      setAboutPanelOptions: () => undefined,
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[] | null) => state.menus.push(menu ?? []),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: {
      handle: (channel: string, listener: Listener) => state.handlers.set(channel, listener),
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [
        {
          id: 1,
          label: 'Laptop',
          bounds: { x: 0, y: 0, width: 1920, height: 1080 },
          workArea: { x: 0, y: 0, width: 1920, height: 1040 },
        },
        {
          id: 2,
          label: 'Beamer',
          bounds: { x: 1920, y: 0, width: 1280, height: 720 },
          workArea: { x: 1920, y: 0, width: 1280, height: 720 },
        },
      ],
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (handler: Listener) => (state.headersHandler = handler) },
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
      },
    },
    // A stand-in cipher: reversible, and the plain token never appears in its output.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain).reverse(),
      decryptString: (encrypted: Buffer) => Buffer.from(encrypted).reverse().toString(),
      getSelectedStorageBackend: () => 'gnome_libsecret',
    },
    shell: { openExternal: async (url: string) => void state.openExternal.push(url) },
    protocol: {
      registerSchemesAsPrivileged: () => state.calls.push('registerSchemesAsPrivileged'),
      handle: (scheme: string) => state.calls.push(`protocol.handle:${scheme}`),
    },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

async function start({ isPackaged, rendererUrl }: { isPackaged: boolean; rendererUrl?: string }) {
  const { state } = fake;
  state.isPackaged = isPackaged;
  state.appListeners.clear();
  state.windows.length = 0;
  state.handlers.clear();
  state.menus.length = 0;
  state.openExternal.length = 0;
  state.calls.length = 0;
  if (rendererUrl) vi.stubEnv('ELECTRON_RENDERER_URL', rendererUrl);
  vi.resetModules();
  await import('./index');
  await vi.waitFor(() => expect(state.windows[0]?.loaded.length).toBe(1));
  return state;
}

describe('main process wiring', () => {
  beforeEach(async () => {
    fake.state.userData = await mkdtemp(join(tmpdir(), 'quotient-main-'));
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(fake.state.userData, { recursive: true, force: true });
  });

  it('starts sandboxed on app://quotient with the secure window', async () => {
    const state = await start({ isPackaged: true, rendererUrl: 'http://evil.example:5173' });
    expect(state.calls).toEqual([
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'protocol.handle:app',
    ]);
    const window = state.windows[0];
    // A packaged app ignores ELECTRON_RENDERER_URL.
    expect(window?.loaded).toEqual(['app://quotient/index.html']);
    expect(window?.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 800,
      minHeight: 560,
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: false,
        preload: expect.stringMatching(/[/\\]preload[/\\]index\.cjs$/),
      },
    });
    expect([...state.handlers.keys()]).toEqual([
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
  });

  it.skipIf(process.platform === 'darwin')(
    'opens the audience window on the projector and locks the kiosk: no menu, no devtools',
    async () => {
      const state = await start({ isPackaged: true });
      const main = state.windows[0];
      const trusted = { sender: main?.webContents, senderFrame: main?.webContents.mainFrame };
      const invoke = (channel: string, payload?: unknown) =>
        Promise.resolve(state.handlers.get(channel)?.(trusted, payload));
      expect(await invoke('presentation:list-displays')).toEqual({
        displays: [
          { id: 1, label: 'Laptop', primary: true, width: 1920, height: 1080 },
          { id: 2, label: 'Beamer', primary: false, width: 1280, height: 720 },
        ],
      });
      expect(
        await invoke('presentation:open-audience', { deckId: 'deck-1', kiosk: false }),
      ).toEqual({ displayId: 2 });
      const audience = state.windows[1];
      expect(audience?.loaded).toEqual(['app://quotient/index.html#/audience/deck-1']);
      expect(audience?.options).toMatchObject({
        x: 1920,
        y: 0,
        width: 1280,
        height: 720,
        frame: false,
        fullscreen: true,
        kiosk: false,
        webPreferences: {
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          devTools: false,
          preload: expect.stringMatching(/[/\\]preload[/\\]index\.cjs$/),
        },
      });

      // The audience window's own requests are refused: only the main window talks to main.
      const fromAudience = {
        sender: audience?.webContents,
        senderFrame: audience?.webContents.mainFrame,
      };
      await expect(
        Promise.resolve().then(() =>
          state.handlers.get('presentation:set-kiosk')?.(fromAudience, { on: false }),
        ),
      ).rejects.toThrow(/forbidden-sender/);

      const menusBefore = state.menus.length;
      await invoke('presentation:set-kiosk', { on: true });
      expect(main?.kiosk).toEqual([true]);
      expect(audience?.kiosk).toEqual([true]);
      expect(state.menus.slice(menusBefore)).toEqual([[]]);

      // Devtools opened while locked close again; after unlocking they stay.
      const listeners = new Map<string, Listener>();
      const contents = {
        on: (name: string, listener: Listener) => listeners.set(name, listener),
        setWindowOpenHandler: () => undefined,
        isDestroyed: () => false,
        isDevToolsOpened: () => true,
        closeDevTools: vi.fn(),
      };
      state.appListeners.get('web-contents-created')?.forEach((listener) => listener({}, contents));
      listeners.get('devtools-opened')?.();
      expect(contents.closeDevTools).toHaveBeenCalledTimes(1);

      await invoke('presentation:set-kiosk', { on: false });
      expect(main?.kiosk).toEqual([true, false]);
      expect(state.menus.at(-1)?.map((item) => item.label)).toEqual([
        'Datei',
        'Bearbeiten',
        'Ansicht',
        'Hilfe',
      ]);
      listeners.get('devtools-opened')?.();
      expect(contents.closeDevTools).toHaveBeenCalledTimes(1);

      await invoke('presentation:close-audience');
      expect(audience?.destroyed).toBe(true);
    },
  );

  it('keeps the sync token encrypted in the userData folder', async () => {
    const state = await start({ isPackaged: true });
    const window = state.windows[0];
    const trusted = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    const invoke = (channel: string, payload?: unknown) =>
      Promise.resolve(state.handlers.get(channel)?.(trusted, payload));
    expect(await invoke('sync:token-set', { token: 'qt_secret-token' })).toEqual({
      persisted: true,
    });
    const stored = await readFile(join(state.userData, 'sync-token.bin'));
    expect(stored.toString()).not.toContain('qt_secret-token');
    expect(await invoke('sync:token-get')).toEqual({ token: 'qt_secret-token' });
    await invoke('sync:token-clear');
    await expect(readFile(join(state.userData, 'sync-token.bin'))).rejects.toThrow(/ENOENT/);
  });

  it('loads the dev server URL only when not packaged', async () => {
    const state = await start({ isPackaged: false, rendererUrl: 'http://localhost:5173/' });
    expect(state.windows[0]?.loaded).toEqual(['http://localhost:5173/']);
  });

  it('puts the CSP on responses and denies permissions', async () => {
    const state = await start({ isPackaged: true });
    let headers: unknown;
    state.headersHandler?.(
      { responseHeaders: { 'content-security-policy': ['*'] } },
      (result: unknown) => {
        headers = result;
      },
    );
    expect(headers).toEqual({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    const decide = (permission: string, requestingUrl: string) => {
      let granted: unknown;
      state.permissionRequest?.({}, permission, (value: boolean) => (granted = value), {
        requestingUrl,
      });
      return granted;
    };
    expect(decide('media', 'app://quotient/index.html')).toBe(false);
    expect(decide('fullscreen', 'https://evil.example/')).toBe(false);
    expect(state.permissionCheck?.({}, 'geolocation', 'app://quotient')).toBe(false);
  });

  it('blocks navigation and new windows, opening only allowlisted links outside', async () => {
    const state = await start({ isPackaged: true });
    const listeners = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    };
    state.appListeners.get('web-contents-created')?.forEach((listener) => listener({}, contents));
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      listeners.get('will-navigate')?.(event, url);
      return event.prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://quotient/index.html')).toBe(false);
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'mailto:a@example.com' })).toEqual({ action: 'deny' });
    expect(state.openExternal).toEqual(['https://example.com/', 'mailto:a@example.com']);
  });

  // macOS adds the app menu in front; the labels below are those of Windows and Linux.
  it.skipIf(process.platform === 'darwin')(
    'checks the sender and rebuilds the menu in the chosen language',
    async () => {
      const state = await start({ isPackaged: true });
      const window = state.windows[0];
      expect(state.menus.at(-1)?.map((item) => item.label)).toEqual([
        'Datei',
        'Bearbeiten',
        'Ansicht',
        'Hilfe',
      ]);
      const setLanguage = state.handlers.get('app:set-language');
      const trusted = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
      await setLanguage?.(trusted, { language: 'en' });
      expect(state.menus.at(-1)?.map((item) => item.label)).toEqual([
        'File',
        'Edit',
        'View',
        'Help',
      ]);

      const foreign = {
        sender: {},
        senderFrame: { url: 'https://evil.example/', processId: 9, routingId: 1, parent: null },
      };
      const error = await Promise.resolve(setLanguage?.(foreign, { language: 'de' })).catch(
        (e: Error) => e,
      );
      expect(decodeIpcError((error as Error).message)?.code).toBe('forbidden-sender');
      expect(state.menus.at(-1)?.[0]?.label).toBe('File');
    },
  );

  it('builds "Go to" from the navigation the app sends, ticks the customer mode, and keeps the menu on a bad payload', async () => {
    const state = await start({ isPackaged: true });
    const window = state.windows[0];
    const trusted = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    const call = (channel: string, payload: unknown) =>
      Promise.resolve(state.handlers.get(channel)?.(trusted, payload));
    await call('menu:set-navigation', {
      language: 'en',
      entries: [
        { id: 'clients', label: 'Clients', accelerator: 'CmdOrCtrl+1' },
        { id: 'trash', label: 'Trash' },
      ],
    });
    await call('menu:set-customer-mode', { on: true });
    type Item = { label?: string; checked?: boolean; submenu?: Item[] };
    const menu = () => state.menus.at(-1) as Item[] | undefined;
    expect(menu()?.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Go To', 'Help']);
    expect(menu()?.[3]?.submenu?.map((item) => item.label)).toEqual(['Clients', 'Trash']);
    expect(menu()?.[2]?.submenu?.find((item) => item.label === 'Customer Mode')?.checked).toBe(
      true,
    );

    const built = state.menus.length;
    const error = await call('menu:set-navigation', {
      language: 'de',
      entries: [{ id: 'clients', label: 'Kunden\u0000', accelerator: 'CmdOrCtrl+1' }],
    }).catch((e: Error) => e);
    expect(decodeIpcError((error as Error).message)).toEqual({
      code: 'invalid-payload',
      message:
        'Invalid menu:set-navigation payload: entries[0].label: must not contain control characters',
    });
    expect(state.menus.length).toBe(built);
  });
});
