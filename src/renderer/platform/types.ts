import type { Language } from '#shared/domain/common';
import type { MenuCommand } from '#shared/ipc/channels';
import type { DisplayInfo, FileFilter, MenuSetNavigationRequest } from '#shared/ipc/contract';
import type { TokenStore } from '../sync/types';
import type { PersistState } from './storage-persistence';

export type { DisplayInfo, FileFilter, MenuCommand, MenuSetNavigationRequest };

export type SaveFileRequest = {
  /** Any title; made into a safe file name (no path, portable characters) before use. */
  suggestedName: string;
  data: Uint8Array;
  /** Save-dialog filters (desktop only), e.g. `[{ name: 'Excel', extensions: ['xlsx'] }]`. */
  filters?: FileFilter[];
};
/** `path` only on the desktop; a browser download reports `saved: true` without one. */
export type SaveFileResult = { saved: boolean; path?: string };

export type OpenFileRequest = {
  /** Extensions (`'png'` or `'.png'`) and/or MIME types (`'image/png'`, `'image/*'`). */
  accept?: string[];
  /** Largest accepted file in bytes: default 20 MiB, at most 100 MiB. */
  maxBytes?: number;
};
export type OpenedFile = { name: string; data: Uint8Array };

export type MailDraftRequest = {
  /** Any title; made into a safe file name ending in `.eml`. */
  suggestedName: string;
  /** The unsent draft (`buildDraftEml` in src/shared/mail). */
  data: Uint8Array;
};
/**
 * What became of a draft: opened in the default mail program (desktop); saved through a save
 * dialog because no mail program opened it (desktop, with the system's reason), or the user
 * cancelled that dialog; downloaded (browser).
 */
export type MailDraftResult =
  | { kind: 'opened' }
  | { kind: 'saved'; path?: string; reason: string }
  | { kind: 'canceled'; reason: string }
  | { kind: 'downloaded'; fileName: string };

export type OpenAudienceRequest = {
  deckId: string;
  /** A screen from `listDisplays` (desktop); default: the first one that is not the primary. */
  displayId?: number;
  /** The audience window in kiosk mode (desktop). */
  kiosk: boolean;
};
/** Desktop: a full-screen window of the main process; browser: the popup (null when blocked). */
export type OpenAudienceResult = { kind: 'desktop' } | { kind: 'browser'; window: Window | null };

/** The trade-fair presentation's windows and kiosk lock. */
export type PresentationPlatform = {
  /** The screens to pick the audience window's from (browser: none, it cannot place windows). */
  listDisplays(): Promise<DisplayInfo[]>;
  /** Opens (or replaces) the audience view `#/audience/<deckId>` in its own window. */
  openAudience(request: OpenAudienceRequest): Promise<OpenAudienceResult>;
  closeAudience(): Promise<void>;
  /** Desktop: main window in kiosk mode, menu off, devtools closed; browser: nothing to do. */
  setKiosk(on: boolean): Promise<void>;
};

export type PlatformAppInfo = { name: string; version: string; platform: string; locale: string };

/** The renderer's only way to the desktop; `platform` in ./index picks the implementation. */
export type Platform = {
  kind: 'electron' | 'browser';
  /** Saves bytes through a save dialog (desktop) or a download (browser). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Lets the user pick one file; null when canceled; a PlatformError `file-too-large` over the limit. */
  openFile(request?: OpenFileRequest): Promise<OpenedFile | null>;
  appInfo(): Promise<PlatformAppInfo>;
  /** Tells the desktop shell the UI language (it rebuilds the menu); a no-op in the browser. */
  setLanguage(language: Language): Promise<void>;
  /**
   * Tells the desktop shell the app's areas, translated, and the UI language: its menu's
   * "Go to" and its own labels follow them. A no-op in the browser.
   */
  setMenuNavigation(navigation: MenuSetNavigationRequest): Promise<void>;
  /** Tells the desktop shell whether the customer mode is on (the menu's checkbox); browser: no-op. */
  setMenuCustomerMode(on: boolean): Promise<void>;
  /**
   * The offer's print view as PDF: the desktop renders it to bytes (printToPDF); the browser
   * opens the print view in a new tab and its print dialog, where "Save as PDF" is one choice.
   */
  printOffer(
    offerId: string,
  ): Promise<{ kind: 'pdf'; data: Uint8Array } | { kind: 'print-dialog' }>;
  /** An unsent e-mail draft: opened in the default mail program (desktop) or downloaded (browser). */
  openMailDraft(request: MailDraftRequest): Promise<MailDraftResult>;
  /** Desktop menu commands; returns the unsubscribe function (browser: never fires). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The sync login token: the desktop's safeStorage, the browser tab's sessionStorage. */
  tokenStore: TokenStore;
  /**
   * Keeps the local data (and its unsynced outbox) from eviction: the browser asks for
   * persistent storage (with `ask: false` it only reads the state); the desktop always keeps it.
   */
  persistStorage(options?: { ask?: boolean }): Promise<PersistState>;
  /** Whether the eviction notice was already shown on this device (remembered across starts). */
  persistNotice: { get(): boolean; set(shown: boolean): void };
  /** The presentation's audience window and kiosk lock. */
  presentation: PresentationPlatform;
};
