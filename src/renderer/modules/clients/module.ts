import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { ClientListPage } from './ClientListPage';
import { GlobalClientForm } from './GlobalClientForm';
import {
  activitiesMessages,
  clientsMessages,
  contactsMessages,
  followUpMessages,
} from './messages';

const ClientDetailPage = lazy(() =>
  import('./ClientDetailPage').then((m) => ({ default: m.ClientDetailPage })),
);

/** Clients, their contacts and activities; the start screen (loaded eagerly for a fast start). */
export const clientsModule: ModuleManifest = {
  id: 'clients',
  messages: [clientsMessages, contactsMessages, activitiesMessages, followUpMessages],
  routes: [
    { path: 'clients', area: 'clients', page: ClientListPage },
    { path: 'clients/:clientId', area: 'client', page: ClientDetailPage },
  ],
  nav: { path: '/clients', labelKey: 'nav.clients', shortcut: 'Ctrl+1', order: 10 },
  screenShortcuts: [
    {
      screen: 'clients',
      matches: (pathname) => pathname === '/clients' || pathname === '/clients/',
      rows: [
        { keys: ['↓'], label: 'keyboard.rows.searchToList' },
        { keys: ['↑', '↓'], label: 'keyboard.rows.rows' },
        { keys: ['PageUp', 'PageDown'], label: 'keyboard.rows.pages' },
        { keys: ['Enter'], label: 'keyboard.rows.openRow' },
        { keys: ['Esc'], label: 'keyboard.rows.clearSearch' },
      ],
    },
  ],
  tables: {
    clients: { label: 'sync.tables.clients', fields: ['clients.fields'] },
    contacts: { label: 'sync.tables.contacts', fields: ['contacts.fields'] },
    activities: { label: 'sync.tables.activities', fields: ['activities.fields'] },
  },
  contributes: { 'shell.global': [{ id: 'client-form', order: 10, component: GlobalClientForm }] },
};
