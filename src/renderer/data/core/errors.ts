import type { z } from 'zod';

export type ValidationIssue = z.core.$ZodIssue;

/** Input failed its domain schema; nothing was written. `issues` are zod's, paths relative to the input. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    const first = issues[0];
    super(
      first
        ? `Invalid input at ${first.path.join('.') || '(root)'}: ${first.message}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}`
        : 'Invalid input',
    );
    this.issues = issues;
  }
}

/** A row the write refers to does not exist; nothing was written. */
export class RowNotFoundError extends Error {
  override readonly name = 'RowNotFoundError';

  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} row with id ${id}`);
  }
}

/** Parses with a domain schema or throws ValidationError, prefixing issue paths with `path`. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(prefixIssues(result.error.issues, path));
}

/** Collects issues from many parses so one error reports every bad row. */
export function prefixIssues(
  issues: readonly ValidationIssue[],
  path: PropertyKey[],
): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
}

/** Parses every input, reporting all bad ones (paths start with the index) in one ValidationError. */
export function parseMany<S extends z.ZodType>(
  schema: S,
  inputs: readonly unknown[],
  path: PropertyKey[] = [],
): z.output<S>[] {
  const issues: ValidationIssue[] = [];
  const parsed: z.output<S>[] = [];
  inputs.forEach((input, index) => {
    const result = schema.safeParse(input);
    if (result.success) parsed.push(result.data);
    else issues.push(...prefixIssues(result.error.issues, [...path, index]));
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return parsed;
}

/** The offer is not a draft (or is accepted), so this write is refused; nothing was written. */
export class OfferLockedError extends Error {
  override readonly name = 'OfferLockedError';

  constructor(
    readonly offerId: string,
    readonly status: string,
    action = 'change',
  ) {
    super(`Offer ${offerId} is ${status}: cannot ${action} it`);
  }
}

/** The offer's content changed between hashing and freezing it; nothing was written. */
export class OfferChangedError extends Error {
  override readonly name = 'OfferChangedError';

  constructor(readonly offerId: string) {
    super(`Offer ${offerId} changed while sending, try again`);
  }
}

/** A line cannot come back into a deleted section; nothing was written. */
export class SectionDeletedError extends Error {
  override readonly name = 'SectionDeletedError';

  constructor(
    readonly lineId: string,
    readonly sectionId: string,
  ) {
    super(
      `Line ${lineId} cannot be restored: its section ${sectionId} is deleted (restore the section first)`,
    );
  }
}
