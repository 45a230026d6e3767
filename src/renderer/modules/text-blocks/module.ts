import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { textsMessages } from './messages';

const OfferDocumentsSlot = lazy(() =>
  import('./OfferDocumentsPanel').then((m) => ({ default: m.OfferDocumentsSlot })),
);
const OfferChaptersPanel = lazy(() =>
  import('./OfferChaptersPanel').then((m) => ({ default: m.OfferChaptersPanel })),
);
const TextBlocksPage = lazy(() =>
  import('./TextBlocksPage').then((m) => ({ default: m.TextBlocksPage })),
);

/** The text-block library, an offer's chapters and its archived documents. */
export const textBlocksModule: ModuleManifest = {
  id: 'text-blocks',
  messages: [textsMessages],
  routes: [{ path: 'texts', area: 'texts', page: TextBlocksPage }],
  nav: { path: '/texts', labelKey: 'nav.texts', shortcut: 'Ctrl+6', order: 60 },
  tables: {
    textBlocks: { label: 'sync.tables.textBlocks', fields: ['texts.fields'] },
    offerChapters: { label: 'sync.tables.offerChapters', fields: ['texts.fields'] },
  },
  contributes: {
    'offerEditor.main': [
      { id: 'chapters', order: 10, component: OfferChaptersPanel },
      { id: 'documents', order: 20, component: OfferDocumentsSlot },
    ],
  },
};
