import { Decimal } from '#shared/money';
import { ContractInputError } from './errors';
import { readDecimal } from './input';
import type { NumberInput } from './input';
import type { ContractFacts, ContractLanguage } from './types';

/** What an offer line is, as far as contract forms care. */
export const LINE_CATEGORIES = [
  'hardware',
  'licence-perpetual',
  'licence-rental',
  'cloud',
  'software-maintenance',
  'hardware-maintenance',
  'managed-service',
  'custom-development',
  'installation',
  'consulting',
  'other',
] as const;
export type LineCategory = (typeof LINE_CATEGORIES)[number];

/** An offer line as offerFacts reads it (the fields of an offer line, plus its catalogue item's kind). */
export type FactsLine = {
  name: string;
  description?: string;
  /** Line kind: optional and alternative lines are not part of the contracted scope. */
  kind?: 'normal' | 'optional' | 'alternative';
  billing: 'one-time' | 'monthly' | 'yearly';
  unit: 'piece' | 'licence' | 'user' | 'person-day' | 'hour' | 'month' | 'flat';
  catalogKind?: 'hardware' | 'software' | 'subscription' | 'service' | 'travel' | 'other' | '';
  quantity: NumberInput;
  unitPrice: NumberInput;
  discountPct?: NumberInput | '';
  /** Overrides the category read from kind, unit and wording. */
  category?: LineCategory;
};

export type OfferFactsArgs = {
  lines: readonly FactsLine[];
  /** ISO 3166 country code of the client, e.g. 'DE'. */
  clientCountry: string;
  publicSector: boolean;
  /** Default: true when the offer has cloud or managed-service lines (the provider then holds customer data). */
  personalDataProcessed?: boolean;
  /** Default: true when the offer has cloud, maintenance or managed-service lines. */
  slaAgreed?: boolean;
  /** Whether the offer's project plan has a payment plan (issue 15); default false. */
  hasPaymentPlan?: boolean;
};

export type OfferFacts = Required<ContractFacts> & {
  /** Net value per category of the contracted lines; recurring lines count for one year. */
  categories: Partial<Record<LineCategory, { lines: string[]; annualNet: string }>>;
};

const WORDS = {
  development:
    /entwickl|programmier|implementier|individual|customiz|anpassung|schnittstelle|erweiterung|develop|custom|interface|extension/i,
  installation:
    /installation|einricht|inbetriebnahme|montage|rollout|roll-out|setup|set-up|integration|migration|konfiguration|configur/i,
  softwareMaintenance:
    /pflege|support|update|upgrade|hotline|software-?wartung|software maintenance/i,
  hardwareMaintenance:
    /instandhaltung|hardware|server|gerät|drucker|device|carepack|care pack|vor-ort-service|on-site/i,
  maintenance: /wartung|maintenance/i,
  cloud: /saas|cloud|hosting|hosted|software as a service|plattform|platform|iaas|paas/i,
  managed: /betrieb|managed|monitoring|operation|überwachung|backup|service desk|servicedesk/i,
};

/** Reads what a line is from its catalogue kind, billing, unit and wording (the caller may override). */
export function lineCategory(line: FactsLine): LineCategory {
  if (line.category) return line.category;
  const text = `${line.name} ${line.description ?? ''}`;
  const recurring = line.billing !== 'one-time';
  const kind =
    line.catalogKind ||
    (line.unit === 'piece'
      ? 'hardware'
      : line.unit === 'licence' || line.unit === 'user'
        ? 'software'
        : 'service');
  switch (kind) {
    case 'hardware':
      return recurring && (WORDS.maintenance.test(text) || WORDS.hardwareMaintenance.test(text))
        ? 'hardware-maintenance'
        : 'hardware';
    case 'software':
      if (!recurring) return 'licence-perpetual';
      if (WORDS.softwareMaintenance.test(text) || WORDS.maintenance.test(text))
        return 'software-maintenance';
      return WORDS.cloud.test(text) ? 'cloud' : 'licence-rental';
    case 'subscription':
      if (WORDS.softwareMaintenance.test(text)) return 'software-maintenance';
      if (WORDS.managed.test(text)) return 'managed-service';
      return 'cloud';
    case 'service':
      if (recurring) {
        if (WORDS.softwareMaintenance.test(text)) return 'software-maintenance';
        if (WORDS.maintenance.test(text) || /instandhaltung/i.test(text)) {
          return WORDS.hardwareMaintenance.test(text)
            ? 'hardware-maintenance'
            : 'software-maintenance';
        }
        if (WORDS.cloud.test(text)) return 'cloud';
        return 'managed-service';
      }
      if (WORDS.development.test(text)) return 'custom-development';
      if (WORDS.installation.test(text)) return 'installation';
      return 'consulting';
    default:
      return 'other';
  }
}

function annualNet(line: FactsLine, index: number): Decimal {
  const quantity = readDecimal(line.quantity, `lines[${index}].quantity`);
  const price = readDecimal(line.unitPrice, `lines[${index}].unitPrice`);
  const discount =
    line.discountPct === undefined || line.discountPct === ''
      ? new Decimal(0)
      : readDecimal(line.discountPct, `lines[${index}].discountPct`);
  const perYear = line.billing === 'monthly' ? 12 : 1;
  return quantity.mul(price).mul(new Decimal(100).minus(discount)).div(100).mul(perYear);
}

/** The offer line fields factsLines copies. */
type OfferLineFacts = Pick<
  FactsLine,
  'name' | 'description' | 'kind' | 'billing' | 'unit' | 'quantity' | 'unitPrice' | 'discountPct'
>;

/** An offer's lines as the EVB-IT recommendation and clause conditions read them (only the fields offerFacts reads). */
export function factsLines(lines: readonly OfferLineFacts[]): FactsLine[] {
  return lines.map((line) => ({
    name: line.name,
    description: line.description,
    kind: line.kind,
    billing: line.billing,
    unit: line.unit,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    discountPct: line.discountPct,
  }));
}

/** The facts of an offer and client that clause conditions and the EVB-IT recommendation read. */
export function offerFacts({
  lines,
  clientCountry,
  publicSector,
  personalDataProcessed,
  slaAgreed,
  hasPaymentPlan = false,
}: OfferFactsArgs): OfferFacts {
  if (!Array.isArray(lines)) throw new ContractInputError('lines', 'must be a list');
  if (typeof clientCountry !== 'string' || !/^[A-Za-z]{2}$/.test(clientCountry.trim())) {
    throw new ContractInputError(
      'clientCountry',
      `must be a two-letter country code, got ${JSON.stringify(clientCountry)}`,
    );
  }
  if (typeof publicSector !== 'boolean')
    throw new ContractInputError('publicSector', 'must be true or false');
  const categories: OfferFacts['categories'] = {};
  const totals = new Map<LineCategory, Decimal>();
  let hasRecurringLines = false;
  lines.forEach((line, index) => {
    if (line.kind === 'optional' || line.kind === 'alternative') return;
    const category = lineCategory(line);
    const value = annualNet(line, index);
    if (line.billing !== 'one-time') hasRecurringLines = true;
    const entry = (categories[category] ??= { lines: [], annualNet: '0.00' });
    entry.lines.push(line.name);
    const total = (totals.get(category) ?? new Decimal(0)).plus(value);
    totals.set(category, total);
    entry.annualNet = total.toFixed(2);
  });
  const has = (...wanted: LineCategory[]) =>
    wanted.some((category) => categories[category] !== undefined);
  return {
    hasRecurringLines,
    hasCustomDevelopment: has('custom-development'),
    publicSectorClient: publicSector,
    personalDataProcessed: personalDataProcessed ?? has('cloud', 'managed-service'),
    clientOutsideGermany: clientCountry.trim().toUpperCase() !== 'DE',
    slaAgreed:
      slaAgreed ?? has('cloud', 'software-maintenance', 'hardware-maintenance', 'managed-service'),
    hasPaymentPlan,
    categories,
  };
}

export const EVB_IT_TYPES = [
  'Kauf',
  'Überlassung Typ A',
  'Überlassung Typ B',
  'Dienstleistung',
  'Erstellung',
  'System',
  'Systemlieferung',
  'Pflege S',
  'Instandhaltung',
  'Service',
  'Cloud',
] as const;
export type EvbItType = (typeof EVB_IT_TYPES)[number];

type Text = Record<ContractLanguage, string>;
export type EvbItDataItem = { key: string; label: Text };

export type EvbItRecommendation = {
  type: EvbItType;
  reason: Text;
  /** The offer data that goes into the form. */
  offerData: EvbItDataItem[];
  /** Forms for further parts of the offer, e.g. Pflege S beside Überlassung Typ A. */
  alsoConsider: EvbItType[];
};

const DATA: Record<string, Text> = {
  parties: {
    de: 'Auftraggeber und Auftragnehmer mit Anschrift und Ansprechpartnern',
    en: 'Client and contractor with addresses and contacts',
  },
  hardware: {
    de: 'Hardware-Positionen: Gerät, Hersteller, Anzahl, Einzel- und Gesamtpreis',
    en: 'Hardware lines: device, manufacturer, quantity, unit and total price',
  },
  licences: {
    de: 'Software-Positionen: Produkt, Lizenzmodell, Anzahl der Lizenzen, Preis',
    en: 'Software lines: product, licence model, number of licences, price',
  },
  rentalTerm: {
    de: 'Mietbeginn, Mindestlaufzeit, Kündigungsfrist und monatliche Miete',
    en: 'Rental start, minimum term, notice period and monthly rent',
  },
  services: {
    de: 'Leistungspositionen: Leistung, Personentage oder Stunden, Tages- oder Stundensatz',
    en: 'Service lines: service, person-days or hours, daily or hourly rate',
  },
  development: {
    de: 'Leistungsbeschreibung der Individualentwicklung aus den Positionen',
    en: 'Description of the custom development from the lines',
  },
  milestones: {
    de: 'Termine und Meilensteine, Zahlungsplan',
    en: 'Dates and milestones, payment plan',
  },
  acceptance: {
    de: 'Abnahmeverfahren und Abnahmekriterien',
    en: 'Acceptance procedure and criteria',
  },
  installation: {
    de: 'Installation, Integration und Herstellung der Betriebsbereitschaft',
    en: 'Installation, integration and readiness for operation',
  },
  delivery: { de: 'Liefertermin und Lieferort', en: 'Delivery date and place' },
  warranty: {
    de: 'Verjährungsfrist für Mängelansprüche',
    en: 'Limitation period for defect claims',
  },
  maintenance: {
    de: 'Pflege- bzw. Instandhaltungsumfang, Servicezeiten, Reaktions- und Wiederherstellungszeiten',
    en: 'Maintenance scope, service hours, response and restoration times',
  },
  sla: {
    de: 'Service Level: Verfügbarkeit, Messzeitraum, Servicezeiten',
    en: 'Service levels: availability, measurement period, service hours',
  },
  recurring: {
    de: 'Laufende Vergütung, Vertragsbeginn, Mindestlaufzeit und Kündigungsfrist',
    en: 'Recurring fees, start, minimum term and notice period',
  },
  dataProtection: {
    de: 'Auftragsverarbeitung: Datenarten, Betroffene, Ort der Verarbeitung',
    en: 'Data processing: types of data, data subjects, place of processing',
  },
  prices: {
    de: 'Gesamtvergütung netto und brutto, Zahlungsbedingungen',
    en: 'Total fee net and gross, payment terms',
  },
};

const FORM: Record<EvbItType, { data: string[]; reason: Text }> = {
  Kauf: {
    data: ['parties', 'hardware', 'licences', 'delivery', 'warranty', 'prices'],
    reason: {
      de: 'Das Angebot ist im Kern ein Kauf von Hardware (ggf. mit Standardsoftware).',
      en: 'The offer is essentially a purchase of hardware (possibly with standard software).',
    },
  },
  'Überlassung Typ A': {
    data: ['parties', 'licences', 'delivery', 'warranty', 'prices'],
    reason: {
      de: 'Standardsoftware wird gegen Einmalvergütung unbefristet überlassen.',
      en: 'Standard software is licensed perpetually for a one-time fee.',
    },
  },
  'Überlassung Typ B': {
    data: ['parties', 'licences', 'rentalTerm', 'recurring', 'prices'],
    reason: {
      de: 'Standardsoftware wird gegen laufende Vergütung auf Zeit überlassen (Miete).',
      en: 'Standard software is licensed for a term against recurring fees (rental).',
    },
  },
  Dienstleistung: {
    data: ['parties', 'services', 'milestones', 'prices'],
    reason: {
      de: 'Beratung und Unterstützung nach Aufwand, ohne geschuldeten Erfolg.',
      en: 'Consulting and support on time and material, without a result owed.',
    },
  },
  Erstellung: {
    data: ['parties', 'development', 'services', 'milestones', 'acceptance', 'warranty', 'prices'],
    reason: {
      de: 'Individualsoftware wird erstellt oder angepasst; der Erfolg wird mit Abnahme geschuldet.',
      en: 'Custom software is developed or adapted; the result is owed, with acceptance.',
    },
  },
  System: {
    data: [
      'parties',
      'hardware',
      'licences',
      'development',
      'installation',
      'milestones',
      'acceptance',
      'warranty',
      'prices',
    ],
    reason: {
      de: 'Hardware, Software und Individualentwicklung werden zu einem Gesamtsystem mit Gesamtabnahme verbunden.',
      en: 'Hardware, software and custom development are combined into one system with overall acceptance.',
    },
  },
  Systemlieferung: {
    data: ['parties', 'hardware', 'licences', 'installation', 'delivery', 'warranty', 'prices'],
    reason: {
      de: 'Hardware und Standardsoftware werden geliefert und betriebsbereit installiert, ohne Individualentwicklung.',
      en: 'Hardware and standard software are delivered and installed ready for operation, without custom development.',
    },
  },
  'Pflege S': {
    data: ['parties', 'licences', 'maintenance', 'recurring', 'prices'],
    reason: {
      de: 'Das Angebot ist im Kern die Pflege von Standardsoftware (Updates, Störungsbeseitigung).',
      en: 'The offer is essentially maintenance of standard software (updates, fault resolution).',
    },
  },
  Instandhaltung: {
    data: ['parties', 'hardware', 'maintenance', 'recurring', 'prices'],
    reason: {
      de: 'Das Angebot ist im Kern die Instandhaltung von Hardware.',
      en: 'The offer is essentially maintenance and repair of hardware.',
    },
  },
  Service: {
    data: ['parties', 'services', 'sla', 'maintenance', 'recurring', 'dataProtection', 'prices'],
    reason: {
      de: 'Laufende IT-Serviceleistungen (Betrieb, Managed Services) mit Service Levels.',
      en: 'Ongoing IT services (operation, managed services) with service levels.',
    },
  },
  Cloud: {
    data: ['parties', 'sla', 'recurring', 'dataProtection', 'prices'],
    reason: {
      de: 'Das Angebot ist im Kern ein Cloud-Dienst (SaaS) gegen laufende Vergütung.',
      en: 'The offer is essentially a cloud service (SaaS) against recurring fees.',
    },
  },
};

const FORM_OF: Record<Exclude<LineCategory, 'installation' | 'other'>, EvbItType> = {
  hardware: 'Kauf',
  'licence-perpetual': 'Überlassung Typ A',
  'licence-rental': 'Überlassung Typ B',
  cloud: 'Cloud',
  'software-maintenance': 'Pflege S',
  'hardware-maintenance': 'Instandhaltung',
  'managed-service': 'Service',
  'custom-development': 'Erstellung',
  consulting: 'Dienstleistung',
};

/**
 * The EVB-IT contract type that fits an offer, by these rules in order: hardware with custom development →
 * System; hardware with software and installation → Systemlieferung; custom development → Erstellung;
 * otherwise the category with the largest
 * annual net value decides (hardware → Kauf, perpetual licence → Überlassung Typ A, rental → Typ B, consulting
 * → Dienstleistung, custom development → Erstellung, software maintenance → Pflege S, hardware maintenance →
 * Instandhaltung, managed services → Service, SaaS → Cloud). Null when the offer has no line that fits a form.
 */
export function evbItRecommendation(facts: OfferFacts): EvbItRecommendation | null {
  const present = (category: LineCategory) => facts.categories[category] !== undefined;
  const value = (category: LineCategory) => new Decimal(facts.categories[category]?.annualNet ?? 0);
  let type: EvbItType | undefined;
  if (present('hardware') && present('custom-development')) type = 'System';
  else if (
    present('hardware') &&
    present('installation') &&
    (present('licence-perpetual') || present('licence-rental'))
  ) {
    type = 'Systemlieferung';
  } else if (present('custom-development')) {
    type = 'Erstellung';
  } else {
    const ranked = (Object.keys(FORM_OF) as Array<keyof typeof FORM_OF>)
      .filter(present)
      .sort((a, b) => value(b).cmp(value(a)));
    type =
      ranked[0] === undefined
        ? present('installation')
          ? 'Dienstleistung'
          : undefined
        : FORM_OF[ranked[0]];
  }
  if (type === undefined) return null;
  const covered = new Set<EvbItType>([type]);
  // A project form also covers the parts it is made of and the services around them.
  if (type === 'System' || type === 'Systemlieferung') {
    for (const part of [
      'Kauf',
      'Überlassung Typ A',
      'Überlassung Typ B',
      'Erstellung',
      'Dienstleistung',
    ] as const) {
      covered.add(part);
    }
  }
  if (type === 'Erstellung') covered.add('Dienstleistung');
  const alsoConsider = (Object.keys(FORM_OF) as Array<keyof typeof FORM_OF>)
    .filter((category) => present(category) && !covered.has(FORM_OF[category]))
    .map((category) => FORM_OF[category]);
  const form = FORM[type];
  return {
    type,
    reason: form.reason,
    offerData: form.data.map((key) => ({ key, label: DATA[key]! })),
    alsoConsider: [...new Set(alsoConsider)],
  };
}
