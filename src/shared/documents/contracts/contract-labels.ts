import type { ContractLanguage, ContractType } from '../../contracts/types';

/** The statuses a contract's revision can have (issue 13): draft, in review, sent, signed, terminated. */
export const CONTRACT_DOCUMENT_STATUSES = [
  'draft',
  'in-review',
  'sent',
  'signed',
  'terminated',
] as const;
export type ContractDocumentStatus = (typeof CONTRACT_DOCUMENT_STATUSES)[number];

/** Every fixed text of the contract's Word file, per language. */
export type ContractLabels = {
  types: Record<ContractType, string>;
  statuses: Record<ContractDocumentStatus, string>;
  between: string;
  and: string;
  representedBy: (name: string) => string;
  /** The role a party is called by in the clauses ("Auftraggeber"), as the cover introduces it. */
  role: (role: string) => string;
  /** Both parties of an NDA are called "Partei". */
  eachParty: string;
  client: string;
  contractor: string;
  party: string;
  revision: string;
  status: string;
  date: string;
  offer: string;
  toc: string;
  signatures: string;
  forParty: (role: string) => string;
  placeDate: string;
  signature: string;
  nameAndFunction: string;
  page: string;
  of: string;
  sla: { priority: string; description: string; response: string; resolution: string };
  bestEffort: string;
};

const de: ContractLabels = {
  types: {
    werkvertrag: 'Werkvertrag',
    dienstvertrag: 'Dienstvertrag',
    'software-licence': 'Softwarelizenzvertrag',
    'maintenance-sla': 'Wartungs- und Supportvertrag',
    saas: 'SaaS-Vertrag',
    avv: 'Vereinbarung zur Auftragsverarbeitung',
    nda: 'Geheimhaltungsvereinbarung',
  },
  statuses: {
    draft: 'Entwurf',
    'in-review': 'In Prüfung',
    sent: 'Versandt',
    signed: 'Unterzeichnet',
    terminated: 'Beendet',
  },
  between: 'zwischen',
  and: 'und',
  representedBy: (name) => `vertreten durch ${name}`,
  role: (role) => `– nachfolgend „${role}“ –`,
  eachParty: '– nachfolgend jeweils „Partei“ –',
  client: 'Auftraggeber',
  contractor: 'Auftragnehmer',
  party: 'Partei',
  revision: 'Revision',
  status: 'Status',
  date: 'Datum',
  offer: 'Angebot',
  toc: 'Inhalt',
  signatures: 'Unterschriften',
  forParty: (role) => `Für den ${role}`,
  placeDate: 'Ort, Datum',
  signature: 'Unterschrift',
  nameAndFunction: 'Name, Funktion',
  page: 'Seite',
  of: 'von',
  sla: {
    priority: 'Priorität',
    description: 'Beschreibung',
    response: 'Reaktionszeit',
    resolution: 'Lösungszeit',
  },
  bestEffort: 'nach bestem Bemühen',
};

const en: ContractLabels = {
  types: {
    werkvertrag: 'Contract for work',
    dienstvertrag: 'Service contract',
    'software-licence': 'Software licence agreement',
    'maintenance-sla': 'Maintenance and support agreement',
    saas: 'SaaS agreement',
    avv: 'Data processing agreement',
    nda: 'Non-disclosure agreement',
  },
  statuses: {
    draft: 'Draft',
    'in-review': 'In review',
    sent: 'Sent',
    signed: 'Signed',
    terminated: 'Terminated',
  },
  between: 'between',
  and: 'and',
  representedBy: (name) => `represented by ${name}`,
  role: (role) => `(the “${role}”)`,
  eachParty: '(each a “Party”)',
  client: 'Client',
  contractor: 'Contractor',
  party: 'Party',
  revision: 'Revision',
  status: 'Status',
  date: 'Date',
  offer: 'Offer',
  toc: 'Contents',
  signatures: 'Signatures',
  forParty: (role) => `For the ${role}`,
  placeDate: 'Place, date',
  signature: 'Signature',
  nameAndFunction: 'Name, position',
  page: 'Page',
  of: 'of',
  sla: {
    priority: 'Priority',
    description: 'Description',
    response: 'Response time',
    resolution: 'Resolution time',
  },
  bestEffort: 'best effort',
};

const LABELS: Record<ContractLanguage, ContractLabels> = { de, en };

/** The contract document's fixed texts in its language. */
export function contractLabels(language: ContractLanguage): ContractLabels {
  return LABELS[language];
}
