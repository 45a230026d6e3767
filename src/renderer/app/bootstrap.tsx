import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { DatesLocale } from '../components/DatesLocale';
import { openWorkspace, WorkspaceProvider } from '#data';
import { initI18n } from '../i18n';
import { platform } from '../platform';
import { createSyncService } from '../sync/service';
import { SyncProvider } from '../sync/SyncProvider';
import { useUiStore } from '../stores/ui.store';
import { messageBundles } from './module-registry';
import { modules } from './modules';
import { RootBoundary } from './RootBoundary';
import { createAppRouter } from './router';
import { SlotsProvider } from './slots';
import { checkStoragePersistence } from './storage-notice';
import { theme } from './theme';

/** Opens the local database and starts sync, then renders the app in the saved UI language. */
export async function bootstrap(root: Root): Promise<void> {
  const workspace = await openWorkspace();
  const sync = createSyncService({ workspace, tokenStore: platform.tokenStore });
  const [language, onboarded] = await Promise.all([
    workspace.repos.local.getLanguage(),
    workspace.repos.local.getOnboarded(),
    // The account and token, so the status shows the right phase from the first frame.
    sync.ready,
  ]);
  const i18n = await initI18n(language ?? 'de', messageBundles(modules));
  useUiStore.getState().setOnboarded(onboarded);
  const router = createAppRouter(modules);
  root.render(
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <I18nextProvider i18n={i18n}>
        <RootBoundary>
          <WorkspaceProvider value={workspace}>
            <SyncProvider service={sync}>
              <SlotsProvider modules={modules}>
                <DatesLocale>
                  <RouterProvider router={router} />
                </DatesLocale>
              </SlotsProvider>
            </SyncProvider>
          </WorkspaceProvider>
        </RootBoundary>
      </I18nextProvider>
    </MantineProvider>,
  );
  // After the first frame: the browser may ask the user, and start-up must not wait for it.
  void checkStoragePersistence();
}
