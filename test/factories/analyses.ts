import { SELF_ID, emptyCompetitorInput } from '../../src/shared/domain/analyses';
import type {
  AnalysisInput,
  AnalysisKind,
  BattlecardInput,
  CompetitorInput,
  PriceObservationInput,
} from '../../src/shared/domain/analyses';

/** A valid competitor input (a regional system house); override any field. */
export function makeCompetitorInput(overrides: Partial<CompetitorInput> = {}): CompetitorInput {
  return {
    ...emptyCompetitorInput(),
    name: 'Elbtal Systemhaus GmbH',
    website: 'https://www.elbtal-systemhaus.example',
    segment: 'Regionales Systemhaus',
    size: 'medium',
    headquarters: 'Dresden',
    strengths: 'Nähe zum Kunden, schnelle Vor-Ort-Einsätze',
    weaknesses: 'Kaum Cloud-Kompetenz',
    pricingModel: 'Tagessätze und Wartungspauschalen',
    priceLevel: 'low',
    typicalDiscountPct: '12.5',
    marketSharePct: '4',
    notes: '',
    lastVerified: '2026-10-15',
    ...overrides,
  };
}

/** A valid battlecard input of `competitorId` with two objections; override any field. */
export function makeBattlecardInput(
  competitorId: string,
  overrides: Partial<BattlecardInput> = {},
): BattlecardInput {
  return {
    competitorId,
    objections: [
      {
        objection: 'Elbtal ist 20 % günstiger.',
        answer: 'Rechnen Sie den Betrieb über drei Jahre: **Festpreise** statt Stundenzetteln.',
      },
      {
        objection: 'Die sind vor Ort.',
        answer: 'Unser Service-Team ist in 4 Stunden beim Kunden.',
      },
    ],
    differentiators: '- 24/7-Betrieb mit eigenem Rechenzentrum\n- Zertifiziert nach ISO 27001',
    traps: '- Fragen Sie nach Referenzen für Cloud-Migrationen.',
    landmines: '- Nicht über den Preis pro Stunde diskutieren.',
    proofPoints: '- Hanseatische Kühllogistik: Migration ohne Ausfall',
    lastVerified: '2026-10-15',
    ...overrides,
  };
}

/** A valid manual price observation of `competitorId` for a category; override any field. */
export function makePriceObservationInput(
  competitorId: string,
  overrides: Partial<PriceObservationInput> = {},
): PriceObservationInput {
  return {
    competitorId,
    catalogItemId: '',
    category: 'service',
    price: '1150.00',
    currency: 'EUR',
    observedOn: '2026-09-30',
    source: 'manual',
    sourceNote: 'Preisliste vom Messestand',
    opportunityId: '',
    ...overrides,
  };
}

/**
 * A valid analysis of `kind` about the own company, with data of that kind; a matrix or a
 * positioning compares `competitorIds` (default none) with SELF_ID. Override any field.
 */
export function makeAnalysisInput(
  kind: AnalysisKind,
  overrides: Partial<AnalysisInput> = {},
  competitorIds: readonly string[] = [],
): AnalysisInput {
  const base = {
    kind,
    title: `Analyse ${kind}`,
    subject: 'company' as const,
    clientId: '',
    opportunityId: '',
    notes: '',
  };
  const participants = [SELF_ID, ...competitorIds];
  const byKind: Record<AnalysisKind, Partial<AnalysisInput>> = {
    swot: {
      strengths: ['Eigenes Rechenzentrum in Hamburg'],
      weaknesses: ['Wenig Präsenz in Süddeutschland'],
      opportunities: ['NIS2 zwingt den Mittelstand zu Sicherheitsprojekten'],
      threats: ['Offshore-Anbieter mit niedrigen Tagessätzen'],
      strategies: { so: ['Sicherheitspakete für NIS2'], st: [], wo: [], wt: [] },
    },
    'five-forces': {
      forces: {
        rivalry: { rating: 4, reason: 'Viele Systemhäuser' },
        threatOfNewEntrants: { rating: 2, reason: '' },
        threatOfSubstitutes: { rating: 3, reason: 'SaaS ersetzt Betrieb' },
        buyerPower: { rating: 4, reason: '' },
        supplierPower: { rating: 2, reason: '' },
      },
    },
    'competitor-matrix': {
      criteria: [
        { id: 'price', name: 'Preis', weightPct: '40' },
        { id: 'quality', name: 'Qualität', weightPct: '35' },
        { id: 'service', name: 'Service', weightPct: '25' },
      ],
      participants,
      scores: Object.fromEntries(
        participants.map((id, index) => [
          id,
          { price: 3, quality: index === 0 ? 5 : 3, service: index === 0 ? 4 : 2 },
        ]),
      ),
    },
    positioning: {
      positions: participants.map((competitorId, index) => ({
        competitorId,
        priceIndex: String(100 + index * 10),
        performanceScore: String(80 - index * 5),
        marketSharePct: String(5 + index),
      })),
    },
    'market-size': {
      market: {
        customers: '4200',
        revenuePerCustomer: '85000.00',
        samPct: '35',
        somPct: '8',
        currency: 'EUR',
      },
    },
    portfolio: {
      portfolio: [
        {
          id: 'managed-firewall',
          catalogItemId: '',
          name: 'Managed Firewall',
          marketGrowthPct: '12.5',
          relativeMarketShare: '1.4',
          revenue: '420000.00',
        },
      ],
    },
  };
  return { ...base, ...byKind[kind], ...overrides };
}
