// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_STORAGE_KEY } from '#modules/presentations/kiosk';
import { kioskStore } from '../modules/presentations/kiosk/kiosk';
import { initI18n } from '../i18n';
import { SyncProvider } from '../sync/SyncProvider';
import type { SyncService } from '../sync/types';
import type { NavEntry } from './navigation';
import { useGlobalShortcuts } from './useGlobalShortcuts';

// The app's shortcuts are off while a presentation's kiosk lock is on (issue 14).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const navigation: NavEntry[] = [
  { id: 'clients', path: '/clients', labelKey: 'nav.clients', shortcut: 'Ctrl+1' },
];

function Probe() {
  useGlobalShortcuts(navigation);
  return null;
}

let i18n: Awaited<ReturnType<typeof initI18n>>;
let root: Root | undefined;

beforeAll(async () => {
  i18n = await initI18n('de', []);
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  localStorage.removeItem(KIOSK_STORAGE_KEY);
  kioskStore().refresh();
});

async function pressCtrl1() {
  const router = createMemoryRouter(
    [
      { path: '/start', element: <Probe /> },
      { path: '/clients', element: null },
    ],
    { initialEntries: ['/start'] },
  );
  await act(async () => {
    root = createRoot(document.createElement('div'));
    root.render(
      <I18nextProvider i18n={i18n}>
        <SyncProvider service={{} as SyncService}>
          <RouterProvider router={router} />
        </SyncProvider>
      </I18nextProvider>,
    );
  });
  await act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', ctrlKey: true }));
  });
  return router.state.location.pathname;
}

describe('useGlobalShortcuts and the kiosk lock', () => {
  it('goes to an area with its shortcut while unlocked', async () => {
    expect(await pressCtrl1()).toBe('/clients');
  });

  it('does nothing while a presentation is locked', async () => {
    await kioskStore().start('deck-1', '4711');
    expect(await pressCtrl1()).toBe('/start');
  });
});
