import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { syncMessages } from './messages';
import { SyncStatusBadge } from './SyncStatusBadge';

const SyncSettings = lazy(() =>
  import('./SyncSettings').then((m) => ({ default: m.SyncSettings })),
);
const ConflictsPage = lazy(() =>
  import('./ConflictsPage').then((m) => ({ default: m.ConflictsPage })),
);

/** Team sync: its settings tab, the header badge and the conflicts page. */
export const syncModule: ModuleManifest = {
  id: 'sync',
  messages: [syncMessages],
  routes: [{ path: 'sync/conflicts', area: 'conflicts', page: ConflictsPage }],
  contributes: {
    'settings.tab': [
      { id: 'sync', order: 40, label: 'sync.settings.title', component: SyncSettings },
    ],
    'shell.header': [{ id: 'sync-status', order: 20, component: SyncStatusBadge }],
  },
};
