import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import type { Language } from '#shared/domain/common';
import type { MenuCommand } from '#shared/ipc/channels';
import { MENU_COMMAND_CHANNEL } from '#shared/ipc/channels';
import type { MenuNavigation } from '#shared/ipc/contract';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './app-protocol';
import { SYNC_TOKEN_FILE, createCredentialStore } from './credentials';
import {
  createIpcHandlers,
  isTrustedRendererUrl,
  isTrustedSender,
  registerIpcHandlers,
} from './ipc-handlers';
import { buildMenuTemplate, initialMenuLanguage } from './menu';
import { createPresentationController } from './presentation';
import { PRINT_READY_TIMEOUT_MS, offerPrintUrl, pdfOptions } from './print';
import {
  contentSecurityPolicy,
  decideNavigation,
  decideWindowOpen,
  isPermissionGranted,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './security';
import {
  MIN_WINDOW_SIZE,
  fitWindowState,
  readWindowState,
  writeWindowStateSync,
} from './window-state';

// Thin wiring only: every decision lives in a pure, unit-tested module beside this file.

const outDir = fileURLToPath(new URL('..', import.meta.url)); // out/, next to out/main/index.js
const preloadPath = join(outDir, 'preload', 'index.cjs');
const rendererDir = join(outDir, 'renderer');
// A packaged app ignores the variable: it must never be pointed at another origin.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const isTrustedUrl = (url: string) =>
  isTrustedRendererUrl({ url, ...(devServerUrl ? { devServerUrl } : {}) });

let mainWindow: BrowserWindow | null = null;
let menuLanguage: Language = 'de';
// The renderer reports its areas and its customer mode (menu:set-navigation, menu:set-customer-mode).
let menuNavigation: MenuNavigation['entries'] | undefined;
let menuCustomerMode = false;
// While the presentation's kiosk lock is on, there is no menu at all (no "Go to", no devtools).
let menuLocked = false;

function sendMenuCommand(command: MenuCommand): void {
  const contents = mainWindow?.webContents;
  if (contents && !contents.isDestroyed()) contents.send(MENU_COMMAND_CHANNEL, command);
}

function applyMenu(): void {
  if (menuLocked) {
    Menu.setApplicationMenu(null);
    return;
  }
  const template = buildMenuTemplate({
    language: menuLanguage,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    navigation: menuNavigation,
    customerMode: menuCustomerMode,
    onCommand: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The trade-fair presentation: displays, the audience window, the kiosk lock (presentation.ts). */
const presentation = createPresentationController({
  screen: {
    getAllDisplays: () => screen.getAllDisplays(),
    getPrimaryDisplay: () => screen.getPrimaryDisplay(),
  },
  createAudienceWindow: (options) => {
    const window = new BrowserWindow(options);
    return {
      isDestroyed: () => window.isDestroyed(),
      setKiosk: (on) => window.setKiosk(on),
      webContents: window.webContents,
      loadURL: (url) => window.loadURL(url),
      close: () => window.close(),
      present: () =>
        window.once('ready-to-show', () => {
          window.show();
          window.setFullScreen(true);
        }),
      onClosed: (listener) => window.on('closed', listener),
    };
  },
  mainWindow: () => mainWindow,
  setMenuLocked: (locked) => {
    menuLocked = locked;
    applyMenu();
  },
  preloadPath,
  ...(devServerUrl ? { devServerUrl } : {}),
  devTools: !app.isPackaged,
});

function secureSession(): void {
  const ses = session.defaultSession;
  const csp = contentSecurityPolicy({ dev: devServerUrl !== undefined });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(
      isPermissionGranted({ permission, requestingUrl: details.requestingUrl, isTrustedUrl }),
    );
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted({ permission, requestingUrl: requestingOrigin, isTrustedUrl }),
  );
}

function openInSystemBrowser(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.warn('Could not open', url, error));
}

function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      const decision = decideNavigation({ url, isTrustedUrl });
      if (decision === 'allow') return;
      event.preventDefault();
      if (decision === 'open-external') openInSystemBrowser(url);
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Devtools opened while the kiosk lock is on (a shortcut, a left-over menu) close again.
    contents.on('devtools-opened', () => presentation.refuseDevTools(contents));
    contents.setWindowOpenHandler(({ url }) => {
      if (decideWindowOpen(url) === 'open-external') openInSystemBrowser(url);
      return { action: 'deny' };
    });
  });
}

function workAreas() {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

async function createMainWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const placement = fitWindowState({
    saved: await readWindowState(stateFile),
    workAreas: workAreas(),
  });
  const window = new BrowserWindow({
    x: placement.x,
    y: placement.y,
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Quotient',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({ preloadPath, devTools: !app.isPackaged }),
  });
  mainWindow = window;
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    // A locked presentation is left with the PIN, not by closing the window (Alt+F4).
    if (presentation.isLocked()) {
      event.preventDefault();
      return;
    }
    try {
      writeWindowStateSync(stateFile, {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    } catch (error) {
      console.warn('Could not save the window state', error);
    }
  });
  window.on('closed', () => {
    presentation.closeAudience();
    if (mainWindow === window) mainWindow = null;
  });
  await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

/**
 * Loads the offer's print view in a hidden window with the main window's security settings,
 * waits until it reports ready (its data is loaded from IndexedDB), and prints it to PDF.
 */
async function printOfferPdf(offerId: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: secureWebPreferences({ preloadPath, devTools: false }),
  });
  try {
    await window.loadURL(offerPrintUrl({ offerId, ...(devServerUrl ? { devServerUrl } : {}) }));
    const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
    for (;;) {
      const state = (await window.webContents.executeJavaScript(
        'document.body.dataset.printReady ?? ""',
      )) as string;
      if (state === 'true') break;
      if (state === 'error') throw new Error('the print view could not load the offer');
      if (Date.now() > deadline) throw new Error('the print view did not get ready in time');
      await new Promise((done) => setTimeout(done, 100));
    }
    return new Uint8Array(await window.webContents.printToPDF(pdfOptions));
  } finally {
    window.destroy();
  }
}

function registerIpc(): void {
  const parent = () => mainWindow ?? undefined;
  registerIpcHandlers({
    ipcMain,
    isTrusted: (event) =>
      isTrustedSender({
        event,
        mainWebContents: mainWindow?.webContents ?? null,
        ...(devServerUrl ? { devServerUrl } : {}),
      }),
    handlers: createIpcHandlers({
      defaultDirectory: app.getPath('documents'),
      showSaveDialog: (options) => {
        const window = parent();
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      showOpenDialog: (options) => {
        const window = parent();
        return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
      },
      fs: { writeFile, rename, rm, stat, readFile },
      appInfo: () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        locale: app.getLocale(),
        userDataPath: app.getPath('userData'),
      }),
      setLanguage: (language) => {
        menuLanguage = language;
        applyMenu();
      },
      setMenuNavigation: ({ language, entries }) => {
        menuLanguage = language;
        menuNavigation = entries;
        applyMenu();
      },
      setMenuCustomerMode: (on) => {
        menuCustomerMode = on;
        applyMenu();
      },
      printOfferPdf,
      presentation: presentation.handlers,
      mail: {
        tempDirectory: app.getPath('temp'),
        fs: { mkdir, writeFile },
        openPath: (path) => shell.openPath(path),
        randomId: randomUUID,
      },
      credentials: createCredentialStore({
        safeStorage,
        ...(process.platform === 'linux'
          ? { linuxBackend: () => safeStorage.getSelectedStorageBackend() }
          : {}),
        fs: { readFile, writeFile, rename, rm },
        filePath: join(app.getPath('userData'), SYNC_TOKEN_FILE),
      }),
    }),
  });
}

async function onReady(): Promise<void> {
  menuLanguage = initialMenuLanguage(app.getLocale());
  app.setAboutPanelOptions({ applicationName: 'Quotient', applicationVersion: app.getVersion() });
  handleAppProtocol({ rootDir: rendererDir, csp: contentSecurityPolicy({ dev: false }) });
  secureSession();
  registerIpc();
  applyMenu();
  await createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // These must happen before `ready`.
  app.enableSandbox();
  registerAppScheme();
  hardenAllWebContents();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Quotient could not start', error);
      app.quit();
    });
}
