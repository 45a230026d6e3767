import { checkSlaResponseTable, formatSlaResponseTable } from '../../contracts/sla-table';
import type { SlaPriorityRow, SlaTableIssue } from '../../contracts/sla-table';
import {
  numberClauses,
  parseClauseBody,
  resolveContractText,
  sectionLabel,
} from '../../contracts/text';
import type { ClauseBlock } from '../../contracts/text';
import type { ContractLanguage } from '../../contracts/types';
import type { ContractVariables } from '../../contracts/variables';

/** A clause of the draft as the document prints it: the text of the position it uses, in draft order. */
export type ContractDocxClause = { id: string; title: string; body: string };

/** Something that keeps the contract from being exported, with where it is fixed. */
export type ContractExportIssue =
  | {
      kind: 'unknownPlaceholder' | 'missingVariable' | 'unknownReference';
      /** The placeholder's variable name, or the referenced clause id. */
      name: string;
      /** Every clause that uses it, by id, with its number in the draft. */
      clauses: { id: string; number: number }[];
    }
  | { kind: 'missingParty'; field: string }
  | { kind: 'slaTable'; issues: SlaTableIssue[] };

const describeIssue = (issue: ContractExportIssue): string => {
  switch (issue.kind) {
    case 'missingParty':
      return `${issue.field} is empty`;
    case 'slaTable':
      return `the SLA response table is invalid (${issue.issues
        .map((one) => `row ${one.row + 1} ${one.field}: ${one.code}`)
        .join(', ')})`;
    default: {
      const where = issue.clauses.map((clause) => `§ ${clause.number} (${clause.id})`).join(', ');
      const what =
        issue.kind === 'missingVariable'
          ? 'missing variable'
          : issue.kind === 'unknownPlaceholder'
            ? 'unknown placeholder'
            : 'reference to a clause not in the draft';
      return `${what} ${issue.name} in ${where}`;
    }
  }
};

/** The contract cannot be exported: `issues` lists everything that is missing or unknown, in clause order. */
export class ContractExportError extends Error {
  readonly issues: ContractExportIssue[];
  constructor(issues: ContractExportIssue[]) {
    super(`The contract cannot be exported: ${issues.map(describeIssue).join('; ')}`);
    this.name = 'ContractExportError';
    this.issues = issues;
  }
}

/** A block of a resolved clause: the core's blocks plus the SLA response table as a table. */
export type ContractBlock = ClauseBlock | { kind: 'slaTable'; rows: SlaPriorityRow[] };

export type ResolvedClause = {
  id: string;
  number: number;
  heading: string;
  blocks: ContractBlock[];
};

// Stands in for {{sla.responseTable}} while the text is resolved and parsed, where the table goes.
const TABLE_MARK = '\uE000sla.responseTable\uE000';
const TABLE_VARIABLE = 'sla.responseTable';

function withTable(
  blocks: ClauseBlock[],
  rows: SlaPriorityRow[],
  inline: () => string,
): ContractBlock[] {
  const fill = (text: string) =>
    text.includes(TABLE_MARK) ? text.split(TABLE_MARK).join(inline()) : text;
  return blocks.flatMap((block): ContractBlock[] => {
    if (block.kind === 'heading') return [{ ...block, text: fill(block.text) }];
    if (block.kind === 'list') return [{ ...block, items: block.items.map(fill) }];
    if (!block.text.includes(TABLE_MARK)) return [block];
    const parts: ContractBlock[] = [];
    block.text.split(TABLE_MARK).forEach((piece, index) => {
      if (index > 0) parts.push({ kind: 'slaTable', rows });
      if (piece.trim() !== '') parts.push({ kind: 'paragraph', text: piece.trim() });
    });
    return parts;
  });
}

/**
 * Resolves every clause's title and body (placeholders, § references) and reads the body's blocks. Where the
 * SLA response table is given as rows, {{sla.responseTable}} becomes a table. Nothing unresolved is printed:
 * every unknown placeholder, missing variable and unknown reference is collected and thrown at once.
 */
export function resolveClauses({
  clauses,
  variables,
  language,
  slaResponseTable,
  issues,
}: {
  clauses: readonly ContractDocxClause[];
  variables: ContractVariables;
  language: ContractLanguage;
  slaResponseTable?: SlaPriorityRow[];
  /** Issues found before (the parties); the clauses' are added. */
  issues: ContractExportIssue[];
}): ResolvedClause[] {
  const numbering = numberClauses(clauses);
  const table = slaResponseTable !== undefined && slaResponseTable.length > 0;
  const values: ContractVariables = table
    ? { ...variables, [TABLE_VARIABLE]: TABLE_MARK }
    : variables;
  const found = new Map<string, Extract<ContractExportIssue, { name: string }>>();
  const note = (
    kind: 'unknownPlaceholder' | 'missingVariable' | 'unknownReference',
    names: string[],
    clause: { id: string; number: number },
  ) => {
    for (const name of names) {
      const key = `${kind}:${name}`;
      const issue = found.get(key) ?? { kind, name, clauses: [] };
      if (!issue.clauses.some((one) => one.id === clause.id)) issue.clauses.push(clause);
      found.set(key, issue);
    }
  };
  // A table with bad rows is reported, not printed: the export stops before anything is written.
  const tableIssues = table ? checkSlaResponseTable(slaResponseTable) : [];
  let inlineTable: string | undefined;
  // Inside a sentence, a list item or a heading the table is written as the core's text, one row after another.
  const inline = () =>
    (inlineTable ??=
      tableIssues.length > 0
        ? ''
        : formatSlaResponseTable(slaResponseTable!, language)
            .split('\n')
            .map((line) => line.replace(/^- /, ''))
            .join(' '));
  let usesTable = false;
  const resolved = clauses.map((clause) => {
    const number = numbering[clause.id]!;
    const where = { id: clause.id, number };
    const parts = [clause.title, clause.body].map((text) => {
      const result = resolveContractText(text, values, numbering, { language });
      note('unknownPlaceholder', result.unknownPlaceholders, where);
      note('missingVariable', result.missingVariables, where);
      note('unknownReference', result.unknownReferences, where);
      return result.text;
    });
    const [title, body] = parts as [string, string];
    usesTable ||= body.includes(TABLE_MARK) || title.includes(TABLE_MARK);
    const blocks = parseClauseBody(body);
    return {
      id: clause.id,
      number,
      heading: `${sectionLabel(number, language)} ${title.split(TABLE_MARK).join('').trim()}`,
      blocks: table ? withTable(blocks, slaResponseTable, inline) : blocks,
    };
  });
  issues.push(...found.values());
  if (usesTable && tableIssues.length > 0) {
    issues.push({ kind: 'slaTable', issues: tableIssues });
  }
  return resolved;
}
