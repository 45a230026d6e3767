import { defaultSlaResponseTable } from '#shared/contracts';
import type {
  Clause,
  ContractFacts,
  ContractLanguage,
  ContractType,
  ContractVariables,
} from '#shared/contracts';
import { evaluateCondition } from '#shared/contracts/conditions';
import { defaultStructure, libraryClause } from '#shared/contracts/library';
import type {
  ContractCompanyParty,
  ContractDocxClause,
  ContractDocxInput,
} from '#shared/documents/contracts/contract-docx';
import type { RedlineDocxInput } from '#shared/documents/contracts/redline-docx';

/** Two revisions of a Werkvertrag: a word changed, a paragraph added, a clause moved, one removed, one added. */
export const sampleRedline: RedlineDocxInput = {
  language: 'de',
  title: 'Werkvertrag Portalrelaunch',
  author: 'Jana Brandt',
  date: '2027-03-02T14:05:00Z',
  oldRevision: {
    label: 'Revision 1',
    clauses: [
      {
        clauseId: 'subject',
        title: 'Vertragsgegenstand',
        body: '(1) Der Auftragnehmer erstellt das Kundenportal.',
      },
      {
        clauseId: 'acceptance',
        title: 'Abnahme',
        body: '(1) Der Auftraggeber prüft das Werk binnen 14 Tagen.\n\n(2) Unwesentliche Mängel hindern die Abnahme nicht.',
      },
      {
        clauseId: 'travel',
        title: 'Reisekosten',
        body: 'Reisekosten werden nach Aufwand erstattet.',
      },
      {
        clauseId: 'liability',
        title: 'Haftung',
        body: 'Die Haftung ist auf 100 % der Vergütung begrenzt.',
      },
      { clauseId: 'general', title: 'Schlussbestimmungen', body: 'Gerichtsstand ist Aachen.' },
    ],
  },
  newRevision: {
    label: 'Revision 2',
    clauses: [
      {
        clauseId: 'subject',
        title: 'Vertragsgegenstand',
        body: '(1) Der Auftragnehmer erstellt das Kundenportal.',
      },
      {
        clauseId: 'liability',
        title: 'Haftung',
        body: 'Die Haftung ist auf 100 % der Vergütung begrenzt.',
      },
      {
        clauseId: 'acceptance',
        title: 'Abnahme',
        body: '(1) Der Auftraggeber prüft das Werk binnen 30 Tagen.\n\n(2) Unwesentliche Mängel hindern die Abnahme nicht.\n\n(3) Die Abnahme gilt als erklärt, wenn der Auftraggeber schweigt.',
      },
      { clauseId: 'sla', title: 'Servicezeiten', body: 'Montag bis Freitag, 8 bis 18 Uhr.' },
      { clauseId: 'general', title: 'Schlussbestimmungen', body: 'Gerichtsstand ist Aachen.' },
    ],
  },
};

/** The company as the contract's Word file takes it: the proposal fixture's profile with its legal details. */
export const sampleContractCompany: ContractCompanyParty = {
  name: 'Nordlicht IT-Beratung GmbH',
  street: 'Speicherstadt 12',
  postalCode: '20457',
  city: 'Hamburg',
  country: 'DE',
  vatId: 'DE123456789',
  taxNumber: '',
  legalForm: 'GmbH',
  registeredSeat: 'Hamburg',
  commercialRegister: 'Amtsgericht Hamburg HRB 123456',
  managingDirectors: 'Dr. Jana Petersen, Tobias Krüger',
  supervisoryBoardChair: '',
  bankName: 'Hamburger Sparkasse',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  email: 'vertrag@nordlicht-it.de',
  phone: '+49 40 1234567',
  website: 'www.nordlicht-it.de',
  representative: 'Dr. Jana Petersen',
  signatory: { name: 'Dr. Jana Petersen', function: 'Geschäftsführerin' },
};

/** Values for every variable of a Werkvertrag or an SLA contract, as the variables panel prints them. */
export const sampleContractVariables: Record<ContractLanguage, ContractVariables> = {
  de: {
    'company.name': 'Nordlicht IT-Beratung GmbH',
    'company.address': 'Speicherstadt 12, 20457 Hamburg',
    'company.city': 'Hamburg',
    'company.representative': 'Dr. Jana Petersen',
    'company.vatId': 'DE123456789',
    'client.name': 'Brandt & Söhne Maschinenbau GmbH',
    'client.address': 'Industriestraße 7, 33602 Bielefeld',
    'client.city': 'Bielefeld',
    'client.country': 'Deutschland',
    'client.representative': 'Dr. Anna Schmidt',
    'client.vatId': 'DE987654321',
    'offer.number': 'A-2027-0042',
    'offer.title': 'Relaunch des Kundenportals',
    'offer.date': '15.02.2027',
    'offer.revision': '2',
    'offer.scope':
      '- Konzeption und Design des Kundenportals (12 PT)\n- Entwicklung der Portalanwendung mit Anbindung an SAP (40 PT)\n- Migration der Bestandsdaten und Schulung (6 PT)',
    'offer.netTotal': '72.500,00 €',
    'offer.vatTotal': '13.775,00 €',
    'offer.grossTotal': '86.275,00 €',
    'offer.oneTimeTotal': '72.500,00 €',
    'offer.recurringTotal': '1.200,00 € monatlich',
    'offer.paymentTermsDays': 30,
    'offer.paymentPlan': '30 % bei Auftrag, 40 % nach Konzeptabnahme, 30 % nach Endabnahme',
    'contract.date': '01.03.2027',
    'contract.place': 'Hamburg',
    'contract.start': '01.04.2027',
    'contract.termMonths': 24,
    'contract.noticeMonths': 3,
    'contract.renewalMonths': 12,
    'contract.termEnd': '31.03.2029',
    'contract.lastNoticeDate': '31.12.2028',
    'sla.availability': '99,5 %',
    'sla.serviceHours':
      'Montag bis Freitag, 8 bis 18 Uhr (außer an bundeseinheitlichen Feiertagen)',
    'sla.measurementPeriod': 'Kalendermonat',
    'sla.maxDowntime': '3 Stunden 36 Minuten',
  },
  en: {
    'company.name': 'Nordlicht IT-Beratung GmbH',
    'company.address': 'Speicherstadt 12, 20457 Hamburg, Germany',
    'company.city': 'Hamburg',
    'company.representative': 'Dr Jana Petersen',
    'company.vatId': 'DE123456789',
    'client.name': 'Brandt & Sons Engineering Ltd',
    'client.address': '7 Mill Lane, Leeds LS1 4AP, United Kingdom',
    'client.city': 'Leeds',
    'client.country': 'United Kingdom',
    'client.representative': 'Anna Smith',
    'client.vatId': 'GB123456789',
    'offer.number': 'A-2027-0042',
    'offer.title': 'Customer portal relaunch',
    'offer.date': '15 February 2027',
    'offer.revision': '2',
    'offer.scope':
      '- Concept and design of the customer portal (12 PD)\n- Development of the portal application with SAP integration (40 PD)\n- Data migration and training (6 PD)',
    'offer.netTotal': '€72,500.00',
    'offer.vatTotal': '€0.00',
    'offer.grossTotal': '€72,500.00',
    'offer.oneTimeTotal': '€72,500.00',
    'offer.recurringTotal': '€1,200.00 per month',
    'offer.paymentTermsDays': 30,
    'offer.paymentPlan': '30% on order, 40% on acceptance of the concept, 30% on final acceptance',
    'contract.date': '1 March 2027',
    'contract.place': 'Hamburg',
    'contract.start': '1 April 2027',
    'contract.termMonths': 24,
    'contract.noticeMonths': 3,
    'contract.renewalMonths': 12,
    'contract.termEnd': '31 March 2029',
    'contract.lastNoticeDate': '31 December 2028',
    'sla.availability': '99.5%',
    'sla.serviceHours': 'Monday to Friday, 8 am to 6 pm CET (except public holidays)',
    'sla.measurementPeriod': 'calendar month',
    'sla.maxDowntime': '3 hours 36 minutes',
  },
};

/** The clauses of a new contract of a type: the library's default structure, kept where the condition holds. */
export function sampleContractClauses(
  type: ContractType,
  language: ContractLanguage,
  facts: ContractFacts,
): ContractDocxClause[] {
  return defaultStructure[type]
    .map((id) => libraryClause(id, language))
    .filter((clause): clause is Clause => clause !== undefined)
    .filter((clause) => evaluateCondition(clause.condition, facts))
    .map((clause) => ({ id: clause.id, title: clause.title, body: clause.body }));
}

/** A Werkvertrag from the shipped library (personal data processed), ready for the Word export. */
export function sampleWerkvertrag(language: ContractLanguage = 'de'): ContractDocxInput {
  const de = language === 'de';
  return {
    language,
    title: de ? 'Relaunch des Kundenportals' : 'Customer portal relaunch',
    contractType: 'werkvertrag',
    parties: {
      company: de
        ? sampleContractCompany
        : {
            ...sampleContractCompany,
            representative: 'Dr Jana Petersen',
            signatory: { name: 'Dr Jana Petersen', function: 'Managing Director' },
          },
      client: de
        ? {
            name: 'Brandt & Söhne Maschinenbau GmbH',
            address: 'Industriestraße 7\n33602 Bielefeld',
            representative: 'Dr. Anna Schmidt',
            signatory: { name: 'Dr. Anna Schmidt', function: 'Geschäftsführerin' },
          }
        : {
            name: 'Brandt & Sons Engineering Ltd',
            address: '7 Mill Lane\nLeeds LS1 4AP\nUnited Kingdom',
            representative: 'Anna Smith',
          },
    },
    clauses: sampleContractClauses('werkvertrag', language, {
      personalDataProcessed: true,
      hasCustomDevelopment: true,
      clientOutsideGermany: !de,
    }),
    variables: sampleContractVariables[language],
    revision: 2,
    status: 'in-review',
    branding: { brandColor: '#1c5d99' },
  };
}

/** A maintenance contract with an agreed SLA: {{sla.responseTable}} from the default response table. */
export function sampleMaintenanceContract(language: ContractLanguage = 'de'): ContractDocxInput {
  const werk = sampleWerkvertrag(language);
  return {
    ...werk,
    title: language === 'de' ? 'Wartung des Kundenportals' : 'Customer portal maintenance',
    contractType: 'maintenance-sla',
    clauses: sampleContractClauses('maintenance-sla', language, {
      slaAgreed: true,
      hasRecurringLines: true,
      personalDataProcessed: true,
    }),
    slaResponseTable: defaultSlaResponseTable(language),
    status: 'sent',
  };
}
