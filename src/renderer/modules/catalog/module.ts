import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { catalogMessages } from './messages';

const CatalogPage = lazy(() => import('./CatalogPage').then((m) => ({ default: m.CatalogPage })));

/** The catalog: items, bundles and the rate card, with the import wizard. */
export const catalogModule: ModuleManifest = {
  id: 'catalog',
  messages: [catalogMessages],
  routes: [{ path: 'catalog', area: 'catalog', page: CatalogPage }],
  nav: { path: '/catalog', labelKey: 'nav.catalog', shortcut: 'Ctrl+4', order: 40 },
  screenShortcuts: [
    {
      screen: 'catalog',
      matches: (pathname) => pathname.startsWith('/catalog'),
      rows: [
        { keys: ['↑', '↓'], label: 'keyboard.rows.rows' },
        { keys: ['PageUp', 'PageDown'], label: 'keyboard.rows.pages' },
        { keys: ['Enter'], label: 'keyboard.rows.openRow' },
        { keys: ['Esc'], label: 'keyboard.rows.clearSearch' },
      ],
    },
  ],
  tables: {
    catalogItems: { label: 'sync.tables.catalogItems', fields: ['catalog.fields'] },
    bundles: { label: 'sync.tables.bundles', fields: ['catalog.bundles.fields'] },
    roles: { label: 'sync.tables.roles', fields: ['catalog.roles.fields'] },
  },
};
