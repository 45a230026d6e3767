import { ContractInputError } from './errors';
import { CONTRACT_VARIABLE_NAMES } from './variables';
import type { ContractVariables } from './variables';
import type { ContractLanguage } from './types';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const REFERENCE_PREFIX = 'ref:';

/** Clause numbers by clause id, in draft order from 1. */
export type ClauseNumbering = Record<string, number>;

/** Numbers the clauses of a draft § 1, § 2 … in their order; a clause id may appear once. */
export function numberClauses(
  clauses: ReadonlyArray<{ clauseId: string } | { id: string }>,
): ClauseNumbering {
  const numbering: ClauseNumbering = {};
  clauses.forEach((clause, index) => {
    const id = 'clauseId' in clause ? clause.clauseId : clause.id;
    if (typeof id !== 'string' || id === '')
      throw new ContractInputError(`clauses[${index}].clauseId`, 'is empty');
    if (Object.hasOwn(numbering, id)) {
      throw new ContractInputError(`clauses[${index}].clauseId`, `"${id}" is in the draft twice`);
    }
    numbering[id] = index + 1;
  });
  return numbering;
}

/** How a clause number reads: "§ 4" in German, "Section 4" in English. */
export function sectionLabel(number: number, language: ContractLanguage): string {
  return language === 'de' ? `§ ${number}` : `Section ${number}`;
}

export type ResolvedText = {
  text: string;
  /** Placeholders that name no known variable, e.g. a typo `{{client.nmae}}`, in order of first use. */
  unknownPlaceholders: string[];
  /** Known variables used in the text without a value. */
  missingVariables: string[];
  /** Cross-references to clauses that are not in the draft. */
  unknownReferences: string[];
};

export type ResolveOptions = {
  language?: ContractLanguage;
  /** Variable names that exist; default: the contract variables catalogue plus every key of `variables`. */
  known?: readonly string[];
};

/**
 * Fills placeholders from `variables` and turns `{{ref:<clauseId>}}` into the clause's current number.
 * What cannot be resolved stays in the text as written and is listed, so that nothing renders blank.
 */
export function resolveContractText(
  body: string,
  variables: ContractVariables,
  numbering: ClauseNumbering,
  { language = 'de', known }: ResolveOptions = {},
): ResolvedText {
  if (typeof body !== 'string') throw new ContractInputError('body', 'must be a string');
  const knownNames = new Set<string>(
    known ?? [...CONTRACT_VARIABLE_NAMES, ...Object.keys(variables)],
  );
  const unknownPlaceholders = new Set<string>();
  const missingVariables = new Set<string>();
  const unknownReferences = new Set<string>();
  const text = body.replace(PLACEHOLDER, (whole, rawName: string) => {
    const name = rawName.trim();
    if (name.startsWith(REFERENCE_PREFIX)) {
      const clauseId = name.slice(REFERENCE_PREFIX.length).trim();
      const number = Object.hasOwn(numbering, clauseId) ? numbering[clauseId] : undefined;
      if (number === undefined) {
        unknownReferences.add(clauseId);
        return whole;
      }
      return sectionLabel(number, language);
    }
    if (!knownNames.has(name)) {
      unknownPlaceholders.add(name);
      return whole;
    }
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
    const text = value === null || value === undefined ? '' : String(value);
    if (text.trim() === '') {
      missingVariables.add(name);
      return whole;
    }
    return text;
  });
  return {
    text,
    unknownPlaceholders: [...unknownPlaceholders],
    missingVariables: [...missingVariables],
    unknownReferences: [...unknownReferences],
  };
}

/** The placeholder names (without `ref:` cross-references) and referenced clause ids in a text. */
export function listPlaceholders(body: string): { variables: string[]; references: string[] } {
  const variables = new Set<string>();
  const references = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1]!.trim();
    if (name.startsWith(REFERENCE_PREFIX))
      references.add(name.slice(REFERENCE_PREFIX.length).trim());
    else variables.add(name);
  }
  return { variables: [...variables], references: [...references] };
}

export type ClauseBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

/**
 * Reads a Markdown-like clause body: '#' headings, '- ' list items, paragraphs separated by blank lines
 * (lines of one paragraph join with a space).
 */
export function parseClauseBody(body: string): ClauseBlock[] {
  const blocks: ClauseBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', items: list });
    list = null;
  };
  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
    } else if (/^[-*]\s+/.test(line)) {
      if (paragraph.length > 0) {
        blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
        paragraph = [];
      }
      (list ??= []).push(line.replace(/^[-*]\s+/, ''));
    } else if (list) {
      // A line after a list item without a blank line continues that item.
      list[list.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
