import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { LossPromptHost } from './LossPromptHost';
import { opportunitiesMessages, pipelineMessages } from './messages';

const OpportunitiesPanel = lazy(() =>
  import('./OpportunitiesPanel').then((m) => ({ default: m.OpportunitiesPanel })),
);
const PipelinePage = lazy(() =>
  import('./PipelinePage').then((m) => ({ default: m.PipelinePage })),
);

/** Opportunities on the pipeline board, and on their client's page. */
export const pipelineModule: ModuleManifest = {
  id: 'pipeline',
  messages: [opportunitiesMessages, pipelineMessages],
  routes: [{ path: 'pipeline', area: 'pipeline', page: PipelinePage }],
  nav: { path: '/pipeline', labelKey: 'nav.pipeline', shortcut: 'Ctrl+2', order: 20 },
  screenShortcuts: [
    {
      screen: 'pipeline',
      matches: (pathname) => pathname.startsWith('/pipeline'),
      rows: [
        { keys: ['Enter', 'Space'], label: 'keyboard.rows.openCard' },
        { keys: ['Alt+←', 'Alt+→'], label: 'keyboard.rows.moveCardStage' },
        { keys: ['Alt+↑', 'Alt+↓'], label: 'keyboard.rows.moveCardOrder' },
      ],
    },
  ],
  tables: {
    opportunities: { label: 'sync.tables.opportunities', fields: ['opportunities.fields'] },
  },
  contributes: {
    'client.detail': [{ id: 'opportunities', order: 20, component: OpportunitiesPanel }],
    // Tiny and always mounted: the loss form of an opportunity that has just been lost.
    'shell.global': [{ id: 'loss-prompt', order: 20, component: LossPromptHost }],
  },
};
