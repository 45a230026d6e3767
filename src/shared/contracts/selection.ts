import { evaluateCondition } from './conditions';
import { ContractInputError } from './errors';
import { COMPLETENESS_LABELS, REQUIRED_ITEMS } from './requirements';
import { CONTRACT_TYPES } from './types';
import type {
  Clause,
  ClauseCategory,
  CompletenessItem,
  ContractFacts,
  ContractLanguage,
  ContractType,
} from './types';

/** The default order of clause categories per contract type; categories not listed follow in library order. */
export const DEFAULT_STRUCTURE: Record<ContractType, ClauseCategory[]> = {
  werkvertrag: [
    'preamble',
    'parties',
    'definitions',
    'subject',
    'scope',
    'services',
    'cooperation',
    'acceptance',
    'prices',
    'payment',
    'ip-rights',
    'warranty',
    'liability',
    'confidentiality',
    'data-protection',
    'subcontractors',
    'public-sector',
    'export-control',
    'term',
    'termination',
    'general',
  ],
  dienstvertrag: [
    'preamble',
    'parties',
    'definitions',
    'subject',
    'scope',
    'services',
    'cooperation',
    'prices',
    'payment',
    'ip-rights',
    'liability',
    'confidentiality',
    'data-protection',
    'subcontractors',
    'public-sector',
    'export-control',
    'term',
    'termination',
    'general',
  ],
  'software-licence': [
    'preamble',
    'parties',
    'definitions',
    'subject',
    'licence',
    'scope',
    'services',
    'prices',
    'payment',
    'warranty',
    'liability',
    'ip-rights',
    'confidentiality',
    'data-protection',
    'audit',
    'public-sector',
    'export-control',
    'term',
    'termination',
    'general',
  ],
  'maintenance-sla': [
    'preamble',
    'parties',
    'definitions',
    'subject',
    'scope',
    'services',
    'support',
    'sla',
    'cooperation',
    'prices',
    'payment',
    'warranty',
    'liability',
    'confidentiality',
    'data-protection',
    'security',
    'subcontractors',
    'public-sector',
    'export-control',
    'term',
    'termination',
    'general',
  ],
  saas: [
    'preamble',
    'parties',
    'definitions',
    'subject',
    'scope',
    'services',
    'licence',
    'sla',
    'support',
    'security',
    'data-protection',
    'cooperation',
    'prices',
    'payment',
    'warranty',
    'liability',
    'confidentiality',
    'subcontractors',
    'public-sector',
    'export-control',
    'term',
    'termination',
    'general',
  ],
  avv: [
    'preamble',
    'parties',
    'definitions',
    'subject',
    'scope',
    'data-protection',
    'confidentiality',
    'security',
    'subcontractors',
    'audit',
    'liability',
    'term',
    'termination',
    'general',
  ],
  nda: [
    'preamble',
    'parties',
    'definitions',
    'subject',
    'confidentiality',
    'liability',
    'term',
    'general',
  ],
};

function checkType(type: unknown): ContractType {
  if (!(CONTRACT_TYPES as readonly unknown[]).includes(type)) {
    throw new ContractInputError(
      'type',
      `must be one of ${CONTRACT_TYPES.join(', ')}, got ${JSON.stringify(type)}`,
    );
  }
  return type as ContractType;
}

/** Whether a library clause belongs in a contract of this type, language and facts. */
export function clauseApplies(
  clause: Clause,
  {
    type,
    facts,
    language,
  }: { type: ContractType; facts: ContractFacts; language: ContractLanguage },
): boolean {
  if (clause.language !== language) return false;
  const forType = clause.contractTypes.includes(type) || (clause.requiredFor ?? []).includes(type);
  return forType && evaluateCondition(clause.condition, facts);
}

/**
 * The clauses of the library that apply to a new contract: of the type and language, with their condition
 * holding, in the type's default order (by category, then library order).
 */
export function selectClauses(
  library: readonly Clause[],
  {
    type,
    facts,
    language,
  }: { type: ContractType; facts: ContractFacts; language: ContractLanguage },
): Clause[] {
  checkType(type);
  const order = DEFAULT_STRUCTURE[type];
  const rank = (clause: Clause) => {
    const index = order.indexOf(clause.category);
    return index === -1 ? order.length : index;
  };
  return library
    .map((clause, index) => ({ clause, index }))
    .filter(({ clause }) => clauseApplies(clause, { type, facts, language }))
    .sort((a, b) => rank(a.clause) - rank(b.clause) || a.index - b.index)
    .map(({ clause }) => clause);
}

export type MissingItem = { item: CompletenessItem; label: string };

/** A clause as the completeness check reads it: what it covers and its text in the draft. */
export type CoveringClause = { covers?: readonly CompletenessItem[]; body: string };

// The cases in which liability cannot be limited (§§ 276 (3), 309 No. 7 BGB, § 14 ProdHaftG): a clause
// claiming 'liability.non-excludable' must still name them all in its draft text, in either language.
const NON_EXCLUDABLE: Record<ContractLanguage, RegExp[]> = {
  de: [
    /vorsatz|vorsätzlich/i,
    /grob\w*\s+fahrlässig/i,
    /leben/i,
    /körper/i,
    /gesundheit/i,
    /produkthaftung/i,
  ],
  en: [
    /intent/i,
    /gross\w*\s+neglig/i,
    /\blife\b/i,
    /\bbod(y|ily)\b/i,
    /health/i,
    /product liability/i,
  ],
};

function keepsNonExcludableCases(body: string): boolean {
  return Object.values(NON_EXCLUDABLE).some((patterns) =>
    patterns.every((pattern) => pattern.test(body)),
  );
}

/**
 * The required items of a contract type that the chosen clauses do not cover, with labels. Items with a
 * condition (EVB-IT for public-sector clients, AVV when personal data is processed) count when it holds.
 */
export function completeness(
  type: ContractType,
  chosenClauses: readonly CoveringClause[],
  { facts = {}, language = 'de' }: { facts?: ContractFacts; language?: ContractLanguage } = {},
): MissingItem[] {
  checkType(type);
  const covered = new Set<CompletenessItem>();
  for (const clause of chosenClauses) {
    for (const item of clause.covers ?? []) {
      if (item === 'liability.non-excludable' && !keepsNonExcludableCases(clause.body)) continue;
      covered.add(item);
    }
  }
  return REQUIRED_ITEMS[type]
    .filter(({ item, condition }) => !covered.has(item) && evaluateCondition(condition, facts))
    .map(({ item }) => ({ item, label: COMPLETENESS_LABELS[language][item] }));
}
