import { ContractInputError } from '../../contracts/errors';
import type { SlaPriorityRow } from '../../contracts/sla-table';
import { CONTRACT_LANGUAGES, CONTRACT_TYPES } from '../../contracts/types';
import type { ContractLanguage, ContractType } from '../../contracts/types';
import type { ContractVariables } from '../../contracts/variables';
import { xmlSafeData } from '../../text/xml-text';
import { imageSize } from '../proposal/format';
import { CONTRACT_DOCUMENT_STATUSES, contractLabels } from './contract-labels';
import type { ContractDocumentStatus, ContractLabels } from './contract-labels';
import type { ContractClientParty, ContractCompanyParty } from './contract-parties';
import { ContractExportError, resolveClauses } from './contract-text';
import type { ContractDocxClause, ContractExportIssue, ResolvedClause } from './contract-text';

/** Everything the contract's Word and PDF files are built from, as plain data. */
export type ContractDocxInput = {
  language: ContractLanguage;
  title: string;
  contractType: ContractType;
  parties: { company: ContractCompanyParty; client: ContractClientParty };
  /** The draft's clauses in order, each with the text of the negotiation position it uses. */
  clauses: ContractDocxClause[];
  /** The values of the placeholders, already formatted for print ("109.752,89 €"). */
  variables: ContractVariables;
  /** The SLA response table; given, {{sla.responseTable}} prints as a table, else as the variable's text. */
  slaResponseTable?: SlaPriorityRow[];
  revision: number;
  status: ContractDocumentStatus;
  /** Brand colour #RRGGBB and the logo (PNG, or JPEG), as the proposal uses them. */
  branding: { brandColor: string; logoPng?: Uint8Array | null };
  /** The drafting-aid note for internal drafts; leave it out of what the customer gets. */
  disclaimer?: string;
};

function checkInput(input: ContractDocxInput): void {
  if (typeof input !== 'object' || input === null)
    throw new ContractInputError('input', 'must be an object');
  if (!(CONTRACT_LANGUAGES as readonly unknown[]).includes(input.language)) {
    throw new ContractInputError(
      'language',
      `must be de or en, got ${JSON.stringify(input.language)}`,
    );
  }
  if (!(CONTRACT_TYPES as readonly unknown[]).includes(input.contractType)) {
    throw new ContractInputError(
      'contractType',
      `must be one of ${CONTRACT_TYPES.join(', ')}, got ${JSON.stringify(input.contractType)}`,
    );
  }
  if (!(CONTRACT_DOCUMENT_STATUSES as readonly unknown[]).includes(input.status)) {
    throw new ContractInputError(
      'status',
      `must be one of ${CONTRACT_DOCUMENT_STATUSES.join(', ')}, got ${JSON.stringify(input.status)}`,
    );
  }
  if (typeof input.title !== 'string' || input.title.trim() === '')
    throw new ContractInputError('title', 'is empty');
  if (!Number.isInteger(input.revision) || input.revision < 1)
    throw new ContractInputError(
      'revision',
      `must be a whole number from 1, got ${input.revision}`,
    );
  const isObject = (value: unknown) => typeof value === 'object' && value !== null;
  if (
    !isObject(input.parties) ||
    !isObject(input.parties.company) ||
    !isObject(input.parties.client)
  )
    throw new ContractInputError('parties', 'must name the company and the client');
  if (!isObject(input.variables)) throw new ContractInputError('variables', 'must be an object');
  if (!isObject(input.branding)) throw new ContractInputError('branding', 'must be an object');
  const logo = input.branding.logoPng;
  if (logo !== undefined && logo !== null && !(logo instanceof Uint8Array && imageSize(logo)))
    throw new ContractInputError('branding.logoPng', 'must be a PNG or JPEG image');
  if (!Array.isArray(input.clauses) || input.clauses.length === 0)
    throw new ContractInputError('clauses', 'the contract has no clauses');
  input.clauses.forEach((clause, index) => {
    if (typeof clause.title !== 'string' || clause.title.trim() === '')
      throw new ContractInputError(`clauses[${index}].title`, 'is empty');
    if (typeof clause.body !== 'string')
      throw new ContractInputError(`clauses[${index}].body`, 'must be a string');
  });
}

function partyIssues({ company, client }: ContractDocxInput['parties']): ContractExportIssue[] {
  return [
    ['parties.company.name', company.name],
    ['parties.client.name', client.name],
    ['parties.client.address', client.address],
  ]
    .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
    .map(([field]) => ({ kind: 'missingParty', field: field! }));
}

/** The contract resolved once, as both the Word and the PDF file print it. */
export type PreparedContract = {
  /** The input with every text made safe for the file formats. */
  data: ContractDocxInput;
  labels: ContractLabels;
  clauses: ResolvedClause[];
  /** "Werkvertrag". */
  typeLabel: string;
  /** The parties' roles in the clauses; null for an NDA, whose parties are each a "Partei". */
  roles: { client: string; company: string } | null;
  /** "Werkvertrag · Client · Revision 2 · Entwurf", for the header of the pages after the cover. */
  headerText: string;
  /** Revision, status, date and offer for the cover, as label and value (empty ones left out). */
  details: [string, string][];
};

/**
 * Checks the input (bad input throws ContractInputError naming the field), then resolves every clause:
 * throws ContractExportError listing every unknown placeholder, missing variable, unknown reference and
 * missing party detail at once; nothing prints blank.
 */
export function prepareContract(input: ContractDocxInput): PreparedContract {
  checkInput(input);
  const data = xmlSafeData(input);
  const { language, parties } = data;
  const labels = contractLabels(language);
  const issues = partyIssues(parties);
  const clauses = resolveClauses({
    clauses: data.clauses,
    variables: data.variables,
    language,
    slaResponseTable: data.slaResponseTable,
    issues,
  });
  if (issues.length > 0) throw new ContractExportError(issues);
  const typeLabel = labels.types[data.contractType];
  const revision = `${labels.revision} ${data.revision}`;
  const printed = (name: string) => {
    const value = data.variables[name];
    return value === null || value === undefined ? '' : String(value).trim();
  };
  return {
    data,
    labels,
    clauses,
    typeLabel,
    roles:
      data.contractType === 'nda' ? null : { client: labels.client, company: labels.contractor },
    // Drafts say so on every page; what was sent or signed does not.
    headerText: [
      typeLabel,
      parties.client.name,
      revision,
      ...(data.status === 'draft' || data.status === 'in-review'
        ? [labels.statuses[data.status]]
        : []),
    ].join(' · '),
    details: [
      [labels.revision, String(data.revision)],
      [labels.status, labels.statuses[data.status]],
      [labels.date, printed('contract.date')],
      [labels.offer, printed('offer.number')],
    ].filter((row): row is [string, string] => row[1] !== ''),
  };
}
