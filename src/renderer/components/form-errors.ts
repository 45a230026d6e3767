import type { FieldErrors, FieldValues } from 'react-hook-form';
import { translateIssue } from '../i18n';

/** The translated error for one form field, or undefined when it is valid. */
export function fieldError<T extends FieldValues>(
  t: (key: string) => string,
  errors: FieldErrors<T>,
  name: keyof T & string,
): string | undefined {
  const error = errors[name];
  if (!error) return undefined;
  return translateIssue(t, typeof error.message === 'string' ? error.message : undefined);
}
