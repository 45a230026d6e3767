import type {
  ActivityInput,
  BundleInput,
  CatalogItemInput,
  ClientInput,
  CompanyProfile,
  ContactInput,
  DocumentKind,
  OfferInput,
  OfferLineInput,
  OfferSettings,
  OpportunityInput,
  RoleInput,
  TextBlockInput,
  UserProfile,
} from '../../src/shared/domain';

/** A valid client input; override any field. */
export function makeClientInput(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    name: 'Rheinland Logistik',
    legalForm: 'GmbH',
    industry: 'Logistik',
    size: '50-249',
    website: 'https://rheinland-logistik.example.de',
    street: 'Hafenstraße 12',
    postalCode: '50667',
    city: 'Köln',
    country: 'DE',
    vatId: '',
    language: 'de',
    currency: 'EUR',
    tags: ['logistik', 'bestand'],
    notes: '',
    ...overrides,
  };
}

/** A valid contact input of `clientId`; override any field. */
export function makeContactInput(
  clientId: string,
  overrides: Partial<ContactInput> = {},
): ContactInput {
  return {
    clientId,
    firstName: 'Anna',
    lastName: 'Schmidt',
    role: 'IT-Leiterin',
    email: 'anna.schmidt@rheinland-logistik.example.de',
    phone: '',
    primary: false,
    ...overrides,
  };
}

/** A valid activity input of `clientId`; override any field. */
export function makeActivityInput(
  clientId: string,
  overrides: Partial<ActivityInput> = {},
): ActivityInput {
  return {
    clientId,
    kind: 'call',
    date: '2026-11-27',
    summary: 'Bedarf für neue Lagerverwaltung besprochen',
    ...overrides,
  };
}

/** A valid opportunity input of `clientId` without position (the repository appends it); override any field. */
export function makeOpportunityInput(
  clientId: string,
  overrides: Partial<OpportunityInput> = {},
): Omit<OpportunityInput, 'position'> & { position?: string } {
  return {
    clientId,
    title: 'WMS-Einführung',
    stage: 'lead',
    estimatedValue: '48000.00',
    probability: 10,
    expectedCloseDate: '2027-03-31',
    lostReason: '',
    ...overrides,
  };
}

/** A valid company profile; override any field. */
export function makeCompanyProfile(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    name: 'Muster IT-Beratung GmbH',
    street: 'Königsallee 1',
    postalCode: '40212',
    city: 'Düsseldorf',
    country: 'DE',
    vatId: '',
    taxNumber: '',
    commercialRegister: '',
    managingDirectors: 'Max Mustermann',
    bankName: '',
    iban: '',
    bic: '',
    email: 'info@muster-it.example.de',
    phone: '',
    website: '',
    logo: '',
    brandColor: '#1c5d99',
    ...overrides,
  };
}

/** A valid user profile; override any field. */
export function makeUserProfile(overrides: Partial<UserProfile> = {}): UserProfile {
  return {
    name: 'Max Mustermann',
    position: 'Vertrieb',
    email: '',
    phone: '',
    initials: 'MM',
    ...overrides,
  };
}

function withoutKeys<T extends object, K extends keyof T>(value: T, keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

type WorkspaceClient = ClientInput & {
  contacts: Omit<ContactInput, 'clientId'>[];
  activities: Omit<ActivityInput, 'clientId'>[];
  opportunities: Omit<OpportunityInput, 'clientId' | 'position'>[];
};

/** A workspace file (the shape of resources/demo/workspace.de.json) with `clientCount` clients. */
export function makeWorkspaceFile(clientCount = 2): {
  company: CompanyProfile;
  clients: WorkspaceClient[];
} {
  const contact = withoutKeys(makeContactInput(''), ['clientId']);
  const activity = withoutKeys(makeActivityInput(''), ['clientId']);
  const opportunity = withoutKeys(makeOpportunityInput(''), ['clientId', 'position']);
  return {
    company: makeCompanyProfile(),
    clients: Array.from({ length: clientCount }, (_, index) => ({
      ...makeClientInput({ name: `Kunde ${index + 1}` }),
      contacts: [
        { ...contact, primary: true },
        { ...contact, lastName: 'Weber' },
      ],
      activities: [{ ...activity }],
      opportunities: [{ ...opportunity }],
    })),
  };
}

/** A valid catalog item input (a hardware item); override any field. */
export function makeCatalogItemInput(overrides: Partial<CatalogItemInput> = {}): CatalogItemInput {
  return {
    sku: 'SRV-R450',
    name: 'Server R450',
    kind: 'hardware',
    unit: 'piece',
    purchasePrice: '3200.00',
    listPrice: '4290.00',
    currency: 'EUR',
    vatPct: '19',
    billing: 'one-time',
    description: '2 HE Rack-Server, 2× Xeon, 128 GB RAM',
    roleId: '',
    datasheetSha256: '',
    datasheetName: '',
    active: true,
    ...overrides,
  };
}

/** A valid bundle of the given catalog items (quantity 1 each); override any field. */
export function makeBundleInput(
  catalogItemIds: string[],
  overrides: Partial<BundleInput> = {},
): BundleInput {
  return {
    name: 'Serverpaket',
    description: '',
    items: catalogItemIds.map((catalogItemId) => ({ catalogItemId, quantity: '1' })),
    active: true,
    ...overrides,
  };
}

/** A valid rate-card role; override any field. */
export function makeRoleInput(overrides: Partial<RoleInput> = {}): RoleInput {
  return {
    name: 'Senior Consultant',
    dayRate: '1200.00',
    costPerDay: '640.00',
    currency: 'EUR',
    active: true,
    ...overrides,
  };
}

/** A valid offer input of `clientId` (EUR, German); override any field. */
export function makeOfferInput(clientId: string, overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    clientId,
    opportunityId: '',
    title: 'Lagerverwaltung: Server und Einführung',
    date: '2026-11-28',
    validUntil: '2026-12-28',
    currency: 'EUR',
    exchangeRate: '',
    language: 'de',
    paymentTermsDays: 14,
    cashDiscountPct: '2',
    cashDiscountDays: 7,
    termMonths: 36,
    discountPct: '',
    reverseCharge: false,
    customerView: false,
    notes: '',
    ...overrides,
  };
}

/** A valid new offer line (no position/originId: the repository assigns them); override any field. */
export function makeOfferLineInput(
  offerId: string,
  sectionId: string,
  overrides: Partial<Omit<OfferLineInput, 'position' | 'originId'>> = {},
): Omit<OfferLineInput, 'position' | 'originId'> {
  return {
    offerId,
    sectionId,
    catalogItemId: '',
    roleId: '',
    name: 'Server R450',
    description: '',
    quantity: '2',
    unit: 'piece',
    unitPrice: '4290.00',
    discountPct: '',
    vatPct: '19',
    billing: 'one-time',
    unitCost: '3200.00',
    kind: 'normal',
    replacesOriginId: '',
    estimate: null,
    ...overrides,
  };
}

/** Valid offer settings (the defaults); override any field. */
export function makeOfferSettings(overrides: Partial<OfferSettings> = {}): OfferSettings {
  return {
    numberScheme: 'A-{YYYY}-{initials}-{seq:4}',
    defaultValidityDays: 30,
    defaultPaymentTermsDays: 14,
    defaultTermMonths: 36,
    minMarginPct: '20',
    exchangeRates: { CHF: '0.94', USD: '1.08', GBP: '0.85' },
    ...overrides,
  };
}

/** A valid German text block (management summary with a heading, bullets and placeholders); override any field. */
export function makeTextBlockInput(overrides: Partial<TextBlockInput> = {}): TextBlockInput {
  return {
    title: 'Management Summary',
    body: [
      '# Management Summary',
      '',
      '{{client.name}} modernisiert die Lagerverwaltung. **{{company.name}}** übernimmt:',
      '',
      '- Planung und Migration',
      '- Schulung der Key-User',
    ].join('\n'),
    language: 'de',
    tags: ['standard'],
    chapter: 'summary',
    active: true,
    ...overrides,
  };
}

/** A valid document to archive on `offerId` (revision 1, a small xlsx-typed payload); override any field. */
export function makeDocumentArchiveInput(
  offerId: string,
  overrides: Partial<{
    revision: number;
    kind: DocumentKind;
    name: string;
    internal: boolean;
    mimeType: string;
    data: Uint8Array;
  }> = {},
) {
  return {
    offerId,
    revision: 1,
    kind: 'xlsx' as DocumentKind,
    name: 'A-2026-MM-0001 Rheinland Logistik.xlsx',
    internal: false,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: new TextEncoder().encode('PK Angebot'),
    ...overrides,
  };
}
