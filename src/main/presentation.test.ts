import { describe, expect, it, vi } from 'vitest';
import { decodeIpcError } from '#shared/ipc/errors';
import type { AudienceWindowLike, DisplayLike, PresentationDeps, WindowLike } from './presentation';
import {
  audienceUrl,
  audienceWindowOptions,
  chooseDisplay,
  createPresentationController,
  listDisplays,
} from './presentation';

const laptop: DisplayLike = {
  id: 1,
  label: 'Built-in Retina Display',
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  internal: true,
};
const projector: DisplayLike = {
  id: 2528732444,
  label: '',
  bounds: { x: 1440, y: -100, width: 1920, height: 1080 },
};
const wall: DisplayLike = {
  id: 7,
  label: 'LG TV',
  bounds: { x: -3840, y: 0, width: 3840, height: 2160 },
};

function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return decodeIpcError((error as Error).message);
  }
  throw new Error('expected a throw');
}

describe('listDisplays', () => {
  it('lists the primary screen first and names the unnamed ones', () => {
    expect(listDisplays({ displays: [projector, laptop], primaryId: 1 })).toEqual([
      { id: 1, label: 'Built-in Retina Display', primary: true, width: 1440, height: 900 },
      { id: 2528732444, label: 'Display 2', primary: false, width: 1920, height: 1080 },
    ]);
  });
});

describe('chooseDisplay', () => {
  it('takes the display asked for', () => {
    expect(chooseDisplay({ displays: [laptop, projector, wall], primaryId: 1, displayId: 7 })).toBe(
      wall,
    );
    expect(chooseDisplay({ displays: [laptop, projector], primaryId: 1, displayId: 1 })).toBe(
      laptop,
    );
  });

  it('defaults to the first screen that is not the primary one, else the primary one', () => {
    expect(chooseDisplay({ displays: [laptop, projector, wall], primaryId: 1 })).toBe(projector);
    expect(chooseDisplay({ displays: [projector, laptop], primaryId: 2528732444 })).toBe(laptop);
    expect(chooseDisplay({ displays: [laptop], primaryId: 1 })).toBe(laptop);
  });

  it('refuses a display that is not connected (unplugged since the list was read)', () => {
    expect(
      thrown(() => chooseDisplay({ displays: [laptop, projector], primaryId: 1, displayId: 9 })),
    ).toEqual({
      code: 'invalid-payload',
      message:
        'presentation:open-audience: no display with id 9 is connected (connected: 1, 2528732444)',
      details: { displayId: 9 },
    });
  });
});

describe('audienceUrl', () => {
  it('loads the audience route from the app origin or the dev server', () => {
    expect(audienceUrl({ deckId: 'deck-1' })).toBe('app://quotient/index.html#/audience/deck-1');
    expect(audienceUrl({ deckId: 'd', devServerUrl: 'http://localhost:5173/#/x' })).toBe(
      'http://localhost:5173/#/audience/d',
    );
  });
  it('refuses anything but a deck id', () => {
    expect(() => audienceUrl({ deckId: '../settings' })).toThrow(/not a deck id/);
    expect(() => audienceUrl({ deckId: 'a?b=1' })).toThrow(/not a deck id/);
  });
});

describe('audienceWindowOptions', () => {
  const options = (kiosk: boolean, devTools = true) =>
    audienceWindowOptions({ bounds: projector.bounds, preloadPath: '/p.cjs', kiosk, devTools });

  it('is frameless and full screen on the display, with the secure preferences and preload', () => {
    const result = options(false);
    expect(result).toMatchObject({
      x: 1440,
      y: -100,
      width: 1920,
      height: 1080,
      frame: false,
      fullscreen: true,
      kiosk: false,
      show: false,
    });
    expect(result.webPreferences).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: true,
    });
  });

  it('is in kiosk mode without devtools when asked', () => {
    expect(options(true)).toMatchObject({ kiosk: true, webPreferences: { devTools: false } });
    expect(options(false, false).webPreferences?.devTools).toBe(false);
  });
});

type FakeWindow = WindowLike & {
  kiosk: boolean[];
  devToolsOpen: boolean;
  destroyed: boolean;
};

function fakeWindow(): FakeWindow {
  const window: FakeWindow = {
    kiosk: [],
    devToolsOpen: false,
    destroyed: false,
    isDestroyed: () => window.destroyed,
    setKiosk: (on) => window.kiosk.push(on),
    webContents: {
      isDestroyed: () => window.destroyed,
      isDevToolsOpened: () => window.devToolsOpen,
      closeDevTools: () => {
        window.devToolsOpen = false;
      },
    },
  };
  return window;
}

function fakeAudience(): FakeWindow & AudienceWindowLike & { urls: string[]; shown: number } {
  const base = fakeWindow();
  let closed: () => void = () => undefined;
  const window = Object.assign(base, {
    urls: [] as string[],
    shown: 0,
    loadURL: async (url: string) => {
      window.urls.push(url);
    },
    close: () => {
      window.destroyed = true;
      closed();
    },
    present: () => {
      window.shown += 1;
    },
    onClosed: (listener: () => void) => {
      closed = listener;
    },
  });
  return window;
}

function setup(overrides: Partial<PresentationDeps> = {}) {
  const main = fakeWindow();
  const audiences: ReturnType<typeof fakeAudience>[] = [];
  const created: Parameters<PresentationDeps['createAudienceWindow']>[0][] = [];
  const setMenuLocked = vi.fn();
  const controller = createPresentationController({
    screen: { getAllDisplays: () => [laptop, projector], getPrimaryDisplay: () => ({ id: 1 }) },
    createAudienceWindow: (options) => {
      created.push(options);
      const window = fakeAudience();
      audiences.push(window);
      return window;
    },
    mainWindow: () => main,
    setMenuLocked,
    preloadPath: '/out/preload/index.cjs',
    devTools: true,
    ...overrides,
  });
  return { controller, main, audiences, created, setMenuLocked, handlers: controller.handlers };
}

describe('createPresentationController', () => {
  it('lists the screens from Electron', () => {
    const { handlers } = setup();
    expect(handlers['presentation:list-displays'](undefined)).toEqual({
      displays: [
        { id: 1, label: 'Built-in Retina Display', primary: true, width: 1440, height: 900 },
        { id: 2528732444, label: 'Display 2', primary: false, width: 1920, height: 1080 },
      ],
    });
  });

  it('opens one audience window on the chosen display, replacing an earlier one', async () => {
    const { handlers, audiences, created } = setup();
    expect(
      await handlers['presentation:open-audience']({ deckId: 'deck-1', kiosk: false }),
    ).toEqual({ displayId: 2528732444 });
    expect(created[0]).toMatchObject({ x: 1440, y: -100, fullscreen: true, frame: false });
    expect(created[0]?.webPreferences?.preload).toBe('/out/preload/index.cjs');
    expect(audiences[0]?.urls).toEqual(['app://quotient/index.html#/audience/deck-1']);
    expect(audiences[0]?.shown).toBe(1);

    await handlers['presentation:open-audience']({ deckId: 'deck-1', displayId: 1, kiosk: true });
    expect(audiences[0]?.destroyed).toBe(true);
    expect(created[1]).toMatchObject({
      x: 0,
      y: 0,
      kiosk: true,
      webPreferences: { devTools: false },
    });

    await handlers['presentation:close-audience'](undefined);
    expect(audiences[1]?.destroyed).toBe(true);
    // Closing again is harmless.
    await handlers['presentation:close-audience'](undefined);
  });

  it('opens nothing for a display that is not connected', async () => {
    const { handlers, audiences } = setup();
    await expect(
      handlers['presentation:open-audience']({ deckId: 'd', displayId: 99, kiosk: false }),
    ).rejects.toThrow(/no display with id 99/);
    expect(audiences).toEqual([]);
  });

  it('locks: kiosk on both windows, menu off, devtools closed and refused; unlocks again', async () => {
    const { handlers, controller, main, audiences, setMenuLocked } = setup();
    await handlers['presentation:open-audience']({ deckId: 'd', kiosk: false });
    main.devToolsOpen = true;
    audiences[0]!.devToolsOpen = true;

    await handlers['presentation:set-kiosk']({ on: true });
    expect(controller.isLocked()).toBe(true);
    expect(main.kiosk).toEqual([true]);
    expect(audiences[0]?.kiosk).toEqual([true]);
    expect(main.devToolsOpen).toBe(false);
    expect(audiences[0]?.devToolsOpen).toBe(false);
    expect(setMenuLocked.mock.calls).toEqual([[true]]);

    main.devToolsOpen = true;
    controller.refuseDevTools(main.webContents);
    expect(main.devToolsOpen).toBe(false);

    await handlers['presentation:set-kiosk']({ on: false });
    expect(controller.isLocked()).toBe(false);
    expect(main.kiosk).toEqual([true, false]);
    expect(audiences[0]?.kiosk).toEqual([true, false]);
    expect(setMenuLocked.mock.calls).toEqual([[true], [false]]);
    main.devToolsOpen = true;
    controller.refuseDevTools(main.webContents);
    expect(main.devToolsOpen).toBe(true);
  });

  it('opens the audience window in kiosk mode while locked even when not asked', async () => {
    const { handlers, created } = setup();
    await handlers['presentation:set-kiosk']({ on: true });
    await handlers['presentation:open-audience']({ deckId: 'd', kiosk: false });
    expect(created[0]).toMatchObject({ kiosk: true, webPreferences: { devTools: false } });
  });

  it('survives a destroyed main window', async () => {
    const main = fakeWindow();
    main.destroyed = true;
    const { handlers } = setup({ mainWindow: () => main });
    await handlers['presentation:set-kiosk']({ on: true });
    expect(main.kiosk).toEqual([]);
  });
});
