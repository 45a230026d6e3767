// Pure view helpers of the contract editor and lists (issue 13): what the screens show, computed
// from rows, so the components only draw it and the rules are tested as functions.
import {
  CONTRACT_VARIABLE_NAMES,
  CONTRACT_VARIABLES,
  availabilityFromDowntime,
  contractTermDetails,
  listPlaceholders,
  numberClauses,
  parseClauseBody,
  resolveContractText,
  sectionLabel,
  slaDowntime,
} from '#shared/contracts';
import type {
  Clause,
  ClauseBlock,
  ContractLanguage,
  ContractTermDetails,
  ContractType,
  NegotiationPosition,
  ServiceHours,
  SlaPeriod,
} from '#shared/contracts';
import type { ContractExportIssue } from '#shared/documents/contracts/contract-text';
import type { ContractClause, ContractRevisionClause } from '#shared/domain/contracts';

export { isPublicSectorClient } from '#shared/contracts/public-sector';
export { factsLines } from '#shared/contracts';

/** The id a draft clause is numbered and referenced by: its library key, else its row id. */
export const clauseRefId = (clause: Pick<ContractRevisionClause, 'key' | 'id'>): string =>
  clause.key || clause.id;

/** The clause numbering of a draft (§ n by position), tolerant of a key that appears twice. */
export function draftNumbering(
  clauses: readonly Pick<ContractRevisionClause, 'key' | 'id'>[],
): Record<string, number> {
  const seen = new Set<string>();
  const unique = clauses.map((clause) => {
    const id = clauseRefId(clause);
    const first = !seen.has(id);
    seen.add(id);
    return { id: first ? id : clause.id };
  });
  return numberClauses(unique);
}

export type VariableGroup = 'company' | 'client' | 'offer' | 'contract' | 'sla' | 'free';

export type VariableRow = {
  name: string;
  /** The catalogue's label in the UI language; the name itself for free variables. */
  label: string;
  group: VariableGroup;
  value: string;
  /** How many clauses of the draft use it. */
  usedIn: number;
  /** Used by a clause and empty: export is blocked. */
  missing: boolean;
  /** Derived from other values (term end, last notice date): shown, not edited. */
  computed: boolean;
};

const COMPUTED = new Set(['contract.termEnd', 'contract.lastNoticeDate']);
const GROUPS: VariableGroup[] = ['company', 'client', 'offer', 'contract', 'sla'];

/**
 * Every catalogue variable plus the free ones the clauses use (or the revision holds), each with
 * its label, value and whether a clause needs it and it is empty.
 */
export function variableRows(
  variables: Readonly<Record<string, string>>,
  clauses: readonly Pick<ContractRevisionClause, 'body'>[],
  language: ContractLanguage,
): VariableRow[] {
  const uses = new Map<string, number>();
  for (const clause of clauses) {
    for (const name of listPlaceholders(clause.body).variables) {
      uses.set(name, (uses.get(name) ?? 0) + 1);
    }
  }
  const known = new Set<string>(CONTRACT_VARIABLE_NAMES);
  const free = [...new Set([...uses.keys(), ...Object.keys(variables)])]
    .filter((name) => !known.has(name))
    .sort((a, b) => a.localeCompare(b));
  const row = (name: string, group: VariableGroup, label: string): VariableRow => {
    const value = variables[name] ?? '';
    const usedIn = uses.get(name) ?? 0;
    const computed = COMPUTED.has(name);
    return {
      name,
      label,
      group,
      value,
      usedIn,
      missing: usedIn > 0 && !computed && value.trim() === '',
      computed,
    };
  };
  return [
    ...CONTRACT_VARIABLE_NAMES.map((name) => {
      // The offer's project plan (plan.*) is listed with the offer's variables.
      const prefix = name.split('.')[0]!.replace(/^plan$/, 'offer') as VariableGroup;
      return row(
        name,
        GROUPS.includes(prefix) ? prefix : 'free',
        CONTRACT_VARIABLES[name][language],
      );
    }),
    ...free.map((name) => row(name, 'free', name)),
  ];
}

/**
 * The variable a validation issue of `setVariable` names, read from its path: the variable name
 * itself ('contract.noticeMonths'), possibly below `variables`, or split at its dot.
 */
export function issueVariable(
  path: readonly PropertyKey[],
  names: readonly string[],
): string | undefined {
  const joined = path.map(String).join('.');
  return (
    names.find((name) => joined === name) ??
    names.find((name) => joined.endsWith(`.${name}`) || joined.endsWith(`:${name}`))
  );
}

export type PreviewSegment = { text: string; unresolved?: boolean };
export type PreviewBlock =
  | { kind: 'heading'; level: number; segments: PreviewSegment[] }
  | { kind: 'paragraph'; segments: PreviewSegment[] }
  | { kind: 'list'; items: PreviewSegment[][] };
export type PreviewClause = {
  id: string;
  label: string;
  title: string;
  blocks: PreviewBlock[];
  unresolved: number;
};

const UNRESOLVED = /(\{\{[^{}]*\}\})/;

function segments(text: string): PreviewSegment[] {
  return text
    .split(UNRESOLVED)
    .filter((part) => part !== '')
    .map((part) => (UNRESOLVED.test(part) ? { text: part, unresolved: true } : { text: part }));
}

function previewBlock(block: ClauseBlock): PreviewBlock {
  if (block.kind === 'list') return { kind: 'list', items: block.items.map(segments) };
  if (block.kind === 'heading')
    return { kind: 'heading', level: block.level, segments: segments(block.text) };
  return { kind: 'paragraph', segments: segments(block.text) };
}

/**
 * The live preview: clauses numbered § 1 … in draft order, placeholders filled, cross-references
 * as current numbers; what cannot be resolved stays as written and is marked.
 */
export function previewClauses(
  clauses: readonly Pick<ContractRevisionClause, 'id' | 'key' | 'title' | 'body'>[],
  variables: Readonly<Record<string, string>>,
  language: ContractLanguage,
): PreviewClause[] {
  const numbering = draftNumbering(clauses);
  return clauses.map((clause, index) => {
    const resolved = resolveContractText(clause.body, variables, numbering, { language });
    return {
      id: clause.id,
      label: sectionLabel(index + 1, language),
      title: clause.title,
      blocks: parseClauseBody(resolved.text).map(previewBlock),
      unresolved:
        resolved.missingVariables.length +
        resolved.unknownPlaceholders.length +
        resolved.unknownReferences.length,
    };
  });
}

/** Everything in the draft that does not resolve, as the export would list it. */
export function unresolvedItems(
  clauses: readonly Pick<ContractRevisionClause, 'id' | 'key' | 'title' | 'body'>[],
  variables: Readonly<Record<string, string>>,
  language: ContractLanguage,
): ContractExportIssue[] {
  const numbering = draftNumbering(clauses);
  const found = new Map<string, Extract<ContractExportIssue, { name: string }>>();
  clauses.forEach((clause, index) => {
    const resolved = resolveContractText(clause.body, variables, numbering, { language });
    const add = (kind: 'unknownPlaceholder' | 'missingVariable' | 'unknownReference') =>
      function (name: string) {
        const id = `${kind}:${name}`;
        const issue = found.get(id) ?? { kind, name, clauses: [] };
        issue.clauses.push({ id: clauseRefId(clause), number: index + 1 });
        found.set(id, issue);
      };
    resolved.missingVariables.forEach(add('missingVariable'));
    resolved.unknownPlaceholders.forEach(add('unknownPlaceholder'));
    resolved.unknownReferences.forEach(add('unknownReference'));
  });
  return [...found.values()];
}

/** Where an export issue is fixed: a variable's input, a clause, the SLA table. */
export type IssueTarget =
  | { tab: 'variables'; variable: string }
  | { tab: 'clauses'; clauseIndex: number }
  | { tab: 'sla' }
  | { tab: 'term' };

/** Variables worked out from others: a missing one is fixed where those are entered. */
const FIXED_IN: Record<string, IssueTarget> = {
  'contract.termEnd': { tab: 'term' },
  'contract.lastNoticeDate': { tab: 'term' },
  'sla.responseTable': { tab: 'sla' },
};

/** The variable a missing party detail of the export names ('parties.client.address' → 'client.address'). */
export const partyVariable = (field: string): string => field.replace(/^parties\./, '');

export function issueTarget(
  issue: ContractExportIssue,
  clauses: readonly Pick<ContractRevisionClause, 'id' | 'key'>[],
): IssueTarget {
  switch (issue.kind) {
    case 'missingVariable':
      return FIXED_IN[issue.name] ?? { tab: 'variables', variable: issue.name };
    case 'missingParty':
      return { tab: 'variables', variable: partyVariable(issue.field) };
    case 'slaTable':
      return { tab: 'sla' };
    default: {
      const first = issue.clauses[0];
      const index = first ? clauses.findIndex((clause) => clauseRefId(clause) === first.id) : -1;
      return { tab: 'clauses', clauseIndex: Math.max(index, 0) };
    }
  }
}

/** A library row as the pure core reads it (positions from the flat fields). */
export function libraryClause(row: ContractClause): Clause {
  const positions: NonNullable<Clause['positions']> = {};
  if (row.fallbackBody.trim() !== '')
    positions.fallback = { body: row.fallbackBody, note: row.fallbackNote };
  if (row.walkAwayBody.trim() !== '')
    positions.walkAway = { body: row.walkAwayBody, note: row.walkAwayNote };
  return {
    id: row.key,
    title: row.title,
    body: row.body,
    category: row.category,
    contractTypes: row.contractTypes,
    language: row.language as ContractLanguage,
    version: row.version,
    positions,
    preferredNote: row.preferredNote,
    ...(row.condition ? { condition: row.condition } : {}),
    requiredFor: row.requiredFor,
    covers: row.covers,
  };
}

/** The negotiation positions a library clause offers (preferred always). */
export function availablePositions(
  row: Pick<ContractClause, 'fallbackBody' | 'walkAwayBody'> | undefined,
): NegotiationPosition[] {
  const positions: NegotiationPosition[] = ['preferred'];
  if (row && row.fallbackBody.trim() !== '') positions.push('fallback');
  if (row && row.walkAwayBody.trim() !== '') positions.push('walk-away');
  return positions;
}

/** The sales engineer's note for a position of a library clause. */
export function positionNote(
  row: Pick<ContractClause, 'preferredNote' | 'fallbackNote' | 'walkAwayNote'> | undefined,
  position: NegotiationPosition,
): string {
  if (!row) return '';
  if (position === 'fallback') return row.fallbackNote;
  if (position === 'walk-away') return row.walkAwayNote;
  return row.preferredNote;
}

/** Whether the contract type requires the clause (it is then marked and not removable). */
export const isRequired = (
  row: Pick<ContractClause, 'requiredFor'> | undefined,
  type: ContractType,
): boolean => row !== undefined && row.requiredFor.includes(type);

export type TermView =
  | { state: 'incomplete' }
  | { state: 'invalid'; field: string; message: string }
  | { state: 'ok'; details: ContractTermDetails };

/** The current term and last notice date from the revision's variables, as of a day. */
export function termView(variables: Readonly<Record<string, string>>, asOf: string): TermView {
  const start = variables['contract.start'] ?? '';
  const termMonths = variables['contract.termMonths'] ?? '';
  const noticeMonths = variables['contract.noticeMonths'] ?? '';
  const renewalMonths = variables['contract.renewalMonths'] ?? '';
  if (start.trim() === '' || termMonths.trim() === '' || noticeMonths.trim() === '')
    return { state: 'incomplete' };
  try {
    return {
      state: 'ok',
      details: contractTermDetails({
        start,
        termMonths,
        noticeMonths,
        renewalMonths: renewalMonths.trim() === '' ? 0 : renewalMonths,
        asOf,
      }),
    };
  } catch (error) {
    const field = (error as { field?: unknown }).field;
    return {
      state: 'invalid',
      field: typeof field === 'string' ? field : '',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

export type SlaCalculation =
  | { ok: true; rows: { period: SlaPeriod; minutes: number }[] }
  | { ok: false; field: 'availability' | 'serviceHours' | 'days' };

const PERIODS: SlaPeriod[] = ['day', 'week', 'month', 'year'];

/** Allowed downtime for every period from an availability (text as typed). */
export function slaTable(
  availability: string,
  serviceHours: ServiceHours | undefined,
  days: string,
): SlaCalculation {
  const value = availability.trim().replace(',', '.');
  const monthDays = days.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 100)
    return { ok: false, field: 'availability' };
  try {
    return {
      ok: true,
      rows: PERIODS.map((period) => ({
        period,
        minutes: slaDowntime({
          availabilityPct: value,
          period,
          days: monthDays,
          serviceHours,
        }).minutes,
      })),
    };
  } catch (error) {
    const field = String((error as { field?: unknown }).field ?? '');
    return { ok: false, field: field.startsWith('serviceHours') ? 'serviceHours' : 'days' };
  }
}

/** The availability that allows a downtime (minutes as typed) in a period, or null when invalid. */
export function availabilityFor(
  downtime: string,
  period: SlaPeriod,
  serviceHours: ServiceHours | undefined,
  days: string,
): number | null {
  const value = downtime.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  try {
    return availabilityFromDowntime({
      downtimeMinutes: value,
      period,
      days: days.trim().replace(',', '.'),
      serviceHours,
    }).availabilityPct;
  } catch {
    return null;
  }
}

/** Minutes as "1 h 12 min" / "43.2 min" pieces: whole hours and the rest with up to two decimals. */
export function splitMinutes(minutes: number): { hours: number; minutes: number } {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round((minutes - hours * 60) * 100) / 100;
  return { hours, minutes: rest };
}
