// Plain input types of the contracts core (issue 13). The synced tables are designed separately;
// these types describe what the pure functions take and give.

export const CONTRACT_TYPES = [
  'werkvertrag',
  'dienstvertrag',
  'software-licence',
  'maintenance-sla',
  'saas',
  'avv',
  'nda',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const CLAUSE_CATEGORIES = [
  'preamble',
  'parties',
  'definitions',
  'subject',
  'scope',
  'services',
  'acceptance',
  'licence',
  'sla',
  'support',
  'data-protection',
  'confidentiality',
  'prices',
  'payment',
  'cooperation',
  'warranty',
  'liability',
  'ip-rights',
  'term',
  'termination',
  'subcontractors',
  'security',
  'audit',
  'public-sector',
  'export-control',
  'general',
] as const;
export type ClauseCategory = (typeof CLAUSE_CATEGORIES)[number];

export const CONTRACT_LANGUAGES = ['de', 'en'] as const;
export type ContractLanguage = (typeof CONTRACT_LANGUAGES)[number];

export const NEGOTIATION_POSITIONS = ['preferred', 'fallback', 'walk-away'] as const;
export type NegotiationPosition = (typeof NEGOTIATION_POSITIONS)[number];

/** Facts about the offer and client that clause conditions read. */
export const CONDITION_FACTS = [
  'hasRecurringLines',
  'hasCustomDevelopment',
  'publicSectorClient',
  'personalDataProcessed',
  'clientOutsideGermany',
  'slaAgreed',
  'hasPaymentPlan',
] as const;
export type ConditionFact = (typeof CONDITION_FACTS)[number];

export type ContractFacts = Partial<Record<ConditionFact, boolean>>;

/** A condition as readable data: a fact, or all/any/not of conditions. */
export type Condition =
  { fact: ConditionFact } | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** An alternative text of a clause for negotiation, with a note for the sales engineer. */
export type PositionText = {
  body: string;
  note: string;
};

/**
 * A library clause. `body` is Markdown-like: '#' headings, paragraphs separated by blank lines,
 * '- ' list items, placeholders `{{client.name}}` and cross-references `{{ref:<clauseId>}}` that render
 * as the referenced clause's current number ("§ 4" / "Section 4").
 */
export type Clause = {
  /** Stable slug, unique per language, e.g. 'werk-acceptance'. */
  id: string;
  title: string;
  body: string;
  category: ClauseCategory;
  contractTypes: ContractType[];
  language: ContractLanguage;
  /** Version of the approved text, e.g. '1.0'. */
  version: string;
  positions?: {
    fallback?: PositionText;
    walkAway?: PositionText;
  };
  /** Note for the sales engineer on the preferred text. */
  preferredNote?: string;
  /** The clause applies only when the condition holds. */
  condition?: Condition;
  /** Contract types for which this clause is required (it is then always selected). */
  requiredFor?: ContractType[];
  /** Completeness items this clause satisfies, e.g. 'avv.subject-and-duration'. */
  covers?: CompletenessItem[];
};

/** A clause as it stands in a draft: which position it uses, and the text when edited in the draft. */
export type DraftClause = {
  clauseId: string;
  title: string;
  /** The text in the draft (the position's text, possibly edited). */
  body: string;
  position: NegotiationPosition;
  /** True when the text was edited in the draft and differs from the library text of its position. */
  modified?: boolean;
  category?: ClauseCategory;
  covers?: CompletenessItem[];
};

/**
 * Completeness items a clause can cover (`Clause.covers`). Which ones each contract type requires is in
 * requirements.ts.
 */
export const COMPLETENESS_ITEMS = [
  'werk.subject',
  'werk.acceptance',
  'dienst.services',
  'licence.grant',
  'sla.service-levels',
  'sla.response-times',
  'saas.service',
  'data-protection.avv',
  'payment.terms',
  'term.termination',
  'liability.limitation',
  'liability.non-excludable',
  'avv.subject-and-duration',
  'avv.nature-and-purpose',
  'avv.data-and-subjects',
  'avv.instructions',
  'avv.confidentiality',
  'avv.security-measures',
  'avv.sub-processors',
  'avv.data-subject-rights',
  'avv.assistance-32-36',
  'avv.deletion-or-return',
  'avv.audits-and-information',
  'nda.confidential-information',
  'nda.obligations',
  'nda.exceptions',
  'nda.term',
  'public-sector.evb-it',
] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];
