import { basename, join } from 'node:path';
import type { IpcChannel } from '#shared/ipc/channels';
import type {
  FileFilter,
  FileOpenResponse,
  FileSaveResponse,
  IpcHandler,
  IpcHandlers,
  IpcPayload,
  MenuNavigation,
} from '#shared/ipc/contract';
import { parseIpcRequest } from '#shared/ipc/contract';
import { ipcChannels } from '#shared/ipc/channels';
import { fileTooLargeError, ipcError } from '#shared/ipc/errors';
import { isAppUrl } from './app-origin';
import type { CredentialStore } from './credentials';
import { createMailDraftHandler, type MailDraftDeps } from './mail-draft';
import type { PresentationController } from './presentation';

// No `electron` import: the real ipcMain, dialog and fs are injected by index.ts, so every
// handler here runs in a plain Node test. Structural types keep the fakes honest.

export type SenderFrame = {
  url: string;
  processId: number;
  routingId: number;
  parent: unknown;
};
export type InvokeEvent = { sender: unknown; senderFrame: SenderFrame | null };
export type MainWebContents = { mainFrame: SenderFrame; isDestroyed: () => boolean };

/** True for our own renderer: app://quotient, or (development only) the dev server's origin. */
export function isTrustedRendererUrl({
  url,
  devServerUrl,
}: {
  url: string;
  devServerUrl?: string;
}): boolean {
  if (isAppUrl(url)) return true;
  if (!devServerUrl) return false;
  try {
    return new URL(url).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** True only for the main frame of our main window showing our own page (VS Code checks the same). */
export function isTrustedSender({
  event,
  mainWebContents,
  devServerUrl,
}: {
  event: InvokeEvent;
  mainWebContents: MainWebContents | null;
  devServerUrl?: string;
}): boolean {
  const frame = event.senderFrame;
  if (!frame || !mainWebContents || mainWebContents.isDestroyed()) return false;
  if (event.sender !== mainWebContents) return false;
  const main = mainWebContents.mainFrame;
  if (
    frame.parent !== null ||
    frame.processId !== main.processId ||
    frame.routingId !== main.routingId
  ) {
    return false;
  }
  return isTrustedRendererUrl({ url: frame.url, devServerUrl });
}

export type IpcMainLike = {
  handle: (channel: string, listener: (event: InvokeEvent, payload: unknown) => unknown) => void;
  removeHandler: (channel: string) => void;
};

/** Registers one handler per contract channel: sender checked, payload parsed, then called. */
export function registerIpcHandlers({
  ipcMain,
  handlers,
  isTrusted,
}: {
  ipcMain: IpcMainLike;
  handlers: IpcHandlers;
  isTrusted: (event: InvokeEvent) => boolean;
}): () => void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrusted(event)) {
        throw ipcError({
          code: 'forbidden-sender',
          message: `${channel}: the sender is not the Quotient window`,
        });
      }
      const parsed = parseIpcRequest(channel, payload);
      if (!parsed.success) throw ipcError({ code: 'invalid-payload', message: parsed.error });
      // The channel/handler pair is correlated, which TypeScript cannot follow through the loop.
      const handler = handlers[channel] as (payload: unknown) => unknown;
      return handler(parsed.data);
    });
  }
  return () => ipcChannels.forEach((channel) => ipcMain.removeHandler(channel));
}

export type SaveDialog = (options: {
  defaultPath: string;
  filters?: FileFilter[];
}) => Promise<{ canceled: boolean; filePath?: string }>;
export type OpenDialog = (options: {
  properties: ['openFile'];
  filters?: FileFilter[];
}) => Promise<{ canceled: boolean; filePaths: string[] }>;
export type FileSystem = {
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string, options: { force: true }) => Promise<void>;
  stat: (path: string) => Promise<{ size: number; isFile: () => boolean }>;
  readFile: (path: string) => Promise<Uint8Array>;
};

export type FileHandlerDeps = {
  showSaveDialog: SaveDialog;
  showOpenDialog: OpenDialog;
  fs: FileSystem;
  /** Where the save dialog starts, e.g. the user's documents folder. */
  defaultDirectory: string;
};

function ioFailed(action: string, path: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return ipcError({
    code: 'io-failed',
    message: `Could not ${action} "${path}": ${reason}`,
    details: { path },
  });
}

/** file:save: asks where to save, then writes atomically (temp file + rename). */
export function createFileSaveHandler(
  deps: FileHandlerDeps,
): (payload: IpcPayload<'file:save'>) => Promise<FileSaveResponse> {
  return async ({ suggestedName, filters, data }) => {
    const choice = await deps.showSaveDialog({
      defaultPath: join(deps.defaultDirectory, suggestedName),
      ...(filters ? { filters } : {}),
    });
    // Electron reports a canceled save with an empty path on some platforms.
    if (choice.canceled || !choice.filePath) return { saved: false };
    const target = choice.filePath;
    const temporary = `${target}.quotient-${Date.now().toString(36)}.tmp`;
    try {
      await deps.fs.writeFile(temporary, data);
      await deps.fs.rename(temporary, target);
    } catch (error) {
      await deps.fs.rm(temporary, { force: true }).catch(() => undefined);
      throw ioFailed('save', target, error);
    }
    return { saved: true, path: target };
  };
}

/** file:open: asks for one file and reads it, refusing files over `maxBytes` before reading. */
export function createFileOpenHandler(
  deps: FileHandlerDeps,
): (payload: IpcPayload<'file:open'>) => Promise<FileOpenResponse> {
  return async ({ filters, maxBytes }) => {
    const choice = await deps.showOpenDialog({
      properties: ['openFile'],
      ...(filters ? { filters } : {}),
    });
    const filePath = choice.filePaths[0];
    if (choice.canceled || !filePath) return { canceled: true };
    const name = basename(filePath);
    const info = await deps.fs.stat(filePath).catch((error: unknown) => {
      throw ioFailed('open', filePath, error);
    });
    // A device or pipe (/dev/zero) reports size 0 and never ends: read regular files only.
    if (!info.isFile()) throw ioFailed('open', filePath, new Error('not a regular file'));
    if (info.size > maxBytes) {
      throw ipcError(fileTooLargeError({ name, size: info.size, limit: maxBytes }));
    }
    const data = await deps.fs.readFile(filePath).catch((error: unknown) => {
      throw ioFailed('open', filePath, error);
    });
    // The file may have grown between stat and read.
    if (data.byteLength > maxBytes) {
      throw ipcError(fileTooLargeError({ name, size: data.byteLength, limit: maxBytes }));
    }
    return { canceled: false, name, data };
  };
}

export type AppHandlerDeps = {
  appInfo: IpcHandler<'app:info'>;
  setLanguage: (language: 'de' | 'en') => void;
  /** Renders the offer's print view to PDF bytes (a hidden window in index.ts). */
  printOfferPdf: (offerId: string) => Promise<Uint8Array>;
};

export type MenuHandlerDeps = {
  /** Rebuilds the menu from the renderer's navigation, in its language. */
  setMenuNavigation: (navigation: MenuNavigation) => void;
  /** Rebuilds the menu with the customer mode's checkbox in this state. */
  setMenuCustomerMode: (on: boolean) => void;
};

export type SyncHandlerDeps = {
  /** The sync token in safeStorage (credentials.ts). */
  credentials: CredentialStore;
};

/** The full handler map of the contract; index.ts passes the real Electron pieces. */
export function createIpcHandlers(
  deps: FileHandlerDeps &
    AppHandlerDeps &
    MenuHandlerDeps &
    SyncHandlerDeps & { mail: MailDraftDeps; presentation: PresentationController['handlers'] },
): IpcHandlers {
  const handlers: { [C in IpcChannel]: IpcHandler<C> } = {
    'file:save': createFileSaveHandler(deps),
    'file:open': createFileOpenHandler(deps),
    'app:info': deps.appInfo,
    'app:set-language': ({ language }) => deps.setLanguage(language),
    'pdf:print': async ({ offerId }) => ({ data: await deps.printOfferPdf(offerId) }),
    'sync:token-get': () => deps.credentials.get(),
    'sync:token-set': ({ token }) => deps.credentials.set(token),
    'sync:token-clear': () => deps.credentials.clear(),
    'mail:open-draft': createMailDraftHandler(deps.mail),
    'menu:set-navigation': (navigation) => deps.setMenuNavigation(navigation),
    'menu:set-customer-mode': ({ on }) => deps.setMenuCustomerMode(on),
    ...deps.presentation,
  };
  return handlers;
}
