import type { ClientInput, ContactInput } from '../../src/shared/domain';

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
