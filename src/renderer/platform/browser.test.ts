// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUDIENCE_WINDOW_NAME, SESSION_TOKEN_KEY, createBrowserPlatform } from './browser';
import { PlatformError } from './errors';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('browser platform: saveFile', () => {
  it('downloads the bytes under a safe name and revokes the URL later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const created = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:quotient/1';
    });
    const revoked = vi.fn();
    Object.assign(window.URL, { createObjectURL: created, revokeObjectURL: revoked });
    const clicks: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, download: this.download, attached: this.isConnected });
    });

    const platform = createBrowserPlatform({ window });
    const result = await platform.saveFile({
      suggestedName: 'Angebot: Müller.xlsx',
      data: new Uint8Array([80, 75]),
    });

    expect(result).toEqual({ saved: true });
    expect(clicks).toEqual([
      { href: 'blob:quotient/1', download: 'Angebot_ Müller.xlsx', attached: true },
    ]);
    expect(document.body.children.length).toBe(0);
    expect(blobs[0]?.size).toBe(2);
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoked.mock.calls).toEqual([['blob:quotient/1']]);
  });
});

describe('browser platform: openMailDraft', () => {
  it('downloads the draft as message/rfc822 under a safe .eml name', async () => {
    const blobs: Blob[] = [];
    Object.assign(window.URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:quotient/2'),
      revokeObjectURL: vi.fn(),
    });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const platform = createBrowserPlatform({ window });
    expect(
      await platform.openMailDraft({
        suggestedName: 'Angebot AN-2026-0042 Müller/Söhne',
        data: new Uint8Array([1, 2, 3]),
      }),
    ).toEqual({ kind: 'downloaded', fileName: 'Angebot AN-2026-0042 Müller_Söhne.eml' });
    expect(downloads).toEqual(['Angebot AN-2026-0042 Müller_Söhne.eml']);
    expect(blobs.map((blob) => [blob.type, blob.size])).toEqual([['message/rfc822', 3]]);
  });
});

function pickOnClick(pick: (input: HTMLInputElement) => void) {
  const seen: { accept: string; attached: boolean }[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    seen.push({ accept: this.accept, attached: this.isConnected });
    queueMicrotask(() => pick(this));
  });
  return seen;
}

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
}

function fileWith(bytes: number[], name: string): File {
  const file = new File([new Uint8Array(bytes)], name);
  // jsdom's File lacks arrayBuffer(); browsers have it.
  Object.defineProperty(file, 'arrayBuffer', {
    value: async () => new Uint8Array(bytes).buffer,
    configurable: true,
    writable: true,
  });
  return file;
}

describe('browser platform: openFile', () => {
  it('reads the chosen file through a hidden input', async () => {
    const seen = pickOnClick((input) => choose(input, fileWith([1, 2, 3], 'logo.png')));
    const platform = createBrowserPlatform({ window });
    expect(await platform.openFile({ accept: ['png', 'svg'] })).toEqual({
      name: 'logo.png',
      data: new Uint8Array([1, 2, 3]),
    });
    expect(seen).toEqual([{ accept: '.png,.svg', attached: true }]);
    expect(document.body.children.length).toBe(0);
  });

  it('returns null when the user cancels', async () => {
    pickOnClick((input) => input.dispatchEvent(new Event('cancel')));
    expect(await createBrowserPlatform({ window }).openFile()).toBeNull();
    expect(document.body.children.length).toBe(0);
  });

  it('throws file-too-large without reading an oversized file', async () => {
    const file = fileWith([1, 2, 3, 4, 5], 'huge.json');
    const read = vi.spyOn(file, 'arrayBuffer');
    pickOnClick((input) => choose(input, file));
    const error = await createBrowserPlatform({ window })
      .openFile({ maxBytes: 4 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({
      code: 'file-too-large',
      message: '"huge.json" is 5 bytes; files larger than 4 bytes cannot be opened.',
      details: { name: 'huge.json', size: 5, limit: 4 },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('rejects an invalid limit', async () => {
    await expect(
      createBrowserPlatform({ window }).openFile({ maxBytes: -1 }),
    ).rejects.toMatchObject({
      code: 'invalid-payload',
    });
  });
});

describe('browser platform: the rest', () => {
  it('reads app info from navigator', async () => {
    const info = await createBrowserPlatform({ window, version: '1.2.3' }).appInfo();
    expect(info).toEqual({
      name: 'Quotient',
      version: '1.2.3',
      platform: navigator.platform || 'web',
      locale: navigator.language,
    });
  });

  it('has no menu: setLanguage resolves, onMenuCommand never fires', async () => {
    const platform = createBrowserPlatform({ window });
    expect(platform.kind).toBe('browser');
    await expect(platform.setLanguage('en')).resolves.toBeUndefined();
    const unsubscribe = platform.onMenuCommand(() => {
      throw new Error('must not fire');
    });
    expect(unsubscribe()).toBeUndefined();
  });
});

describe('browser platform: token store', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps the token in sessionStorage, for this tab only', async () => {
    const platform = createBrowserPlatform({ window });
    expect(await platform.tokenStore.get()).toBeUndefined();
    expect(await platform.tokenStore.set('qt_secret')).toBe('session');
    expect(sessionStorage.getItem(SESSION_TOKEN_KEY)).toBe('qt_secret');
    expect(localStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
    // A reload makes a new platform over the same tab's storage.
    expect(await createBrowserPlatform({ window }).tokenStore.get()).toBe('qt_secret');
    await platform.tokenStore.clear();
    expect(await platform.tokenStore.get()).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the token for the page when sessionStorage is blocked', async () => {
    const blocked = Object.create(window, {
      sessionStorage: {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      },
    }) as Window & typeof globalThis;
    const platform = createBrowserPlatform({ window: blocked });
    expect(await platform.tokenStore.set('qt_secret')).toBe('session');
    expect(await platform.tokenStore.get()).toBe('qt_secret');
    await platform.tokenStore.clear();
    expect(await platform.tokenStore.get()).toBeUndefined();
  });
});

describe('browser platform: presentation', () => {
  it('has no displays to list and nothing to lock', async () => {
    const platform = createBrowserPlatform({ window });
    expect(await platform.presentation.listDisplays()).toEqual([]);
    await expect(platform.presentation.setKiosk(true)).resolves.toBeUndefined();
  });

  it('opens the audience view as a named popup of the same origin and closes it again', async () => {
    const popup = { closed: false, close: vi.fn() } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(popup);
    const platform = createBrowserPlatform({ window });
    expect(await platform.presentation.openAudience({ deckId: 'deck 1/x', kiosk: true })).toEqual({
      kind: 'browser',
      window: popup,
    });
    // Not noopener: the presenter keeps the handle (to close it) and the same origin.
    expect(open.mock.calls).toEqual([['#/audience/deck%201%2Fx', AUDIENCE_WINDOW_NAME, 'popup']]);
    await platform.presentation.closeAudience();
    expect(popup.close).toHaveBeenCalledTimes(1);
    // Closing again does nothing.
    await platform.presentation.closeAudience();
    expect(popup.close).toHaveBeenCalledTimes(1);
  });

  it('reports a blocked popup as no window', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const platform = createBrowserPlatform({ window });
    expect(await platform.presentation.openAudience({ deckId: 'd', kiosk: false })).toEqual({
      kind: 'browser',
      window: null,
    });
    await expect(platform.presentation.closeAudience()).resolves.toBeUndefined();
  });
});
