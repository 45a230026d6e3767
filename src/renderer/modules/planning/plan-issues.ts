import { decodeIssue } from '#shared/validation/issue-message';
import { ValidationError } from '#data';

/** A refusal to show at one field: an i18n key and the values it names. */
export type FieldIssue = { key: string; params: Record<string, string | number> };

/** The text of an issue: validation keys of the app and of the modules ('planning.validation.…'). */
export function issueText(
  t: (key: string, options?: Record<string, unknown>) => string,
  issue: FieldIssue,
): string {
  return /^([a-zA-Z]+\.)?validation\./.test(issue.key)
    ? t(issue.key, issue.params)
    : t('validation.invalid');
}

/**
 * The issues of a refused write by field path ('mostLikely', '0.percent'), or null when the
 * error is no ValidationError (then it is shown as a notification). The values travel in the
 * issue's `params` or encoded in its message (encodeIssue).
 */
export function fieldIssues(error: unknown): Record<string, FieldIssue> | null {
  if (!(error instanceof ValidationError)) return null;
  const issues: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const { key, params } = decodeIssue(issue.message);
    const own = 'params' in issue && issue.params ? (issue.params as Record<string, unknown>) : {};
    const values: Record<string, string | number> = { ...params };
    for (const [name, value] of Object.entries(own)) {
      if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    }
    const path = issue.path.map(String).join('.');
    issues[path] ??= { key, params: values };
  }
  return issues;
}

/**
 * A refused plan write's sentence for a notification (notifyError's `explain`): the issues'
 * texts, since the app's generic message only knows the common validation keys. Undefined for
 * anything else.
 */
export function planErrorText(
  error: unknown,
  t: (key: string, options?: Record<string, unknown>) => string,
): string | undefined {
  const issues = fieldIssues(error);
  if (!issues) return undefined;
  const texts = Object.values(issues).map((issue) => issueText(t, issue));
  return texts.length > 0 ? texts.join(' ') : undefined;
}
