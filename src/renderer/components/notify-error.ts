import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { BundleProblem } from '#shared/bundle';
import { CalculationError } from '#shared/calculation';
import { ImportFileError } from '#shared/catalog-import/errors';
import type { Language } from '#shared/domain';
import { formatBytes } from '#shared/ipc/limits';
import { DraftEmlError } from '#shared/mail/eml';
import { MoneyError } from '#shared/money';
import { BundleItemMissingError } from '#shared/offers/pricing';
import { ClockDriftError, HlcParseError } from '#shared/sync/hlc';
import { SyncError } from '#shared/sync/sync-error';
import { decodeIssue } from '#shared/validation/issue-message';
import {
  BlobIntegrityError,
  BundleInvalidError,
  FollowUpDateError,
  OfferChangedError,
  OfferExistsError,
  OfferLockedError,
  RowNotFoundError,
  SectionDeletedError,
  TrashBlockedError,
  ValidationError,
  WorkspaceBoundError,
} from '#data';
import type { ValidationIssue } from '#data';
import { translateIssue } from '../i18n';
import { PlatformError, toPlatformError } from '../platform/errors';
import { formatDateInput } from './date-input';
import { toLanguage } from './useUiLanguage';

/** i18next's `t`, as narrow as errorMessage needs it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How many invalid fields a message names before it says "and n more". */
const MAX_LISTED_ISSUES = 3;

/**
 * The user's message for any error, in the language of `t`: every typed error of the data layer
 * and the shared code has its own sentence; anything else a generic one with the raw text as detail.
 * `language` formats dates in the message (German unless English).
 */
export function errorMessage(error: unknown, t: Translate, language: Language = 'de'): string {
  const date = (iso: string) => formatDateInput(iso, language) || iso;
  if (error instanceof ValidationError) return validationMessage(error.issues, t);
  if (error instanceof RowNotFoundError) {
    return t('errors.rowNotFound', {
      what: t(`errors.tables.${error.table}`, { defaultValue: t('errors.tables.record') }),
    });
  }
  if (error instanceof OfferLockedError) {
    return t('errors.offerLocked', { status: statusText(error.status, t) });
  }
  if (error instanceof OfferChangedError) return t('errors.offerChanged');
  if (error instanceof SectionDeletedError) return t('errors.sectionDeleted');
  if (error instanceof TrashBlockedError) {
    const { block } = error;
    return block.reason === 'parentDeleted'
      ? t('errors.trashParentDeleted', {
          parent: t(`errors.kinds.${block.parentKind}`),
          label: block.parentLabel,
        })
      : t('errors.trashOfferLocked', {
          offer: block.offerLabel,
          status: statusText(block.status, t),
        });
  }
  if (error instanceof BlobIntegrityError) return t('errors.blobIntegrity');
  if (error instanceof FollowUpDateError) {
    return error.problem === 'invalid'
      ? t('errors.followUpInvalid', { date: error.dueDate })
      : t('errors.followUpBeforeSend', { date: date(error.sentOn) });
  }
  if (error instanceof BundleInvalidError) {
    const first = error.problems[0];
    return t('errors.bundleInvalid', {
      count: error.problems.length,
      first: first ? bundleProblemText(first, t) : '',
    });
  }
  if (error instanceof OfferExistsError) {
    return t('errors.offerExists', { number: error.number, revision: error.revision });
  }
  if (error instanceof WorkspaceBoundError) return t('errors.workspaceBound');
  if (error instanceof SyncError) {
    return t(`errors.sync.${error.code}`, { detail: error.message });
  }
  if (error instanceof ClockDriftError) return t('errors.sync.clock');
  if (error instanceof HlcParseError) return t('errors.sync.stamp', { detail: error.message });
  if (error instanceof BundleItemMissingError) {
    return t('errors.bundleItemMissing', { bundle: error.bundleName });
  }
  if (error instanceof CalculationError) {
    return t(`errors.calculation.${error.code}`, { field: fieldLabel(error.field, t) });
  }
  if (error instanceof MoneyError) return t('errors.money', { value: String(error.value) });
  if (error instanceof DraftEmlError) {
    return t('errors.draftEml', { field: fieldLabel(error.field, t) });
  }
  if (error instanceof ImportFileError) {
    return t(error.key, { row: error.row ?? '?', ...error.params });
  }
  if (isNamed(error, 'StaleStampError')) return t('errors.staleStamp');
  if (isNamed(error, 'QuotaExceededError')) return t('errors.storageFull');
  const platform = error instanceof PlatformError ? error : ipcError(error);
  if (platform) return platformMessage(platform, t);
  return t('errors.unknown', { detail: rawText(error) });
}

/**
 * Shows `error` as a red notification: `title` names what failed (default "Fehler"), `id` turns a
 * shown notification (e.g. a loading one) into the error, `explain` gives an area's own sentence
 * for the errors it knows better (undefined: errorMessage's).
 */
export function notifyError(
  error: unknown,
  t: Translate,
  context: { title?: string; id?: string; explain?: (error: unknown) => string | undefined } = {},
): void {
  const message = context.explain?.(error) ?? errorMessage(error, t, toLanguage(i18next.language));
  const title = context.title ?? t('errors.title');
  if (context.id === undefined) {
    notifications.show({ color: 'red', title, message });
  } else {
    notifications.update({
      id: context.id,
      color: 'red',
      title,
      message,
      loading: false,
      autoClose: false,
      withCloseButton: true,
    });
  }
}

/** A custom issue's values (zod keeps them on `params`). */
const paramsOf = (issue: ValidationIssue): Record<string, unknown> | undefined =>
  'params' in issue && issue.params && typeof issue.params === 'object'
    ? (issue.params as Record<string, unknown>)
    : undefined;

function validationMessage(issues: readonly ValidationIssue[], t: Translate): string {
  const texts = issues.map(
    (issue) => `${fieldPath(issue.path, t)}: ${translateIssue(t, issue.message, paramsOf(issue))}`,
  );
  const [first] = issues;
  if (issues.length === 1 && first) {
    return t('errors.validation.one', {
      field: fieldPath(first.path, t),
      message: translateIssue(t, first.message, paramsOf(first)),
    });
  }
  const listed = texts.slice(0, MAX_LISTED_ISSUES).join('; ');
  const rest = issues.length - MAX_LISTED_ISSUES;
  return t('errors.validation.many', {
    count: issues.length,
    list: rest > 0 ? `${listed} ${t('errors.validation.more', { count: rest })}` : listed,
  });
}

/** `['items', 0, 'quantity']` → "Bestandteile › Zeile 1 › Menge". */
function fieldPath(path: readonly PropertyKey[], t: Translate): string {
  if (path.length === 0) return t('errors.validation.root');
  return path
    .map((key) =>
      typeof key === 'number'
        ? t('errors.validation.row', { n: key + 1 })
        : t(`errors.fields.${String(key)}`, { defaultValue: String(key) }),
    )
    .join(' › ');
}

/** A field name or a dotted path (`lines[0].quantity`) in words. */
function fieldLabel(field: string, t: Translate): string {
  const path = field
    .split(/\.|\[(\d+)\]/)
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (path.length > 1) return fieldPath(path, t);
  return t(`errors.fields.${field}`, { defaultValue: field });
}

function statusText(status: string, t: Translate): string {
  return t(`errors.statuses.${status}`, { defaultValue: status });
}

/**
 * One problem of an offer file as the user reads it: its JSON path, then the message (an issue
 * key is translated; a plain text stays as the detail it is).
 */
export function bundleProblemText(problem: BundleProblem, t: Translate): string {
  const { key } = decodeIssue(problem.message);
  const message = key.startsWith('validation.')
    ? translateIssue(t, problem.message)
    : problem.message;
  return `${problem.path || t('errors.validation.root')}: ${message}`;
}

function platformMessage(error: PlatformError, t: Translate): string {
  switch (error.code) {
    case 'file-too-large': {
      const { name = '', size, limit } = error.details;
      return t('errors.platform.file-too-large', {
        name,
        size: typeof size === 'number' ? formatBytes(size) : '?',
        limit: typeof limit === 'number' ? formatBytes(limit) : '?',
      });
    }
    case 'unknown':
      return t('errors.unknown', { detail: error.message });
    default:
      return t(`errors.platform.${error.code}`, { detail: error.message });
  }
}

/** A structured IPC error inside any error's message, as a PlatformError; else null. */
function ipcError(error: unknown): PlatformError | null {
  const platform = toPlatformError(error);
  return platform.code === 'unknown' ? null : platform;
}

function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

function rawText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
