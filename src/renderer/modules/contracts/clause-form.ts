// The clause form of the library (view/edit/new): the values a form edits and the field errors a
// ValidationError of the repository names.
import { CLAUSE_CATEGORIES } from '#shared/contracts';
import type { ClauseCategory, ContractLanguage, ContractType } from '#shared/contracts';
import type { ContractClause, ContractClauseInput } from '#shared/domain/contracts';

export type ClauseFormValues = Pick<
  ContractClauseInput,
  | 'key'
  | 'title'
  | 'body'
  | 'category'
  | 'contractTypes'
  | 'preferredNote'
  | 'fallbackBody'
  | 'fallbackNote'
  | 'walkAwayBody'
  | 'walkAwayNote'
>;

export const CLAUSE_FORM_FIELDS = [
  'key',
  'title',
  'body',
  'category',
  'contractTypes',
  'preferredNote',
  'fallbackBody',
  'fallbackNote',
  'walkAwayBody',
  'walkAwayNote',
] as const satisfies readonly (keyof ClauseFormValues)[];

export const clauseFormValues = (row: ContractClause): ClauseFormValues => ({
  key: row.key,
  title: row.title,
  body: row.body,
  category: row.category,
  contractTypes: [...row.contractTypes],
  preferredNote: row.preferredNote,
  fallbackBody: row.fallbackBody,
  fallbackNote: row.fallbackNote,
  walkAwayBody: row.walkAwayBody,
  walkAwayNote: row.walkAwayNote,
});

export const emptyClauseForm = (type: ContractType | null): ClauseFormValues => ({
  key: '',
  title: '',
  body: '',
  category: 'general' satisfies ClauseCategory,
  contractTypes: type ? [type] : [],
  preferredNote: '',
  fallbackBody: '',
  fallbackNote: '',
  walkAwayBody: '',
  walkAwayNote: '',
});

/** A key suggestion from a title: lower-case ASCII words joined by hyphens ('custom-…'). */
export function suggestKey(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? '' : `custom-${slug}`;
}

/** A new custom clause's row input from the form. */
export function customClauseInput(
  values: ClauseFormValues,
  language: ContractLanguage,
): ContractClauseInput {
  return {
    ...values,
    key: values.key.trim(),
    language,
    version: '1.0',
    condition: null,
    requiredFor: [],
    covers: [],
    origin: 'custom',
  };
}

/** Sorts categories by the library's order (for selects). */
export const categoryOrder = (category: ClauseCategory): number =>
  CLAUSE_CATEGORIES.indexOf(category);
