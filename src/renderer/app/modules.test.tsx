// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYNCED_FIELDS } from '#shared/sync/synced-fields';
import catalog from '../../../resources/demo/catalog.de.json';
import textBlocks from '../../../resources/demo/text-blocks.json';
import demo from '../../../resources/demo/workspace.de.json';
import { freshIndexedDb } from '#test/test-workspace';
import { DatesLocale } from '../components/DatesLocale';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { initI18n } from '../i18n';
import { createSyncService } from '../sync/service';
import { SyncProvider } from '../sync/SyncProvider';
import { useUiStore } from '../stores/ui.store';
import { messageBundles, tableLabels } from './module-registry';
import { navigationOf } from './navigation';
import type { ModuleManifest } from './module-types';
import { modules } from './modules';
import { appRoutes } from './router';
import { contributionsTo, SlotsProvider } from './slots';
import { theme } from './theme';
import { installDomStubs } from '#test/dom-stubs';

// The proof that the shell is built from the manifests (issue #11): every route of every module
// renders in the real providers on a real (fake-indexeddb) workspace with the demo data, every
// navigation entry and contribution has its texts in German and English, and every synced
// table has its labels for the conflicts view.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let sync: ReturnType<typeof createSyncService>;
let ids: Record<string, string>;
const i18n = { de: null as Awaited<ReturnType<typeof initI18n>> | null };

beforeAll(async () => {
  installDomStubs();
  freshIndexedDb();
  workspace = await openWorkspace('modules-test', {
    now: () => Date.parse('2026-11-28T09:00:00Z'),
  });
  await workspace.repos.local.saveProfile({
    name: 'Max Mustermann',
    position: '',
    email: '',
    phone: '',
    initials: 'MM',
  });
  await workspace.repos.importWorkspace({ ...demo, catalog, textBlocks });
  await workspace.repos.local.setOnboarded(true);
  useUiStore.getState().setOnboarded(true);
  const [client] = await workspace.repos.clients.list();
  const [offer] = await workspace.repos.offers.list();
  // The presentation routes need a deck with a slide (one of the demo's, else a new one).
  const deck =
    (await workspace.repos.decks.list())[0] ??
    (await workspace.repos.decks.createDeck({ title: 'it-sa 2026' }));
  if ((await workspace.repos.slides.listFor(deck.id)).length === 0) {
    await workspace.repos.slides.add(deck.id, 'title');
  }
  ids = {
    clientId: client!.id,
    offerId: offer?.id ?? 'none',
    deckId: deck.id,
    area: 'clients',
  };
  sync = createSyncService({
    workspace,
    tokenStore: { get: async () => undefined, set: async () => 'session', clear: async () => {} },
  });
  i18n.de = await initI18n('de', messageBundles(modules));
});

afterAll(() => {
  sync?.dispose();
  workspace?.close();
});

const routes = modules.flatMap((module) =>
  (module.routes ?? [])
    .filter((route) => route.redirect === undefined)
    .map((route) => ({ module: module.id, route })),
);

/** A concrete location of a route path, with the demo's ids for its parameters. */
const locate = (path: string) =>
  (path.startsWith('/') ? path : `/${path}`).replace(/:(\w+)/g, (_, name: string) => ids[name]!);

describe('every module route renders in the app', () => {
  it.each(routes.map(({ module, route }) => [module, route.path, route.area] as const))(
    '%s: %s',
    async (_module, path, area) => {
      if (path.includes(':offerId')) expect(ids.offerId, 'the demo has an offer').not.toBe('none');
      // The welcome page is for a workspace not yet set up; the others need one that is.
      useUiStore.getState().setOnboarded(!path.startsWith('/welcome'));
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const container = document.createElement('div');
      document.body.append(container);
      const router = createMemoryRouter(appRoutes(modules), { initialEntries: [locate(path)] });
      let root: Root | undefined;
      await act(async () => {
        root = createRoot(container);
        root.render(
          <MantineProvider theme={theme}>
            <I18nextProvider i18n={i18n.de!}>
              <WorkspaceProvider value={workspace}>
                <SyncProvider service={sync}>
                  <SlotsProvider modules={modules}>
                    <DatesLocale>
                      <RouterProvider router={router} />
                    </DatesLocale>
                  </SlotsProvider>
                </SyncProvider>
              </WorkspaceProvider>
            </I18nextProvider>
          </MantineProvider>,
        );
      });
      const fallback = i18n.de!.t('errorBoundary.title', { area: '' }).slice(0, 12);
      await vi.waitFor(
        () => {
          // The page itself rendered: its chunk loaded and it has a heading or a form (or, full
          // screen, a slide).
          expect(
            container.querySelector('h1, h2, h3, form, [role="tablist"], [role="region"]'),
          ).not.toBeNull();
        },
        { timeout: 20_000, interval: 50 },
      );
      expect(router.state.location.pathname).toBe(locate(path).split('?')[0]);
      expect(container.textContent).not.toContain(fallback);
      expect(i18n.de!.exists(`errorBoundary.areas.${area}`), `errorBoundary.areas.${area}`).toBe(
        true,
      );
      const renderErrors = errors.mock.calls.filter((call) => String(call[0]).includes('Error'));
      expect(renderErrors).toEqual([]);
      await act(async () => root!.unmount());
      container.remove();
    },
  );
});

describe('the manifests', () => {
  const check = (language: 'de' | 'en', key: string) =>
    expect(i18n.de!.exists(key, { lng: language }), `${language}: ${key}`).toBe(true);

  it('give each navigation entry a label in German and English and a unique shortcut', () => {
    const entries = navigationOf(modules);
    expect(entries.map((entry) => entry.id)).toEqual([
      'clients',
      'pipeline',
      'offers',
      'catalog',
      'calculator',
      'text-blocks',
      'analyses',
      'contracts',
      'presentations',
      'trash',
      'settings',
    ]);
    for (const entry of entries) {
      check('de', entry.labelKey);
      check('en', entry.labelKey);
    }
    const shortcuts = entries.flatMap((entry) => (entry.shortcut ? [entry.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('label every synced table and name where its field labels live, in both languages', () => {
    const labels = tableLabels(modules);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(SYNCED_FIELDS).sort());
    for (const [table, { label, fields }] of Object.entries(labels)) {
      check('de', label);
      check('en', label);
      for (const prefix of fields) {
        expect(i18n.de!.exists(prefix, { lng: 'de' }), `${table}: ${prefix}`).toBe(true);
        expect(i18n.de!.exists(prefix, { lng: 'en' }), `${table}: ${prefix}`).toBe(true);
      }
    }
  });

  it('give tabs their labels, and ids that are unique per slot', () => {
    for (const slot of ['client.detail', 'offerEditor.main', 'settings.tab'] as const) {
      const contributions = contributionsTo(modules, slot);
      expect(contributions.length, slot).toBeGreaterThan(0);
      expect(new Set(contributions.map((c) => c.id)).size).toBe(contributions.length);
    }
    for (const tab of contributionsTo(modules, 'settings.tab')) {
      check('de', tab.label!);
      check('en', tab.label!);
    }
  });

  it('have unique ids, routes and message namespaces', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(modules.map((module: ModuleManifest) => module.id));
    unique(modules.flatMap((module) => (module.routes ?? []).map((route) => route.path)));
    unique(messageBundles(modules).map((bundle) => bundle.key));
  });
});
