import type { BrowserWindowConstructorOptions } from 'electron';
import type {
  DisplayInfo,
  IpcHandler,
  PresentationListDisplaysResponse,
} from '#shared/ipc/contract';
import { ipcError } from '#shared/ipc/errors';
import { APP_ENTRY_URL } from './app-origin';
import { secureWebPreferences } from './security';

// The trade-fair presentation's desktop side (issue 14): the screens, the audience window on
// one of them, and the kiosk lock. No `electron` import at run time: index.ts passes the real
// screen, windows and menu, so all of it runs in a plain Node test.

export type Rectangle = { x: number; y: number; width: number; height: number };
/** What we read of Electron's Display. */
export type DisplayLike = { id: number; label?: string; bounds: Rectangle; internal?: boolean };

/** The screens for the display picker, the primary one first, each named (Electron's label may be ''). */
export function listDisplays({
  displays,
  primaryId,
}: {
  displays: readonly DisplayLike[];
  primaryId: number;
}): DisplayInfo[] {
  const ordered = [
    ...displays.filter((display) => display.id === primaryId),
    ...displays.filter((display) => display.id !== primaryId),
  ];
  return ordered.map((display, index) => ({
    id: display.id,
    label: display.label?.trim() || `Display ${index + 1}`,
    primary: display.id === primaryId,
    width: display.bounds.width,
    height: display.bounds.height,
  }));
}

/**
 * The screen the audience window goes to: the one asked for (an id that is not connected is
 * an error, not a silent fallback: the presenter would face the wrong way), else the first
 * screen that is not the primary one (the projector), else the primary one.
 */
export function chooseDisplay({
  displays,
  primaryId,
  displayId,
}: {
  displays: readonly DisplayLike[];
  primaryId: number;
  displayId?: number;
}): DisplayLike {
  if (displayId !== undefined) {
    const chosen = displays.find((display) => display.id === displayId);
    if (chosen) return chosen;
    throw ipcError({
      code: 'invalid-payload',
      message: `presentation:open-audience: no display with id ${displayId} is connected (connected: ${
        displays.map((display) => display.id).join(', ') || 'none'
      })`,
      details: { displayId },
    });
  }
  const external = displays.find((display) => display.id !== primaryId);
  const primary = displays.find((display) => display.id === primaryId);
  const display = external ?? primary ?? displays[0];
  if (!display) {
    throw ipcError({ code: 'io-failed', message: 'presentation:open-audience: no display found' });
  }
  return display;
}

/** The audience view of a deck on the app's own origin (or the dev server in development). */
export function audienceUrl({
  deckId,
  devServerUrl,
}: {
  deckId: string;
  devServerUrl?: string;
}): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(deckId)) throw new Error(`not a deck id: ${deckId}`);
  const base = devServerUrl ?? APP_ENTRY_URL;
  return `${base.split('#')[0]}#/audience/${deckId}`;
}

/**
 * The audience window: frameless, full screen on the display's bounds, black behind the slide,
 * the main window's security settings and preload; devtools never in kiosk mode nor packaged.
 */
export function audienceWindowOptions({
  bounds,
  preloadPath,
  kiosk,
  devTools,
}: {
  bounds: Rectangle;
  preloadPath: string;
  kiosk: boolean;
  devTools: boolean;
}): BrowserWindowConstructorOptions {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    frame: false,
    fullscreen: true,
    kiosk,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    title: 'Quotient',
    webPreferences: secureWebPreferences({ preloadPath, devTools: devTools && !kiosk }),
  };
}

/** What we use of a BrowserWindow's web contents. */
export type WebContentsLike = {
  isDestroyed: () => boolean;
  closeDevTools: () => void;
  isDevToolsOpened: () => boolean;
};
/** What we use of a BrowserWindow. */
export type WindowLike = {
  isDestroyed: () => boolean;
  setKiosk: (on: boolean) => void;
  webContents: WebContentsLike;
};
export type AudienceWindowLike = WindowLike & {
  loadURL: (url: string) => Promise<void>;
  close: () => void;
  /** Shows it (once ready) and makes it full screen on its display. */
  present: () => void;
  onClosed: (listener: () => void) => void;
};

export type PresentationDeps = {
  screen: { getAllDisplays: () => DisplayLike[]; getPrimaryDisplay: () => { id: number } };
  createAudienceWindow: (options: BrowserWindowConstructorOptions) => AudienceWindowLike;
  mainWindow: () => WindowLike | null;
  /** Removes the application menu (true) or puts it back (false). */
  setMenuLocked: (locked: boolean) => void;
  preloadPath: string;
  devServerUrl?: string;
  /** Whether devtools may ever open (not in a packaged app). */
  devTools: boolean;
};

export type PresentationController = {
  handlers: {
    'presentation:list-displays': IpcHandler<'presentation:list-displays'>;
    'presentation:open-audience': IpcHandler<'presentation:open-audience'>;
    'presentation:close-audience': IpcHandler<'presentation:close-audience'>;
    'presentation:set-kiosk': IpcHandler<'presentation:set-kiosk'>;
  };
  /** Whether the kiosk lock is on (devtools refused, closing the main window refused). */
  isLocked: () => boolean;
  /** For `devtools-opened` of any web contents: closes them again while locked. */
  refuseDevTools: (contents: WebContentsLike) => void;
  /** Closes the audience window (the main window closed). */
  closeAudience: () => void;
};

const live = <T extends { isDestroyed: () => boolean }>(window: T | null | undefined) =>
  window && !window.isDestroyed() ? window : null;

function closeDevTools(contents: WebContentsLike | undefined) {
  if (contents && !contents.isDestroyed() && contents.isDevToolsOpened()) contents.closeDevTools();
}

/** The display list, the one audience window and the kiosk lock, over injected Electron parts. */
export function createPresentationController(deps: PresentationDeps): PresentationController {
  let audience: AudienceWindowLike | null = null;
  let locked = false;

  const closeAudience = () => {
    const window = live(audience);
    audience = null;
    window?.close();
  };

  const applyKiosk = (on: boolean) => {
    locked = on;
    for (const window of [live(deps.mainWindow()), live(audience)]) {
      if (!window) continue;
      window.setKiosk(on);
      if (on) closeDevTools(window.webContents);
    }
    deps.setMenuLocked(on);
  };

  const listDisplaysHandler = (): PresentationListDisplaysResponse => ({
    displays: listDisplays({
      displays: deps.screen.getAllDisplays(),
      primaryId: deps.screen.getPrimaryDisplay().id,
    }),
  });

  return {
    handlers: {
      'presentation:list-displays': listDisplaysHandler,
      'presentation:open-audience': async ({ deckId, displayId, kiosk }) => {
        const display = chooseDisplay({
          displays: deps.screen.getAllDisplays(),
          primaryId: deps.screen.getPrimaryDisplay().id,
          ...(displayId !== undefined ? { displayId } : {}),
        });
        const url = audienceUrl({
          deckId,
          ...(deps.devServerUrl ? { devServerUrl: deps.devServerUrl } : {}),
        });
        // One audience window at a time: a second request replaces the first.
        closeAudience();
        const window = deps.createAudienceWindow(
          audienceWindowOptions({
            bounds: display.bounds,
            preloadPath: deps.preloadPath,
            // A locked presentation keeps its audience window locked too.
            kiosk: kiosk || locked,
            devTools: deps.devTools,
          }),
        );
        audience = window;
        window.onClosed(() => {
          if (audience === window) audience = null;
        });
        window.present();
        await window.loadURL(url);
        return { displayId: display.id };
      },
      'presentation:close-audience': () => closeAudience(),
      'presentation:set-kiosk': ({ on }) => applyKiosk(on),
    },
    isLocked: () => locked,
    refuseDevTools: (contents) => {
      if (locked) closeDevTools(contents);
    },
    closeAudience,
  };
}
