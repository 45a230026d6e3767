import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { contractExportMessages } from './export/messages';
import { contractsMessages } from './messages';
import { contractReviewMessages } from './review/messages';

const ContractsPage = lazy(() =>
  import('./ContractsPage').then((m) => ({ default: m.ContractsPage })),
);
const ClauseLibraryPage = lazy(() =>
  import('./ClauseLibraryPage').then((m) => ({ default: m.ClauseLibraryPage })),
);
const ContractEditorPage = lazy(() =>
  import('./ContractEditorPage').then((m) => ({ default: m.ContractEditorPage })),
);
const ClientContractsPanel = lazy(() =>
  import('./ClientContractsPanel').then((m) => ({ default: m.ClientContractsPanel })),
);

/**
 * Contracts (issue 13): drafts from an offer with clauses from the library, negotiation
 * positions, variables, SLA and term; revisions, redline and signing on site (review/), Word and
 * PDF (export/); the client's contracts on the client page.
 */
export const contractsModule: ModuleManifest = {
  id: 'contracts',
  messages: [contractsMessages, contractReviewMessages, contractExportMessages],
  routes: [
    { path: 'contracts', area: 'contracts', page: ContractsPage },
    // Static segments rank before the parameter in react-router; contract ids are UUIDs.
    { path: 'contracts/library', area: 'contracts', page: ClauseLibraryPage },
    { path: 'contracts/:contractId', area: 'contract', page: ContractEditorPage },
  ],
  nav: { path: '/contracts', labelKey: 'contracts.nav', shortcut: 'Ctrl+8', order: 67 },
  screenShortcuts: [
    {
      screen: 'contract',
      matches: (pathname) => /^\/contracts\/(?!library$)[^/]+$/.test(pathname),
      rows: [{ keys: ['Alt+↑', 'Alt+↓'], label: 'contracts.clauses.moveKeys' }],
    },
  ],
  tables: {
    contractClauses: { label: 'contracts.tables.contractClauses', fields: ['contracts.fields'] },
    contracts: { label: 'contracts.tables.contracts', fields: ['contracts.fields'] },
    contractRevisions: {
      label: 'contracts.tables.contractRevisions',
      fields: ['contracts.fields'],
    },
    contractRevisionClauses: {
      label: 'contracts.tables.contractRevisionClauses',
      fields: ['contracts.fields'],
    },
    contractSignatures: {
      label: 'contracts.tables.contractSignatures',
      fields: ['contracts.fields'],
    },
  },
  contributes: {
    'client.detail': [{ id: 'contracts', order: 30, component: ClientContractsPanel }],
  },
};
