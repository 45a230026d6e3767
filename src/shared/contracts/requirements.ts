import type { CompletenessItem, ContractLanguage, ContractType, Condition } from './types';

type Requirement = { item: CompletenessItem; condition?: Condition };

const LIABILITY: Requirement[] = [
  { item: 'liability.limitation' },
  { item: 'liability.non-excludable' },
];
const PAYMENT: Requirement = { item: 'payment.terms' };
const TERMINATION: Requirement = { item: 'term.termination' };
const PUBLIC_SECTOR: Requirement = {
  item: 'public-sector.evb-it',
  condition: { fact: 'publicSectorClient' },
};
const AVV_REFERENCE: Requirement = {
  item: 'data-protection.avv',
  condition: { fact: 'personalDataProcessed' },
};

/** The items each contract type must cover; some only when their condition holds. */
export const REQUIRED_ITEMS: Record<ContractType, Requirement[]> = {
  werkvertrag: [
    { item: 'werk.subject' },
    { item: 'werk.acceptance' },
    PAYMENT,
    ...LIABILITY,
    PUBLIC_SECTOR,
    AVV_REFERENCE,
  ],
  dienstvertrag: [
    { item: 'dienst.services' },
    PAYMENT,
    TERMINATION,
    ...LIABILITY,
    PUBLIC_SECTOR,
    AVV_REFERENCE,
  ],
  'software-licence': [{ item: 'licence.grant' }, PAYMENT, ...LIABILITY, PUBLIC_SECTOR],
  'maintenance-sla': [
    { item: 'sla.service-levels' },
    { item: 'sla.response-times' },
    PAYMENT,
    TERMINATION,
    ...LIABILITY,
    PUBLIC_SECTOR,
    AVV_REFERENCE,
  ],
  saas: [
    { item: 'saas.service' },
    { item: 'sla.service-levels' },
    PAYMENT,
    TERMINATION,
    ...LIABILITY,
    PUBLIC_SECTOR,
    AVV_REFERENCE,
  ],
  // Art. 28(3) GDPR, point by point.
  avv: [
    { item: 'avv.subject-and-duration' },
    { item: 'avv.nature-and-purpose' },
    { item: 'avv.data-and-subjects' },
    { item: 'avv.instructions' },
    { item: 'avv.confidentiality' },
    { item: 'avv.security-measures' },
    { item: 'avv.sub-processors' },
    { item: 'avv.data-subject-rights' },
    { item: 'avv.assistance-32-36' },
    { item: 'avv.deletion-or-return' },
    { item: 'avv.audits-and-information' },
  ],
  nda: [
    { item: 'nda.confidential-information' },
    { item: 'nda.obligations' },
    { item: 'nda.exceptions' },
    { item: 'nda.term' },
  ],
};

/** Short labels of the completeness items for the missing-items list. */
export const COMPLETENESS_LABELS: Record<ContractLanguage, Record<CompletenessItem, string>> = {
  de: {
    'werk.subject': 'Gegenstand des Werks',
    'werk.acceptance': 'Abnahme',
    'dienst.services': 'Beschreibung der Dienstleistungen',
    'licence.grant': 'Einräumung der Nutzungsrechte',
    'sla.service-levels': 'Service Level (Verfügbarkeit)',
    'sla.response-times': 'Reaktions- und Lösungszeiten',
    'saas.service': 'Leistungsbeschreibung des Cloud-Dienstes',
    'data-protection.avv': 'Verweis auf die Auftragsverarbeitung (AVV)',
    'payment.terms': 'Vergütung und Zahlungsbedingungen',
    'term.termination': 'Laufzeit und Kündigung',
    'liability.limitation': 'Haftungsbegrenzung',
    'liability.non-excludable':
      'Unbeschränkte Haftung für Vorsatz, grobe Fahrlässigkeit, Leben, Körper, Gesundheit und nach dem Produkthaftungsgesetz',
    'avv.subject-and-duration': 'Gegenstand und Dauer der Verarbeitung',
    'avv.nature-and-purpose': 'Art und Zweck der Verarbeitung',
    'avv.data-and-subjects': 'Art der personenbezogenen Daten und Kategorien betroffener Personen',
    'avv.instructions': 'Verarbeitung nur auf dokumentierte Weisung',
    'avv.confidentiality': 'Verpflichtung zur Vertraulichkeit',
    'avv.security-measures': 'Technische und organisatorische Maßnahmen (Art. 32 DSGVO)',
    'avv.sub-processors': 'Unterauftragsverarbeiter',
    'avv.data-subject-rights': 'Unterstützung bei Betroffenenrechten',
    'avv.assistance-32-36': 'Unterstützung bei den Pflichten nach Art. 32 bis 36 DSGVO',
    'avv.deletion-or-return': 'Löschung oder Rückgabe nach Ende der Verarbeitung',
    'avv.audits-and-information': 'Nachweise, Informationen und Überprüfungen',
    'nda.confidential-information': 'Begriff der vertraulichen Informationen',
    'nda.obligations': 'Geheimhaltungspflichten',
    'nda.exceptions': 'Ausnahmen von der Geheimhaltung',
    'nda.term': 'Dauer der Geheimhaltung',
    'public-sector.evb-it': 'Regelungen für öffentliche Auftraggeber (EVB-IT)',
  },
  en: {
    'werk.subject': 'Subject of the work',
    'werk.acceptance': 'Acceptance',
    'dienst.services': 'Description of the services',
    'licence.grant': 'Grant of rights of use',
    'sla.service-levels': 'Service levels (availability)',
    'sla.response-times': 'Response and resolution times',
    'saas.service': 'Description of the cloud service',
    'data-protection.avv': 'Reference to the data processing agreement',
    'payment.terms': 'Fees and payment terms',
    'term.termination': 'Term and termination',
    'liability.limitation': 'Limitation of liability',
    'liability.non-excludable':
      'Unlimited liability for intent, gross negligence, injury to life, body or health and under the Product Liability Act',
    'avv.subject-and-duration': 'Subject matter and duration of the processing',
    'avv.nature-and-purpose': 'Nature and purpose of the processing',
    'avv.data-and-subjects': 'Type of personal data and categories of data subjects',
    'avv.instructions': 'Processing only on documented instructions',
    'avv.confidentiality': 'Commitment to confidentiality',
    'avv.security-measures': 'Technical and organisational measures (Art. 32 GDPR)',
    'avv.sub-processors': 'Sub-processors',
    'avv.data-subject-rights': 'Assistance with data-subject rights',
    'avv.assistance-32-36': 'Assistance with the obligations under Art. 32 to 36 GDPR',
    'avv.deletion-or-return': 'Deletion or return at the end of the processing',
    'avv.audits-and-information': 'Information, audits and inspections',
    'nda.confidential-information': 'Definition of confidential information',
    'nda.obligations': 'Confidentiality obligations',
    'nda.exceptions': 'Exceptions to confidentiality',
    'nda.term': 'Duration of confidentiality',
    'public-sector.evb-it': 'Provisions for public-sector clients (EVB-IT)',
  },
};
