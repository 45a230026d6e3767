import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { LINE_DETAILS_KEYS, OFFER_ASIDE_KEYS } from './line-keys';
import { offerImportMessages } from './import-messages';
import { mailMessages } from './mail-messages';
import { offersMessages } from './messages';

const ClientOffersPanel = lazy(() =>
  import('./ClientOffersPanel').then((m) => ({ default: m.ClientOffersPanel })),
);
const OffersPage = lazy(() => import('./OffersPage').then((m) => ({ default: m.OffersPage })));
const OfferEditorPage = lazy(() =>
  import('./OfferEditorPage').then((m) => ({ default: m.OfferEditorPage })),
);

/** Offers: the list, the editor with revisions and variants, exports, sending. */
export const offersModule: ModuleManifest = {
  id: 'offers',
  messages: [offersMessages, mailMessages, offerImportMessages],
  routes: [
    { path: 'offers', area: 'offers', page: OffersPage },
    { path: 'offers/:offerId', area: 'offer', page: OfferEditorPage },
  ],
  nav: { path: '/offers', labelKey: 'nav.offers', shortcut: 'Ctrl+3', order: 30 },
  screenShortcuts: [
    {
      screen: 'offer',
      matches: (pathname) => /^\/offers\/[^/]+/.test(pathname),
      rows: [
        { keys: ['↓', 'Enter'], label: 'keyboard.rows.nextLine' },
        { keys: ['↑', 'Shift+Enter'], label: 'keyboard.rows.previousLine' },
        { keys: ['Ctrl+Enter'], label: 'keyboard.rows.addLine' },
        { keys: ['Ctrl+D'], label: 'keyboard.rows.duplicateLine' },
        { keys: ['Ctrl+Del'], label: 'keyboard.rows.deleteLine' },
        { keys: ['Alt+↑', 'Alt+↓'], label: 'keyboard.rows.moveLine' },
        { keys: [LINE_DETAILS_KEYS], label: 'keyboard.rows.lineDetails' },
        { keys: ['Esc'], label: 'keyboard.rows.revertCell' },
        { keys: ['Enter'], label: 'keyboard.rows.pickFirst' },
        { keys: [OFFER_ASIDE_KEYS], label: 'keyboard.rows.offerAside' },
      ],
    },
  ],
  tables: {
    offers: { label: 'sync.tables.offers', fields: ['offers.fields', 'offers.columns'] },
    offerSections: { label: 'sync.tables.offerSections', fields: [] },
    offerLines: { label: 'sync.tables.offerLines', fields: ['offers.line'] },
    documents: { label: 'sync.tables.documents', fields: [] },
  },
  contributes: {
    'client.detail': [{ id: 'offers', order: 10, component: ClientOffersPanel }],
  },
};
