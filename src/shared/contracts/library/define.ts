import type {
  Clause,
  ClauseCategory,
  CompletenessItem,
  Condition,
  ContractLanguage,
  ContractType,
} from '../types';

/** Types with an exchange of services for money (all but AVV and NDA). */
export const COMMERCIAL: ContractType[] = [
  'werkvertrag',
  'dienstvertrag',
  'software-licence',
  'maintenance-sla',
  'saas',
];
/** Types that run for a term and can be terminated. */
export const CONTINUING: ContractType[] = [
  'dienstvertrag',
  'software-licence',
  'maintenance-sla',
  'saas',
];
export const ALL_TYPES: ContractType[] = [...COMMERCIAL, 'avv', 'nda'];

/** Version of the shipped clause texts; raise it when an approved text changes. */
export const LIBRARY_VERSION = '1.0';

type PositionSource = { body: string[]; note: string };

/** One language of a clause as written here: the body as a list of paragraphs. */
export type ClauseText = {
  title: string;
  body: string[];
  preferredNote?: string;
  fallback?: PositionSource;
  walkAway?: PositionSource;
};

/** A clause written once with both languages; `defineClause` turns it into one record per language. */
export type ClauseSource = {
  id: string;
  category: ClauseCategory;
  contractTypes: ContractType[];
  condition?: Condition;
  requiredFor?: ContractType[];
  covers?: CompletenessItem[];
  de: ClauseText;
  en: ClauseText;
};

const paragraphs = (body: string[]): string => body.join('\n\n');

function record(source: ClauseSource, language: ContractLanguage): Clause {
  const text = source[language];
  const clause: Clause = {
    id: source.id,
    title: text.title,
    body: paragraphs(text.body),
    category: source.category,
    contractTypes: [...source.contractTypes],
    language,
    version: LIBRARY_VERSION,
  };
  if (text.fallback || text.walkAway) {
    clause.positions = {};
    if (text.fallback) {
      clause.positions.fallback = {
        body: paragraphs(text.fallback.body),
        note: text.fallback.note,
      };
    }
    if (text.walkAway) {
      clause.positions.walkAway = {
        body: paragraphs(text.walkAway.body),
        note: text.walkAway.note,
      };
    }
  }
  if (text.preferredNote) clause.preferredNote = text.preferredNote;
  if (source.condition) clause.condition = source.condition;
  if (source.requiredFor) clause.requiredFor = [...source.requiredFor];
  if (source.covers) clause.covers = [...source.covers];
  return clause;
}

/** The German and the English record of one clause (same id, category, types, condition). */
export function defineClause(source: ClauseSource): Clause[] {
  return [record(source, 'de'), record(source, 'en')];
}
