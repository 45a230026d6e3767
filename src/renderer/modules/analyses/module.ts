import { lazy } from 'react';
import type { ModuleManifest } from '../../app/module-types';
import { analysisEditorMessages } from './editors/messages';
import { analysesMessages } from './messages';

const CompetitorsPage = lazy(() =>
  import('./CompetitorsPage').then((m) => ({ default: m.CompetitorsPage })),
);
const CompetitorDetailPage = lazy(() =>
  import('./CompetitorDetailPage').then((m) => ({ default: m.CompetitorDetailPage })),
);
const WinLossPage = lazy(() => import('./WinLossPage').then((m) => ({ default: m.WinLossPage })));
const PriceObservationsPage = lazy(() =>
  import('./PriceObservationsPage').then((m) => ({ default: m.PriceObservationsPage })),
);

const AnalysesPage = lazy(() =>
  import('./editors/AnalysesPage').then((m) => ({ default: m.AnalysesPage })),
);
const AnalysisEditorPage = lazy(() =>
  import('./editors/AnalysisEditorPage').then((m) => ({ default: m.AnalysisEditorPage })),
);
const WhyUsPanel = lazy(() =>
  import('./editors/WhyUsPanel').then((m) => ({ default: m.WhyUsPanel })),
);
const CompetitionAside = lazy(() =>
  import('./CompetitionAside').then((m) => ({ default: m.CompetitionAside })),
);
const LinePriceIntel = lazy(() =>
  import('./LinePriceIntel').then((m) => ({ default: m.LinePriceIntel })),
);
const OpportunityCompetitors = lazy(() =>
  import('./OpportunityCompetitors').then((m) => ({ default: m.OpportunityCompetitors })),
);
const LossFormModal = lazy(() =>
  import('./LossFormModal').then((m) => ({ default: m.LossFormModal })),
);

/**
 * Competition (issue 12): competitors with battlecards, attachments and observed prices,
 * win/loss from the pipeline, the analyses; panels in the offer editor and on opportunities.
 */
export const analysesModule: ModuleManifest = {
  id: 'analyses',
  messages: [analysesMessages, analysisEditorMessages],
  routes: [
    { path: 'competitors', area: 'competitors', page: CompetitorsPage },
    // Static segments rank before the parameter in react-router; competitor ids are UUIDs.
    { path: 'competitors/win-loss', area: 'competitors', page: WinLossPage },
    { path: 'competitors/prices', area: 'competitors', page: PriceObservationsPage },
    { path: 'competitors/:competitorId', area: 'competitor', page: CompetitorDetailPage },
    { path: 'analyses', area: 'analyses', page: AnalysesPage },
    { path: 'analyses/:analysisId', area: 'analysis', page: AnalysisEditorPage },
  ],
  nav: { path: '/competitors', labelKey: 'analyses.nav', shortcut: 'Ctrl+7', order: 65 },
  tables: {
    competitors: { label: 'analyses.tables.competitors', fields: ['analyses.fields'] },
    competitorAttachments: {
      label: 'analyses.tables.competitorAttachments',
      fields: ['analyses.attachments.fields'],
    },
    battlecards: { label: 'analyses.tables.battlecards', fields: ['analyses.battlecard.fields'] },
    priceObservations: {
      label: 'analyses.tables.priceObservations',
      fields: ['analyses.prices.fields'],
    },
    analyses: { label: 'analyses.tables.analyses', fields: ['analyses.analysisFields'] },
  },
  contributes: {
    'offerEditor.main': [{ id: 'why-us', order: 30, component: WhyUsPanel }],
    'offerEditor.aside': [
      {
        id: 'competition',
        order: 10,
        label: 'analyses.aside.title',
        component: CompetitionAside,
      },
    ],
    'offerEditor.lineDetail': [{ id: 'price-intel', order: 10, component: LinePriceIntel }],
    'opportunity.detail': [{ id: 'competitors', order: 10, component: OpportunityCompetitors }],
    'opportunity.lost': [{ id: 'loss-form', order: 10, component: LossFormModal }],
  },
};
