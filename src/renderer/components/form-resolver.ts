import { zodResolver } from '@hookform/resolvers/zod';
import { get } from 'react-hook-form';
import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { issueMessage } from '#shared/validation/issue-message';

type Parse = { safeParseAsync: (value: unknown) => Promise<z.ZodSafeParseResult<unknown>> };

/**
 * Gives each field error the message that says what is wrong (a text's limit and its length,
 * the typed value that is no number, a VAT id's check digit): the schemas carry bare i18n
 * keys, and react-hook-form keeps only one string per field.
 */
export async function explainErrors(
  schema: Parse,
  values: FieldValues,
  errors: FieldErrors,
): Promise<void> {
  const parsed = await schema.safeParseAsync(values);
  if (parsed.success) return;
  const explained = new Set<string>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (explained.has(path)) continue;
    const error = get(errors, path) as FieldError | undefined;
    if (!error || error.message !== issue.message) continue;
    error.message = issueMessage(issue, values);
    explained.add(path);
  }
}

/** `zodResolver` whose messages say what is wrong (see `explainErrors`); same signature. */
export const formResolver = ((schema: Parse, ...rest: unknown[]) => {
  const base = (zodResolver as (...args: unknown[]) => (...args: unknown[]) => Promise<unknown>)(
    schema,
    ...rest,
  );
  return async (values: FieldValues, ...args: unknown[]) => {
    const result = (await base(values, ...args)) as { errors: FieldErrors };
    if (Object.keys(result.errors).length > 0) await explainErrors(schema, values, result.errors);
    return result;
  };
}) as unknown as typeof zodResolver;
