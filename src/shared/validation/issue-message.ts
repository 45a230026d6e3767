import type { z } from 'zod';
import { normalizeVatId, vatIdProblem } from './vat-id';

/** Values a validation message may name (the field's limit, what was typed). */
export type IssueParams = Record<string, string | number>;

// A message travels as one string (react-hook-form keeps only a string per field), so the
// parameters ride along after the i18n key: `validation.tooLongCount|{"max":200,"now":213}`.
const SEPARATOR = '|';

/** One message string from an i18n key and its parameters. */
export function encodeIssue(key: string, params?: IssueParams): string {
  return params ? `${key}${SEPARATOR}${JSON.stringify(params)}` : key;
}

/** The i18n key and parameters of a message made by `encodeIssue` (a bare key has none). */
export function decodeIssue(message: string): { key: string; params?: IssueParams } {
  const at = message.indexOf(SEPARATOR);
  if (at < 0) return { key: message };
  try {
    const params: unknown = JSON.parse(message.slice(at + 1));
    if (params && typeof params === 'object') {
      return { key: message.slice(0, at), params: params as IssueParams };
    }
  } catch {
    // Not ours: a plain text that happens to contain the separator.
  }
  return { key: message };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));

/** The message a zod issue's own code calls for, when the schema gave no i18n key. */
function keyForCode(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'validation.required';
      return encodeIssue('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return 'validation.tooLong';
      if (issue.origin === 'array' || issue.origin === 'set') {
        return encodeIssue('validation.tooMany', { max: Number(issue.maximum) });
      }
      return encodeIssue('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_value':
    case 'invalid_union':
      return 'validation.choice';
    case 'invalid_format':
      return 'validation.format';
    case 'invalid_type':
      return value === undefined || value === null || value === ''
        ? 'validation.required'
        : 'validation.choice';
    default:
      return 'validation.invalid';
  }
}

/**
 * The message for one zod issue, with what the user needs to fix it: a text's limit and its
 * current length, the number that was not one, whether a VAT id's format or its check digit is
 * wrong. `input` is what was parsed (the form values), so the typed value can be quoted.
 */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  const own = issue.message.startsWith('validation.') || issue.message.startsWith('import.');
  const key = own ? issue.message : keyForCode(issue, value);
  if (issue.code === 'too_big' && issue.origin === 'string' && key === 'validation.tooLong') {
    // Schemas trim before they measure, so the count is of the trimmed text.
    const now = asText(value).trim().length;
    return encodeIssue('validation.tooLongCount', { max: Number(issue.maximum), now });
  }
  if (key === 'validation.vatId') {
    const problem = vatIdProblem(asText(value));
    if (problem?.kind === 'checkDigit') {
      return encodeIssue('validation.vatIdCheckDigit', { value: normalizeVatId(asText(value)) });
    }
    if (problem?.kind === 'format' && problem.country === 'DE') return 'validation.vatIdFormatDE';
    return key;
  }
  if (key === 'validation.decimal') return decimalMessage(asText(value));
  return key;
}

/** "Not a number: "abc"" for a typed text that is no decimal ('' is a missing value). */
export function decimalMessage(typed: string): string {
  const text = typed.trim();
  if (text === '') return 'validation.required';
  return encodeIssue('validation.notANumber', { value: text });
}
