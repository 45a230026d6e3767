/** UI texts of the pipeline area, merged into i18n under `opportunities` and `pipeline`. */
import { defineMessages } from '../../i18n/define-messages';

/** Opportunities: the form, the stages and the list on a client. */
const opportunitiesDe = {
  title: 'Verkaufschancen',
  new: 'Verkaufschance anlegen',
  empty: 'Noch keine Verkaufschancen.',
  stages: {
    lead: 'Lead',
    qualified: 'Qualifiziert',
    proposal: 'Angebot',
    negotiation: 'Verhandlung',
    won: 'Gewonnen',
    lost: 'Verloren',
  },
  fields: {
    title: 'Titel',
    stage: 'Phase',
    estimatedValue: 'Geschätzter Wert (€)',
    probability: 'Wahrscheinlichkeit (%)',
    expectedCloseDate: 'Erwarteter Abschluss',
    lostReason: 'Verlustgrund',
    client: 'Kunde',
    competitorIds: 'Wettbewerber im Spiel',
    incumbentId: 'Bestandsanbieter',
    lossReason: 'Verlustgrund (Kategorie)',
    lostToCompetitorId: 'Verloren an',
    lostToPrice: 'Preis des Wettbewerbers',
    lostPriceGapPct: 'Preisabstand (%)',
  },
  editTitle: 'Verkaufschance bearbeiten',
};

const opportunitiesEn = {
  title: 'Opportunities',
  new: 'Add opportunity',
  empty: 'No opportunities yet.',
  stages: {
    lead: 'Lead',
    qualified: 'Qualified',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    won: 'Won',
    lost: 'Lost',
  },
  fields: {
    title: 'Title',
    stage: 'Stage',
    estimatedValue: 'Estimated value (€)',
    probability: 'Probability (%)',
    expectedCloseDate: 'Expected close',
    lostReason: 'Lost reason',
    client: 'Client',
    competitorIds: 'Competitors in play',
    incumbentId: 'Incumbent',
    lossReason: 'Loss reason (category)',
    lostToCompetitorId: 'Lost to',
    lostToPrice: "Competitor's price",
    lostPriceGapPct: 'Price gap (%)',
  },
  editTitle: 'Edit opportunity',
};

export const opportunitiesMessages = defineMessages(
  'opportunities',
  opportunitiesDe,
  opportunitiesEn,
);

/** The pipeline board. */
const pipelineDe = {
  title: 'Pipeline',
  total: 'Summe',
  weighted: 'Gewichtet',
  weightedTotal: 'Gewichtete Pipeline (offen)',
  emptyColumn: 'Keine Einträge',
  emptyTitle: 'Noch keine Verkaufschancen',
  emptyText: 'Verkaufschancen legen Sie beim Kunden an.',
  moveHint: 'Karten ziehen oder mit Alt+Pfeiltasten verschieben.',
  moved: '„{{title}}“ nach {{stage}} verschoben',
};

const pipelineEn = {
  title: 'Pipeline',
  total: 'Total',
  weighted: 'Weighted',
  weightedTotal: 'Weighted pipeline (open)',
  emptyColumn: 'Nothing here',
  emptyTitle: 'No opportunities yet',
  emptyText: 'Opportunities are created on a client.',
  moveHint: 'Drag cards or move them with Alt+arrow keys.',
  moved: '“{{title}}” moved to {{stage}}',
};

export const pipelineMessages = defineMessages('pipeline', pipelineDe, pipelineEn);
