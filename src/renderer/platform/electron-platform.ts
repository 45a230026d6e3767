// Named electron-platform, not electron: the lint rule that bans importing 'electron' in the
// renderer matches any module called electron, ./electron included.
import type { QuotientApi } from '#shared/ipc/api';
import { toSafeFileName } from '#shared/ipc/file-name';
import { toPlatformError } from './errors';
import { acceptToFilters, draftFileName, resolveMaxBytes } from './files';
import type { Platform } from './types';

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toPlatformError(error);
  }
}

/** The desktop platform over `window.quotient` (the preload API). */
export function createElectronPlatform(api: QuotientApi): Platform {
  return {
    kind: 'electron',
    saveFile: ({ suggestedName, data, filters }) =>
      call(() =>
        api.file.save({
          suggestedName: toSafeFileName(suggestedName),
          data,
          ...(filters ? { filters } : {}),
        }),
      ),
    openFile: (request = {}) =>
      call(async () => {
        const filters = acceptToFilters(request.accept);
        const result = await api.file.open({
          maxBytes: resolveMaxBytes(request.maxBytes),
          ...(filters ? { filters } : {}),
        });
        return result.canceled ? null : { name: result.name, data: result.data };
      }),
    appInfo: () =>
      call(async () => {
        const { name, version, platform, locale } = await api.app.info();
        return { name, version, platform, locale };
      }),
    setLanguage: (language) => call(() => api.app.setLanguage({ language })),
    setMenuNavigation: (navigation) => call(() => api.menu.setNavigation(navigation)),
    setMenuCustomerMode: (on) => call(() => api.menu.setCustomerMode({ on })),
    printOffer: (offerId) =>
      call(async () => ({ kind: 'pdf' as const, data: (await api.pdf.print({ offerId })).data })),
    openMailDraft: ({ suggestedName, data }) =>
      call(async () => {
        const fileName = draftFileName(suggestedName);
        const result = await api.mail.openDraft({ fileName, data });
        if (result.opened) return { kind: 'opened' as const };
        // No program for .eml files: the draft is still worth keeping, so offer to save it.
        const saved = await api.file.save({
          suggestedName: fileName,
          data,
          filters: [{ name: 'E-Mail', extensions: ['eml'] }],
        });
        return saved.saved
          ? {
              kind: 'saved' as const,
              reason: result.reason,
              ...(saved.path ? { path: saved.path } : {}),
            }
          : { kind: 'canceled' as const, reason: result.reason };
      }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    presentation: {
      listDisplays: () => call(async () => (await api.presentation.listDisplays()).displays),
      openAudience: ({ deckId, displayId, kiosk }) =>
        call(async () => {
          await api.presentation.openAudience({
            deckId,
            kiosk,
            ...(displayId !== undefined ? { displayId } : {}),
          });
          return { kind: 'desktop' as const };
        }),
      closeAudience: () => call(() => api.presentation.closeAudience()),
      setKiosk: (on) => call(() => api.presentation.setKiosk({ on })),
    },
    // The app's profile folder is not subject to a browser's eviction.
    persistStorage: async () => 'not-needed',
    persistNotice: { get: () => false, set: () => undefined },
    tokenStore: {
      get: () => call(async () => (await api.sync.tokenGet()).token ?? undefined),
      set: (token) =>
        call(async () => ((await api.sync.tokenSet({ token })).persisted ? 'device' : 'session')),
      clear: () => call(() => api.sync.tokenClear()),
    },
  };
}
