import { fileTooLargeError } from '#shared/ipc/errors';
import { toSafeFileName } from '#shared/ipc/file-name';
import { PlatformError } from './errors';
import { acceptAttribute, draftFileName, resolveMaxBytes } from './files';
import { noticeMemory, requestPersistence } from './storage-persistence';
import type { OpenedFile, Platform } from './types';

/** The audience window's name: opening it again reuses (and navigates) the same window. */
export const AUDIENCE_WINDOW_NAME = 'quotient-audience';

/** The sessionStorage key of the sync token: gone when the tab closes, as the issue asks. */
export const SESSION_TOKEN_KEY = 'quotient.syncToken';

// Some browsers cancel a download whose object URL is revoked at once.
const REVOKE_DELAY_MS = 60_000;

export type BrowserPlatformOptions = {
  /** The window to work in; read at call time so the module can load without a DOM. */
  window?: Window & typeof globalThis;
  version?: string;
};

function asBlobPart(data: Uint8Array): Uint8Array<ArrayBuffer> {
  // Blob takes only ArrayBuffer-backed views; copy the rare SharedArrayBuffer-backed one.
  return data.buffer instanceof ArrayBuffer
    ? (data as Uint8Array<ArrayBuffer>)
    : new Uint8Array(data);
}

/** The web twin of the desktop platform: downloads, a file input, navigator for app info. */
export function createBrowserPlatform(options: BrowserPlatformOptions = {}): Platform {
  const win = () => options.window ?? window;
  // Used only where sessionStorage is unavailable (blocked storage): the token lives as long as the page.
  let pageToken: string | undefined;
  const storage = (): Storage | undefined => {
    try {
      return win().sessionStorage;
    } catch {
      return undefined;
    }
  };

  const download = (fileName: string, data: Uint8Array, type: string) => {
    const w = win();
    const url = w.URL.createObjectURL(new w.Blob([asBlobPart(data)], { type }));
    const link = w.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    w.document.body.append(link);
    link.click();
    link.remove();
    w.setTimeout(() => w.URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  };

  // The audience popup this page opened (the browser keeps no list of them for us).
  let audience: Window | null = null;

  return {
    kind: 'browser',
    async saveFile({ suggestedName, data }) {
      download(toSafeFileName(suggestedName), data, 'application/octet-stream');
      // The browser decides where the download goes and does not say whether it was kept.
      return { saved: true };
    },

    // A page cannot start the mail program: the draft downloads, and opening it opens the draft.
    async openMailDraft({ suggestedName, data }) {
      const fileName = draftFileName(suggestedName);
      download(fileName, data, 'message/rfc822');
      return { kind: 'downloaded' as const, fileName };
    },

    async openFile(request = {}) {
      const maxBytes = resolveMaxBytes(request.maxBytes);
      const w = win();
      const input = w.document.createElement('input');
      input.type = 'file';
      input.accept = acceptAttribute(request.accept);
      input.style.display = 'none';
      const picked = new Promise<File | null>((resolve) => {
        input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
        input.addEventListener('cancel', () => resolve(null), { once: true });
      });
      w.document.body.append(input);
      input.click();
      const file = await picked.finally(() => input.remove());
      if (!file) return null;
      if (file.size > maxBytes) {
        throw PlatformError.from(
          fileTooLargeError({ name: file.name, size: file.size, limit: maxBytes }),
        );
      }
      const opened: OpenedFile = {
        name: file.name,
        data: new Uint8Array(await file.arrayBuffer()),
      };
      return opened;
    },

    async appInfo() {
      const nav = win().navigator as Navigator & { userAgentData?: { platform?: string } };
      return {
        name: 'Quotient',
        version: options.version ?? String(import.meta.env.VITE_APP_VERSION ?? '0.0.0'),
        platform: nav.userAgentData?.platform || nav.platform || 'web',
        locale: nav.language,
      };
    },

    // The browser has no menu to translate, list the areas in or show the customer mode in.
    async setLanguage() {},
    async setMenuNavigation() {},
    async setMenuCustomerMode() {},

    async printOffer(offerId) {
      // The print view prints itself once its data is loaded (?autoprint).
      win().open(`#/print/offers/${encodeURIComponent(offerId)}?autoprint=1`, '_blank', 'noopener');
      return { kind: 'print-dialog' as const };
    },

    // Keyboard shortcuts are handled by the app itself in the browser; there is no menu.
    onMenuCommand() {
      return () => undefined;
    },

    presentation: {
      // A page can neither list screens nor place a window on one: the user drags it there.
      async listDisplays() {
        return [];
      },
      async openAudience({ deckId }) {
        // Same origin and no `noopener`: BroadcastChannel keeps it in step, and closeAudience
        // needs the handle. The audience page asks for full screen on its first click or key.
        const url = `#/audience/${encodeURIComponent(deckId)}`;
        audience = win().open(url, AUDIENCE_WINDOW_NAME, 'popup');
        return { kind: 'browser' as const, window: audience };
      },
      async closeAudience() {
        if (audience && !audience.closed) audience.close();
        audience = null;
      },
      // Nothing a page can lock beyond itself: the app's own guard does the rest.
      async setKiosk() {},
    },

    persistStorage: ({ ask = true } = {}) => requestPersistence(win().navigator.storage, { ask }),

    persistNotice: noticeMemory(() => {
      try {
        return win().localStorage;
      } catch {
        return undefined;
      }
    }),

    tokenStore: {
      async get() {
        return storage()?.getItem(SESSION_TOKEN_KEY) ?? pageToken;
      },
      async set(token) {
        pageToken = token;
        try {
          storage()?.setItem(SESSION_TOKEN_KEY, token);
        } catch {
          // Quota or blocked storage: the page keeps it until it is closed.
        }
        return 'session';
      },
      async clear() {
        pageToken = undefined;
        storage()?.removeItem(SESSION_TOKEN_KEY);
      },
    },
  };
}
