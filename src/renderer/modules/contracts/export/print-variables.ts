import { contractTerm, numberClauses, resolveContractText } from '#shared/contracts';
import type { ContractLanguage, RevisionClause, SlaPriorityRow } from '#shared/contracts';
import { emptyCompanyProfile } from '#shared/domain';
import type { CompanyProfile } from '#shared/domain';
import type { Contract, ContractRevision, ContractRevisionClause } from '#shared/domain/contracts';
import type { ContractDocxInput } from '#shared/documents/contracts/contract-input';
import type { ContractDocumentStatus } from '#shared/documents/contracts/contract-labels';
import type { ContractCompanyParty } from '#shared/documents/contracts/contract-parties';
import { logoFromDataUrl } from '#shared/documents/from-app';
import { Decimal, formatDecimal, formatMoney } from '#shared/money';
import { formatDocumentDate } from '#shared/text-blocks/placeholders';

const MONEY = [
  'offer.netTotal',
  'offer.vatTotal',
  'offer.grossTotal',
  'offer.oneTimeTotal',
  'offer.recurringTotal',
];
const DATES = ['offer.date', 'contract.date', 'contract.start', 'plan.start', 'plan.finish'];
const PERIOD: Record<ContractLanguage, Record<string, string>> = {
  de: { monthly: 'monatlich', yearly: 'jährlich' },
  en: { monthly: 'per month', yearly: 'per year' },
};

const isDecimal = (value: string) => /^-?\d+(\.\d+)?$/.test(value.trim());
const isWhole = (value: string) => /^\d+$/.test(value.trim());

/** "99.5" → de "99,5 %", en "99.5%"; a value already with its sign prints as it is. */
function percent(value: string, language: ContractLanguage): string {
  if (!isDecimal(value)) return value;
  const number = formatDecimal(value.trim(), language);
  return language === 'de' ? `${number} %` : `${number}%`;
}

/**
 * A revision's variables as the contract prints them, in its language, as the proposal prints amounts and
 * dates: amounts in the offer's currency ("86.275,00 €" / "€86,275.00"), recurring fees with their period,
 * ISO dates as "01.04.2027" / "1 April 2027", the availability as a percentage; the term's end and last
 * notice date worked out from start, term and notice (left out while those are incomplete). Values that
 * are not what their name expects (free text) print as entered; empty ones stay empty, so the export
 * lists them as missing.
 */
export function printVariables(
  variables: Readonly<Record<string, string>>,
  { language, currency }: { language: ContractLanguage; currency: string },
): Record<string, string> {
  const out: Record<string, string> = { ...variables };
  for (const name of MONEY) {
    const value = (variables[name] ?? '').trim();
    if (isDecimal(value)) out[name] = formatMoney(new Decimal(value), currency, language);
  }
  const period = PERIOD[language][(variables['offer.recurringPeriod'] ?? '').trim()];
  if (
    out['offer.recurringTotal'] &&
    period !== undefined &&
    isDecimal(variables['offer.recurringTotal'] ?? '')
  )
    out['offer.recurringTotal'] = `${out['offer.recurringTotal']} ${period}`;
  for (const name of DATES) {
    const value = (variables[name] ?? '').trim();
    if (value !== '') out[name] = formatDocumentDate(value, language);
  }
  const availability = (variables['sla.availability'] ?? '').trim();
  if (availability !== '') out['sla.availability'] = percent(availability, language);

  const start = (variables['contract.start'] ?? '').trim();
  const termMonths = (variables['contract.termMonths'] ?? '').trim();
  const noticeMonths = (variables['contract.noticeMonths'] ?? '').trim();
  const renewalMonths = (variables['contract.renewalMonths'] ?? '').trim() || '0';
  if (/^\d{4}-\d{2}-\d{2}$/.test(start) && isWhole(termMonths) && isWhole(noticeMonths)) {
    try {
      const term = contractTerm({ start, termMonths, noticeMonths, renewalMonths, asOf: start });
      out['contract.termEnd'] ||= formatDocumentDate(term.termEnd, language);
      out['contract.lastNoticeDate'] ||= formatDocumentDate(term.lastNoticeDate, language);
    } catch {
      // A notice longer than the term: the variables panel says so; the dates stay missing.
    }
  }
  return out;
}

/** The id a clause has in the document: its library key, else (a clause written in this contract) its row id. */
export const documentClauseId = (clause: Pick<ContractRevisionClause, 'id' | 'key'>): string =>
  clause.key || clause.id;

/** The revision's SLA table with hours as numbers; '' resolution means "best effort". */
export function slaRows(revision: Pick<ContractRevision, 'slaTable'>): SlaPriorityRow[] {
  return revision.slaTable.map((row) => ({
    priority: row.priority,
    label: row.label,
    description: row.description,
    responseHours: row.responseHours,
    resolutionHours: row.resolutionHours === '' ? null : row.resolutionHours,
  }));
}

/** "Dr. Anna Schmidt, Geschäftsführerin" → name and function; several commas: all of it is the name. */
function signatoryOf(representative: string): { name: string; function?: string } | undefined {
  const text = representative.trim();
  if (text === '') return undefined;
  const parts = text.split(/,\s*/);
  return parts.length === 2 ? { name: parts[0]!, function: parts[1]! } : { name: text };
}

/**
 * The document input of a revision: clauses in order with their library key as id (so `{{ref:key}}`
 * resolves), variables formatted for print, the company from its profile (logo and brand colour), the
 * client as the variables name it, the SLA table, and the drafting-aid note only on a draft.
 */
export function documentInput({
  contract,
  revision,
  clauses,
  company,
  currency,
  disclaimer,
}: {
  contract: Pick<Contract, 'title' | 'type' | 'language' | 'status' | 'currentRevisionId'>;
  revision: ContractRevision;
  clauses: readonly ContractRevisionClause[];
  company: CompanyProfile | undefined;
  currency: string;
  disclaimer: string;
}): ContractDocxInput {
  const language = contract.language as ContractLanguage;
  const variables = printVariables(revision.variables, { language, currency });
  const { logo, brandColor, ...profile } = company ?? emptyCompanyProfile();
  const representative = (variables['company.representative'] ?? '').trim();
  const companyParty: ContractCompanyParty = {
    ...profile,
    ...(representative !== '' ? { representative } : {}),
  };
  const clientRepresentative = (variables['client.representative'] ?? '').trim();
  const signatory = signatoryOf(clientRepresentative);
  // An older revision prints the status it had: sent once frozen, signed once signed.
  const status: ContractDocumentStatus =
    revision.id === contract.currentRevisionId
      ? contract.status
      : revision.signedPdfSha256 !== ''
        ? 'signed'
        : revision.contentHash !== ''
          ? 'sent'
          : 'draft';
  const logoPng = logoFromDataUrl(logo)?.data ?? null;
  return {
    language,
    title: contract.title,
    contractType: contract.type,
    parties: {
      company: companyParty,
      client: {
        name: variables['client.name'] ?? '',
        address: variables['client.address'] ?? '',
        ...(clientRepresentative !== '' ? { representative: clientRepresentative } : {}),
        ...(signatory ? { signatory } : {}),
      },
    },
    clauses: clauses.map((clause) => ({
      id: documentClauseId(clause),
      title: clause.title,
      body: clause.body,
    })),
    variables,
    slaResponseTable: slaRows(revision),
    revision: revision.number,
    status,
    branding: { brandColor, logoPng },
    ...(status === 'draft' ? { disclaimer } : {}),
  };
}

/**
 * A revision's clauses with placeholders and references resolved (what it reads like), for the redline.
 * Anything unresolved stays as written. Ids: the library key, a clause written in the contract by its title.
 */
export function resolveRevisionClauses(
  clauses: readonly ContractRevisionClause[],
  variables: Readonly<Record<string, string>>,
  { language, currency }: { language: ContractLanguage; currency: string },
): RevisionClause[] {
  const printed = printVariables(variables, { language, currency });
  const numbering = numberClauses(clauses.map((clause) => ({ id: documentClauseId(clause) })));
  const seen = new Map<string, number>();
  return clauses.map((clause) => {
    const resolve = (text: string) =>
      resolveContractText(text, printed, numbering, { language }).text;
    let clauseId = clause.key || `custom:${clause.title.trim()}`;
    const count = (seen.get(clauseId) ?? 0) + 1;
    seen.set(clauseId, count);
    if (count > 1) clauseId = `${clauseId}#${count}`;
    return { clauseId, title: resolve(clause.title), body: resolve(clause.body) };
  });
}
