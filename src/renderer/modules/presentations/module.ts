import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { presentationExportMessages } from './export/messages';
import { kioskMessages } from './kiosk/messages';
import { leadMessages } from './leads/messages';
import { presentationsMessages } from './messages';
import { presentMessages } from './present/messages';
import { slideMessages } from './slide/messages';

const DecksPage = lazy(() => import('./DecksPage').then((m) => ({ default: m.DecksPage })));
const DeckEditorPage = lazy(() =>
  import('./DeckEditorPage').then((m) => ({ default: m.DeckEditorPage })),
);
const LeadsPage = lazy(() => import('./leads').then((m) => ({ default: m.LeadsPage })));
const PresenterPage = lazy(() => import('./present').then((m) => ({ default: m.PresenterPage })));
const AudiencePage = lazy(() => import('./present').then((m) => ({ default: m.AudiencePage })));

/**
 * Presentations for trade fairs (issue 14): decks of slides built from the catalog, analyses and
 * references (the editor here), presenting them with an audience window and an attract loop
 * (present/, slide/), the kiosk lock (kiosk/), leads captured at the booth (leads/), and the
 * PDF/PowerPoint/lead exports (export/).
 */
export const presentationsModule: ModuleManifest = {
  id: 'presentations',
  messages: [
    presentationsMessages,
    slideMessages,
    presentMessages,
    kioskMessages,
    leadMessages,
    presentationExportMessages,
  ],
  routes: [
    { path: 'presentations', area: 'presentations', page: DecksPage },
    // Static segments rank before the parameter in react-router; deck ids are UUIDs.
    { path: 'presentations/leads', area: 'leads', page: LeadsPage },
    { path: 'presentations/:deckId', area: 'deck', page: DeckEditorPage },
    // Full screen, outside the window frame: the presenter on the laptop, the audience window.
    { path: '/present/:deckId', area: 'present', page: PresenterPage, frame: false },
    { path: '/audience/:deckId', area: 'audience', page: AudiencePage, frame: false },
  ],
  nav: { path: '/presentations', labelKey: 'presentations.nav', shortcut: 'Ctrl+9', order: 68 },
  screenShortcuts: [
    {
      screen: 'deck',
      matches: (pathname) => /^\/presentations\/(?!leads$)[^/]+$/.test(pathname),
      rows: [
        { keys: ['Alt+↑', 'Alt+↓'], label: 'presentations.slides.moveKeys' },
        { keys: ['↑', '↓'], label: 'presentations.slides.selectKeys' },
        { keys: ['Del'], label: 'presentations.slides.deleteKey' },
        { keys: ['F5'], label: 'presentations.slides.presentKey' },
      ],
    },
  ],
  tables: {
    decks: { label: 'presentations.tables.decks', fields: ['presentations.fields'] },
    slides: { label: 'presentations.tables.slides', fields: ['presentations.fields'] },
    leads: { label: 'presentations.tables.leads', fields: ['presentations.fields'] },
    leadConsents: { label: 'presentations.tables.leadConsents', fields: ['presentations.fields'] },
  },
};
