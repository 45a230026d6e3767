import type { AnalysisInput } from '../../src/shared/domain/analyses';
import { SELF_ID } from '../../src/shared/domain/analyses';

// One realistic analysis of each kind, as a German IT consultancy would keep them, for the
// chart, slide and document tests (issue 12).

const base = {
  subject: 'company',
  clientId: '',
  opportunityId: '',
  notes: 'Intern: Preisnachlass bis 12 % freigegeben',
} as const;

export const sampleNames: Record<string, string> = {
  'comp-nordlicht': 'Nordlicht IT',
  'comp-datawerk': 'Datawerk Systems',
  'comp-kontor': 'Kontor Consulting',
};

export const sampleSwot = (): AnalysisInput => ({
  ...base,
  kind: 'swot',
  title: 'SWOT Rechenzentrumsbetrieb',
  strengths: ['Zertifizierte Techniker vor Ort', 'Eigenes Rechenzentrum in Bielefeld'],
  weaknesses: ['Kleines Vertriebsteam', 'Wenig Cloud-Referenzen'],
  opportunities: ['NIS2-Pflichten im Mittelstand', 'Auslaufende Windows-10-Lizenzen'],
  threats: ['Hyperscaler mit Kampfpreisen', 'Fachkräftemangel'],
  strategies: {
    so: ['NIS2-Check als Einstiegsangebot mit eigenen Technikern'],
    st: ['Betrieb vor Ort gegen Hyperscaler positionieren'],
    wo: ['Cloud-Referenzen über Migrationsprojekte aufbauen'],
    wt: ['Partnerschaft für Bereitschaftsdienst'],
  },
});

export const sampleFiveForces = (): AnalysisInput => ({
  ...base,
  kind: 'five-forces',
  title: 'Branche Managed Services OWL',
  forces: {
    rivalry: { rating: 4, reason: 'Viele regionale Systemhäuser' },
    threatOfNewEntrants: { rating: 2, reason: 'Zertifizierungen sind eine Hürde' },
    threatOfSubstitutes: { rating: 3, reason: 'Cloud-Dienste ersetzen Betrieb' },
    buyerPower: { rating: 4, reason: 'Ausschreibungen mit drei Angeboten' },
    supplierPower: { rating: 2, reason: '' },
  },
});

export const sampleMatrix = (): AnalysisInput => ({
  ...base,
  kind: 'competitor-matrix',
  title: 'Wettbewerbsmatrix Firewall-Projekt',
  criteria: [
    { id: 'crit-price', name: 'Preis', weightPct: '30' },
    { id: 'crit-service', name: 'Service vor Ort', weightPct: '25' },
    { id: 'crit-know', name: 'Fachkompetenz', weightPct: '25' },
    { id: 'crit-ref', name: 'Referenzen', weightPct: '20' },
  ],
  participants: [SELF_ID, 'comp-nordlicht', 'comp-datawerk', 'comp-kontor'],
  scores: {
    [SELF_ID]: { 'crit-price': 3, 'crit-service': 5, 'crit-know': 4, 'crit-ref': 4 },
    'comp-nordlicht': { 'crit-price': 4, 'crit-service': 3, 'crit-know': 4, 'crit-ref': 3 },
    'comp-datawerk': { 'crit-price': 5, 'crit-service': 2, 'crit-know': 3, 'crit-ref': 3 },
    'comp-kontor': { 'crit-price': 2, 'crit-service': 4, 'crit-know': 5, 'crit-ref': 5 },
  },
});

export const samplePositioning = (): AnalysisInput => ({
  ...base,
  kind: 'positioning',
  title: 'Preis-Leistung Managed Firewall',
  positions: [
    { competitorId: SELF_ID, priceIndex: '105', performanceScore: '78', marketSharePct: '12' },
    {
      competitorId: 'comp-nordlicht',
      priceIndex: '95',
      performanceScore: '62',
      marketSharePct: '20',
    },
    {
      competitorId: 'comp-datawerk',
      priceIndex: '80',
      performanceScore: '48',
      marketSharePct: '30',
    },
    { competitorId: 'comp-kontor', priceIndex: '125', performanceScore: '85', marketSharePct: '8' },
  ],
});

export const sampleMarketSize = (): AnalysisInput => ({
  ...base,
  kind: 'market-size',
  title: 'Markt Managed Security OWL',
  market: {
    customers: '4850',
    revenuePerCustomer: '18333.33',
    samPct: '37.5',
    somPct: '6.25',
    currency: 'EUR',
  },
});

export const samplePortfolio = (): AnalysisInput => ({
  ...base,
  kind: 'portfolio',
  title: 'Portfolio 2027',
  portfolio: [
    {
      id: 'p-fw',
      catalogItemId: '',
      name: 'Managed Firewall',
      marketGrowthPct: '14',
      relativeMarketShare: '1.4',
      revenue: '820000',
    },
    {
      id: 'p-backup',
      catalogItemId: '',
      name: 'Backup as a Service',
      marketGrowthPct: '4.5',
      relativeMarketShare: '1.8',
      revenue: '1250000',
    },
    {
      id: 'p-soc',
      catalogItemId: '',
      name: 'SOC-Überwachung',
      marketGrowthPct: '22',
      relativeMarketShare: '0.4',
      revenue: '310000',
    },
    {
      id: 'p-print',
      catalogItemId: '',
      name: 'Druckerwartung',
      marketGrowthPct: '-3',
      relativeMarketShare: '0.6',
      revenue: '190000',
    },
  ],
});

/** One sample of every kind, in the domain's order. */
export const sampleAnalyses = (): AnalysisInput[] => [
  sampleSwot(),
  sampleFiveForces(),
  sampleMatrix(),
  samplePositioning(),
  sampleMarketSize(),
  samplePortfolio(),
];
