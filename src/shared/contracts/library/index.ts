// The shipped clause library of the contracts module (issue 13): German and English texts written for
// Quotient, with negotiation positions, conditions and required items, and a default order per contract type.
import type { Clause, ContractLanguage, ContractType } from '../types';
import { avvClauses } from './avv';
import { defineClause } from './define';
import { generalClauses } from './general';
import { licenceClauses } from './licence';
import { ndaClauses } from './nda';
import { projectClauses } from './projects';
import { provisionClauses } from './provisions';
import { serviceLevelClauses } from './service-levels';

export { LIBRARY_VERSION } from './define';

/** Every library clause, one record per language (German first, then English, per clause). */
export const clauseLibrary: Clause[] = [
  ...generalClauses,
  ...provisionClauses,
  ...projectClauses,
  ...licenceClauses,
  ...serviceLevelClauses,
  ...avvClauses,
  ...ndaClauses,
].flatMap(defineClause);

const CLOSING = ['applicable-law', 'foreign-client', 'final-provisions', 'severability'];

/**
 * The clause ids of a new contract of each type, in order. Conditional clauses are listed too; a draft
 * keeps those whose condition holds for the offer and client.
 */
export const defaultStructure: Record<ContractType, string[]> = {
  werkvertrag: [
    'subject',
    'werk-scope',
    'change-requests',
    'personnel',
    'cooperation',
    'acceptance',
    'prices-payment',
    'payment-schedule',
    'rights-of-use',
    'warranty',
    'liability',
    'confidentiality',
    'data-protection',
    'public-sector',
    'force-majeure',
    ...CLOSING,
  ],
  dienstvertrag: [
    'subject',
    'services-scope',
    'personnel',
    'cooperation',
    'time-material',
    'recurring-fees',
    'prices-payment',
    'payment-schedule',
    'rights-of-use',
    'liability',
    'confidentiality',
    'data-protection',
    'public-sector',
    'force-majeure',
    'term-termination',
    ...CLOSING,
  ],
  'software-licence': [
    'subject',
    'licence-purchase',
    'licence-rental',
    'recurring-fees',
    'prices-payment',
    'warranty',
    'liability',
    'confidentiality',
    'public-sector',
    'force-majeure',
    ...CLOSING,
  ],
  'maintenance-sla': [
    'subject',
    'maintenance-scope',
    'sla-availability',
    'sla-response',
    'sla-credits',
    'cooperation',
    'recurring-fees',
    'prices-payment',
    'liability',
    'confidentiality',
    'data-protection',
    'public-sector',
    'force-majeure',
    'term-termination',
    ...CLOSING,
  ],
  saas: [
    'subject',
    'saas-service',
    'sla-availability',
    'sla-response',
    'sla-credits',
    'saas-customer-data',
    'recurring-fees',
    'prices-payment',
    'liability',
    'confidentiality',
    'data-protection',
    'public-sector',
    'force-majeure',
    'term-termination',
    ...CLOSING,
  ],
  avv: [
    'avv-subject-duration',
    'avv-nature-purpose',
    'avv-data-categories',
    'avv-instructions',
    'avv-confidentiality',
    'avv-security',
    'avv-subprocessors',
    'avv-data-subject-rights',
    'avv-assistance',
    'avv-deletion-return',
    'avv-audits',
    'avv-liability',
    ...CLOSING,
  ],
  nda: ['nda-purpose', 'nda-obligations', 'nda-exceptions', 'nda-term', 'nda-remedies', ...CLOSING],
};

/** The note shown with the library and on drafts: the texts are drafting aids, not legal advice. */
export const clauseLibraryDisclaimer: Record<ContractLanguage, string> = {
  de: 'Formulierungshilfen, keine Rechtsberatung: Die Klauseln dieser Bibliothek sind Musterformulierungen für typische IT-Verträge nach deutschem Recht. Sie ersetzen nicht die Prüfung des Einzelfalls. Lassen Sie jeden Vertrag vor der Unterzeichnung von Ihrer Rechtsabteilung oder einer Rechtsanwältin oder einem Rechtsanwalt prüfen.',
  en: 'Drafting aids, not legal advice: the clauses in this library are sample wording for typical IT contracts under German law. They do not replace a review of the individual case. Have every contract reviewed by your legal department or a lawyer before it is signed.',
};

/** The library clause with this id in this language, or undefined. */
export function libraryClause(id: string, language: ContractLanguage): Clause | undefined {
  return clauseLibrary.find((clause) => clause.id === id && clause.language === language);
}
