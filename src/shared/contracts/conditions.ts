import { ContractInputError } from './errors';
import { CONDITION_FACTS } from './types';
import type { Condition, ConditionFact, ContractFacts, ContractLanguage } from './types';

const FACT_WORDS: Record<ContractLanguage, Record<ConditionFact, string>> = {
  de: {
    hasRecurringLines: 'wiederkehrende Positionen',
    hasCustomDevelopment: 'Individualentwicklung',
    publicSectorClient: 'Kunde der öffentlichen Hand',
    personalDataProcessed: 'personenbezogene Daten verarbeitet',
    clientOutsideGermany: 'Kunde außerhalb Deutschlands',
    slaAgreed: 'SLA vereinbart',
    hasPaymentPlan: 'Zahlungsplan im Projektplan',
  },
  en: {
    hasRecurringLines: 'recurring lines',
    hasCustomDevelopment: 'custom development',
    publicSectorClient: 'public-sector client',
    personalDataProcessed: 'personal data processed',
    clientOutsideGermany: 'client outside Germany',
    slaAgreed: 'SLA agreed',
    hasPaymentPlan: 'payment plan in the project plan',
  },
};

const WORDS: Record<
  ContractLanguage,
  { if: string; and: string; or: string; not: string; always: string; never: string }
> = {
  de: { if: 'wenn', and: 'und', or: 'oder', not: 'nicht', always: 'immer', never: 'nie' },
  en: { if: 'if', and: 'and', or: 'or', not: 'not', always: 'always', never: 'never' },
};

/** Checks that `value` is a well-formed condition; throws naming the path of the first bad part. */
export function checkCondition(value: unknown, field = 'condition'): Condition {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContractInputError(field, 'must be an object with fact, all, any or not');
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    throw new ContractInputError(
      field,
      `must have exactly one of fact, all, any, not (has ${keys.join(', ') || 'none'})`,
    );
  }
  const record = value as Record<string, unknown>;
  if ('fact' in record) {
    if (!(CONDITION_FACTS as readonly unknown[]).includes(record.fact)) {
      throw new ContractInputError(`${field}.fact`, `unknown fact ${JSON.stringify(record.fact)}`);
    }
    return value as Condition;
  }
  if ('not' in record) {
    checkCondition(record.not, `${field}.not`);
    return value as Condition;
  }
  const key = 'all' in record ? 'all' : 'any' in record ? 'any' : undefined;
  if (!key) throw new ContractInputError(field, `unknown key ${keys[0]}`);
  const parts = record[key];
  if (!Array.isArray(parts)) throw new ContractInputError(`${field}.${key}`, 'must be a list');
  parts.forEach((part, index) => checkCondition(part, `${field}.${key}[${index}]`));
  return value as Condition;
}

/** Whether the condition holds for the facts; a missing fact counts as false. */
export function evaluateCondition(condition: Condition | undefined, facts: ContractFacts): boolean {
  if (condition === undefined) return true;
  checkCondition(condition);
  return evaluate(condition, facts);
}

function evaluate(condition: Condition, facts: ContractFacts): boolean {
  if ('fact' in condition) return facts[condition.fact] === true;
  if ('not' in condition) return !evaluate(condition.not, facts);
  if ('all' in condition) return condition.all.every((part) => evaluate(part, facts));
  return condition.any.some((part) => evaluate(part, facts));
}

/** The condition in words, e.g. "wenn wiederkehrende Positionen und nicht Kunde außerhalb Deutschlands". */
export function describeCondition(
  condition: Condition | undefined,
  language: ContractLanguage,
): string {
  const words = WORDS[language];
  if (condition === undefined) return words.always;
  checkCondition(condition);
  return `${words.if} ${phrase(condition, language, false)}`;
}

function phrase(condition: Condition, language: ContractLanguage, nested: boolean): string {
  const words = WORDS[language];
  if ('fact' in condition) return FACT_WORDS[language][condition.fact];
  if ('not' in condition) return `${words.not} ${phrase(condition.not, language, true)}`;
  const [parts, joiner, empty] =
    'all' in condition
      ? [condition.all, words.and, words.always]
      : [condition.any, words.or, words.never];
  if (parts.length === 0) return empty;
  if (parts.length === 1) return phrase(parts[0]!, language, nested);
  const text = parts.map((part) => phrase(part, language, true)).join(` ${joiner} `);
  return nested ? `(${text})` : text;
}
