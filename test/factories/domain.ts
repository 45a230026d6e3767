import type {
  ActivityInput,
  ClientInput,
  CompanyProfile,
  ContactInput,
  OpportunityInput,
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
