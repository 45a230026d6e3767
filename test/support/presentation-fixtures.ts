// Presentations (issue 14): one small world a fair deck draws from, for every helper's tests —
// a company, three priced catalog items, a bundle, a client, a SWOT and a matrix analysis,
// three competitors, a deck and one slide of every kind. Rows are plain, valid domain rows.
import type { Analysis, AnalysisInput, Competitor } from '../../src/shared/domain/analyses';
import { emptyCompetitorInput } from '../../src/shared/domain/analyses';
import type { Bundle, CatalogItem, CatalogItemInput } from '../../src/shared/domain/catalog';
import { emptyCatalogItemInput } from '../../src/shared/domain/catalog';
import type { Client, Contact } from '../../src/shared/domain/client';
import { emptyClientInput } from '../../src/shared/domain/client';
import type { RowMeta } from '../../src/shared/domain/common';
import type {
  Deck,
  Lead,
  LeadConsent,
  Slide,
  SlideInput,
  SlideKind,
} from '../../src/shared/domain/presentations';
import { emptyDeck, emptySlide } from '../../src/shared/domain/presentations';
import type { CompanyProfile } from '../../src/shared/domain/settings';
import { emptyCompanyProfile } from '../../src/shared/domain/settings';
import type { SlideSources } from '../../src/shared/presentations/types';
import { sampleMatrix, sampleNames, sampleSwot } from './analysis-samples';

// Self-contained (no test/factories): both the node and the web test projects compile it.

/** Row fields of a fixture row (fixed times, so nothing depends on today). */
export function fixtureMeta(id: string): RowMeta {
  return {
    id,
    createdAt: '2027-09-01T08:00:00.000Z',
    updatedAt: '2027-09-01T08:00:00.000Z',
    createdBy: 'MM',
    updatedBy: 'MM',
    deleted: false,
  };
}

const row = <T extends object>(id: string, input: T): T & RowMeta => ({
  ...fixtureMeta(id),
  ...input,
});

export const SAMPLE_IDS = {
  deck: 'deck-itsa',
  backup: 'item-backup',
  firewall: 'item-firewall',
  consulting: 'item-consulting',
  bundle: 'bundle-security',
  client: 'client-weber',
  swot: 'analysis-swot',
  matrix: 'analysis-matrix',
  competitors: Object.keys(sampleNames),
} as const;

/** The exhibitor: Muster IT-Beratung GmbH in Düsseldorf, brand blue, no logo. */
export function sampleCompany(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    ...emptyCompanyProfile(),
    name: 'Muster IT-Beratung GmbH',
    street: 'Königsallee 1',
    postalCode: '40212',
    city: 'Düsseldorf',
    managingDirectors: 'Max Mustermann',
    email: 'info@muster-it.example.de',
    phone: '+49 211 987650',
    brandColor: '#1c5d99',
    ...overrides,
  };
}

const items: [string, Partial<CatalogItemInput>][] = [
  [
    SAMPLE_IDS.backup,
    {
      sku: 'MS-BACKUP',
      name: 'Managed Backup',
      kind: 'service',
      unit: 'user',
      billing: 'monthly',
      purchasePrice: '6.10',
      listPrice: '14.90',
      description: 'Tägliche Sicherung mit monatlichem Wiederherstellungstest.',
    },
  ],
  [
    SAMPLE_IDS.firewall,
    {
      sku: 'FW-600',
      name: 'Firewall Appliance FW-600',
      purchasePrice: '2150.00',
      listPrice: '3490.00',
      description: 'Next-Generation-Firewall für Standorte bis 200 Nutzer.',
    },
  ],
  [
    SAMPLE_IDS.consulting,
    {
      sku: 'CONS-PT',
      name: 'NIS2-Beratung',
      kind: 'service',
      unit: 'person-day',
      purchasePrice: '640.00',
      listPrice: '1290.00',
      description: 'Bestandsaufnahme und Maßnahmenplan nach NIS2.',
    },
  ],
];

/** The records of the sample slides (none deleted). */
export function sampleSources(): SlideSources {
  const catalogItems = new Map<string, CatalogItem>(
    items.map(([id, patch]) => [
      id,
      row(id, { ...emptyCatalogItemInput(), kind: 'hardware', unit: 'piece', ...patch }),
    ]),
  );
  const bundle: Bundle = row(SAMPLE_IDS.bundle, {
    name: 'Sicherheitspaket Mittelstand',
    description: 'Firewall und NIS2-Beratung aus einer Hand.',
    items: [
      { catalogItemId: SAMPLE_IDS.firewall, quantity: '2' },
      { catalogItemId: SAMPLE_IDS.consulting, quantity: '3' },
    ],
    active: true,
  });
  const client: Client = row(SAMPLE_IDS.client, {
    ...emptyClientInput(),
    name: 'Spedition Weber GmbH',
    legalForm: 'GmbH',
    industry: 'Logistik',
    street: 'Hafenstraße 12',
    postalCode: '90402',
    city: 'Nürnberg',
  });
  const analyses = new Map<string, Analysis>([
    [SAMPLE_IDS.swot, row(SAMPLE_IDS.swot, sampleSwot() as AnalysisInput)],
    [SAMPLE_IDS.matrix, row(SAMPLE_IDS.matrix, sampleMatrix() as AnalysisInput)],
  ]);
  const competitors = new Map<string, Competitor>(
    Object.entries(sampleNames).map(([id, name], index) => [
      id,
      row(id, {
        ...emptyCompetitorInput(),
        name,
        website: `https://www.${id.replace('comp-', '')}.example`,
        size: 'medium',
        headquarters: 'Dresden',
        strengths: 'Nähe zum Kunden, schnelle Vor-Ort-Einsätze',
        weaknesses: 'Kaum Cloud-Kompetenz',
        pricingModel: 'Tagessätze und Wartungspauschalen',
        notes: 'Intern: verliert oft über den Preis, Rabatte bis 20 %',
        lastVerified: '2027-08-15',
        segment: ['Regionales Systemhaus', 'Cloud-Anbieter', 'IT-Beratung'][index] ?? '',
        priceLevel: (['low', 'medium', 'premium'] as const)[index] ?? '',
        typicalDiscountPct: ['12.5', '8', ''][index] ?? '',
      }),
    ]),
  );
  return {
    company: sampleCompany(),
    catalogItems,
    bundles: new Map([[bundle.id, bundle]]),
    clients: new Map([[client.id, client]]),
    analyses,
    competitors,
  };
}

/** The deck: a German IT fair, prices shown; override any field (e.g. `hidePrices: true`). */
export function sampleDeck(overrides: Partial<Deck> = {}): Deck {
  return {
    ...emptyDeck('de'),
    title: 'Portfolio it-sa 2027',
    fairName: 'it-sa 2027, Nürnberg',
    ...fixtureMeta(SAMPLE_IDS.deck),
    ...overrides,
  };
}

const slidePatches: Record<SlideKind, Partial<SlideInput>> = {
  title: { title: 'Sicher durch NIS2', subtitle: 'it-sa 2027, Halle 7' },
  text: { title: 'Was wir tun', body: '- Betrieb\n- Beratung\n- **Notfallhilfe** rund um die Uhr' },
  'catalog-item': { catalogItemId: SAMPLE_IDS.backup, showPrices: true },
  bundle: { bundleId: SAMPLE_IDS.bundle, showPrices: true },
  reference: {
    clientId: SAMPLE_IDS.client,
    body: 'Backup von 40 Servern in sechs Wochen umgestellt.',
    quote: 'Seitdem schlafen wir ruhiger.',
    quoteAuthor: 'Jonas Weber, IT-Leiter',
  },
  analysis: { analysisId: SAMPLE_IDS.matrix },
  'competitor-comparison': { competitorIds: [...SAMPLE_IDS.competitors], showPrices: true },
  media: {
    title: 'Unser Rechenzentrum',
    mediaSha256: 'c'.repeat(64),
    mediaType: 'image/png',
    mediaName: 'rechenzentrum.png',
    mediaSize: 2048,
  },
  'lead-capture': {},
};

/** One slide of every kind (in slideKinds order), positions a0, a1 …; notes on each. */
export function sampleSlides(deckId: string = SAMPLE_IDS.deck): Slide[] {
  return (Object.keys(slidePatches) as SlideKind[]).map((kind, index) => ({
    ...emptySlide(deckId, kind, `a${index}`),
    notes: `Notiz ${index + 1}: Rabatt bis 10 % möglich.`,
    ...slidePatches[kind],
    ...fixtureMeta(`slide-${index + 1}`),
  }));
}

/** A client row (an existing customer a lead may duplicate); override any field. */
export function sampleClient(id: string, overrides: Partial<Client> = {}): Client {
  return row(id, {
    ...emptyClientInput(),
    name: 'Spedition Weber GmbH',
    legalForm: 'GmbH',
    ...overrides,
  });
}

/** A contact row of `clientId`; override any field. */
export function sampleContact(
  id: string,
  clientId: string,
  overrides: Partial<Contact> = {},
): Contact {
  return row(id, {
    clientId,
    firstName: 'Jonas',
    lastName: 'Weber',
    role: 'IT-Leiter',
    email: 'j.weber@spedition-weber.example.de',
    phone: '',
    primary: true,
    ...overrides,
  });
}

/** A captured lead of the sample deck (new, warm, interested in Managed Backup); override any field. */
export function sampleLead(id: string, overrides: Partial<Lead> = {}): Lead {
  return row(id, {
    deckId: SAMPLE_IDS.deck,
    fairName: 'it-sa 2027, Nürnberg',
    firstName: 'Jonas',
    lastName: 'Weber',
    company: 'Spedition Weber GmbH',
    email: 'j.weber@spedition-weber.example.de',
    phone: '+49 911 123456',
    interestItemIds: [SAMPLE_IDS.backup],
    interestCategories: ['Backup'],
    note: 'Sucht Ersatz für Bandsicherung, 40 Server.',
    rating: 'warm' as const,
    followUpDate: '2027-10-12',
    capturedAt: '2027-10-08T10:30:00.000Z',
    capturedBy: 'MM',
    capturedByName: 'Max Mustermann',
    status: 'new' as const,
    clientId: '',
    contactId: '',
    opportunityId: '',
    activityId: '',
    offerId: '',
    convertedAt: '',
    ...overrides,
  });
}

/**
 * The consent record of `leadId` (notice shown, no newsletter); override any field. The hash
 * is a placeholder: tests of the evidence build it with buildConsent.
 */
export function sampleConsent(leadId: string, overrides: Partial<LeadConsent> = {}): LeadConsent {
  return row(`consent-${leadId}`, {
    leadId,
    deckId: SAMPLE_IDS.deck,
    language: 'de' as const,
    noticeText:
      'Datenschutzhinweise (Art. 13 DSGVO): Verantwortlich ist die Muster IT-Beratung GmbH.',
    noticeSha256: 'f'.repeat(64),
    noticeShownAt: '2027-10-08T10:29:00.000Z',
    capturedAt: '2027-10-08T10:30:00.000Z',
    staffId: 'MM',
    staffName: 'Max Mustermann',
    legalBasis: 'legitimate-interest' as const,
    newsletterOptIn: false,
    newsletterText: '',
    newsletterOptInAt: '',
    ...overrides,
  });
}
