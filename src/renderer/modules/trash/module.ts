import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { trashMessages } from './messages';

const TrashPage = lazy(() => import('./TrashPage').then((m) => ({ default: m.TrashPage })));

/** The Papierkorb: deleted records of every area, to restore. */
export const trashModule: ModuleManifest = {
  id: 'trash',
  messages: [trashMessages],
  routes: [
    { path: 'trash', area: 'trash', redirect: '/trash/clients' },
    { path: 'trash/:area', area: 'trash', page: TrashPage },
  ],
  nav: { path: '/trash', labelKey: 'nav.trash', order: 80 },
};
