import type { ClientInput, ContactInput, OfferLineInput } from '../../src/shared/domain';

const prefixes = [
  'Nord',
  'Süd',
  'Rhein',
  'Elb',
  'Alpen',
  'Hanse',
  'Main',
  'Ruhr',
  'Spree',
  'Isar',
  'Weser',
  'Donau',
];
const cores = [
  'tec',
  'werk',
  'data',
  'log',
  'med',
  'bau',
  'trans',
  'soft',
  'net',
  'plan',
  'form',
  'chem',
];
const suffixes = [
  'Systeme',
  'Logistik',
  'Maschinenbau',
  'Handel',
  'Versorgung',
  'Consulting',
  'Kliniken',
  'Automotive',
];
const legal = ['GmbH', 'AG', 'GmbH & Co. KG', 'SE', 'KG'] as const;
const cities: [string, string][] = [
  ['Hamburg', '20095'],
  ['München', '80331'],
  ['Köln', '50667'],
  ['Essen', '45127'],
  ['Leipzig', '04109'],
  ['Stuttgart', '70173'],
  ['Dresden', '01067'],
  ['Bremen', '28195'],
  ['Hannover', '30159'],
  ['Nürnberg', '90402'],
];
const industries = [
  'Maschinenbau',
  'Logistik',
  'Gesundheitswesen',
  'Energie',
  'Handel',
  'Versicherungen',
  'Automotive',
];
const tagPool = [
  'Mittelstand',
  'Cloud',
  'KRITIS',
  'SAP',
  'Microsoft 365',
  'Security',
  'Netzwerk',
  'Rahmenvertrag',
];
const firstNames = [
  'Anna',
  'Lukas',
  'Sophie',
  'Jonas',
  'Marie',
  'Felix',
  'Lea',
  'Paul',
  'Emma',
  'Ben',
  'Mia',
  'Elias',
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Koch',
];

/** Deterministic pseudo-random numbers so every bench run stores the same workspace. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** n plausible German client inputs. */
export function generateClients(n: number, seed = 42): ClientInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const [city, postalCode] = pick(cities);
    const name = `${pick(prefixes)}${pick(cores)} ${pick(suffixes)} ${i + 1}`;
    return {
      name,
      legalForm: pick(legal),
      industry: pick(industries),
      size: pick(['10-49', '50-249', '250-999', '1000+'] as const),
      website: `www.${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.de`,
      street: `Industriestraße ${1 + Math.floor(next() * 120)}`,
      postalCode,
      city,
      country: 'DE',
      vatId: '',
      language: 'de',
      currency: 'EUR',
      tags: [pick(tagPool), pick(tagPool)].filter((tag, index, all) => all.indexOf(tag) === index),
      notes: '',
    };
  });
}

/** Three contacts for each client id. */
export function generateContacts(
  clientIds: readonly string[],
  perClient = 3,
  seed = 7,
): ContactInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return clientIds.flatMap((clientId, c) =>
    Array.from({ length: perClient }, (_, k) => {
      const firstName = pick(firstNames);
      const lastName = pick(lastNames);
      return {
        clientId,
        firstName,
        lastName,
        role: k === 0 ? 'IT-Leitung' : 'Einkauf',
        email: `${firstName}.${lastName}.${c}.${k}@kunde${c}.de`.toLowerCase().replace(/ü/g, 'ue'),
        phone: `+49 40 ${100000 + c}-${k}`,
        primary: k === 0,
      };
    }),
  );
}

/** The fields of an offer line that vary in the bench offers (no ids, offer or section). */
export type BenchLineSpec = Pick<
  OfferLineInput,
  | 'name'
  | 'unit'
  | 'quantity'
  | 'unitPrice'
  | 'discountPct'
  | 'vatPct'
  | 'billing'
  | 'unitCost'
  | 'kind'
>;

const lineNames: [string, OfferLineInput['unit'], OfferLineInput['billing']][] = [
  ['Server R450', 'piece', 'one-time'],
  ['Switch 48 Port', 'piece', 'one-time'],
  ['Notebook 14"', 'piece', 'one-time'],
  ['Microsoft 365 E3', 'user', 'monthly'],
  ['Backup-Speicher 1 TB', 'month', 'monthly'],
  ['Firewall-Lizenz', 'licence', 'yearly'],
  ['Wartungsvertrag', 'flat', 'yearly'],
  ['Senior Consultant', 'person-day', 'one-time'],
  ['Projektleitung', 'hour', 'one-time'],
  ['Anfahrt', 'flat', 'one-time'],
];

/**
 * n varied offer lines: VAT 19/7/0, line discounts, one-time/monthly/yearly billing, unit
 * costs (some missing), about 8 % optional and 6 % alternative lines.
 */
export function generateOfferLines(n: number, seed = 11): BenchLineSpec[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const [name, unit, billing] = pick(lineNames);
    const cents = 1_000 + Math.floor(next() * 999_000);
    const roll = next();
    const kind = roll < 0.08 ? 'optional' : roll < 0.14 ? 'alternative' : 'normal';
    const quantity = next() < 0.2 ? pick(['0.5', '2.5', '0.75', '12.25']) : `${1 + (i % 20)}`;
    const costShare = 0.55 + next() * 0.35;
    return {
      name: `${name} ${i + 1}`,
      unit,
      quantity,
      unitPrice: (cents / 100).toFixed(2),
      discountPct: pick(['', '', '', '5', '10', '12.5', '3.33']),
      vatPct: pick(['19', '19', '19', '19', '7', '0'] as const),
      billing: next() < 0.25 ? pick(['monthly', 'yearly'] as const) : billing,
      unitCost: next() < 0.15 ? '' : ((cents * costShare) / 100).toFixed(2),
      kind,
    };
  });
}
