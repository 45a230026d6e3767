import { leadRatings, type LeadRating } from '#shared/domain/presentations';
import type { LeadForm } from '#shared/presentations';

/**
 * The lead form's draft, kept device-locally (localStorage, one per deck) while a visitor's data
 * is typed, so a crash, a reload or a closed lid loses nothing. It is cleared on save and on
 * cancel, and a draft older than `DRAFT_MAX_AGE_MS` is dropped unseen: the next visitor never
 * sees the previous one's data.
 */
export type LeadDraft = {
  form: LeadForm;
  newsletterOptIn: boolean;
  /** When the privacy notice was shown (ISO), null when not yet. */
  noticeShownAt: string | null;
  /** When the draft was written (ms since the epoch). */
  savedAt: number;
};

/** What `loadLeadDraft` found: nothing, a draft to restore, or an expired one it deleted. */
export type DraftLoad =
  { kind: 'none' } | { kind: 'restored'; draft: LeadDraft } | { kind: 'expired'; savedAt: number };

/** The storage the draft uses (localStorage in the app; a Map-backed fake in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Two hours: a booth conversation that long is over; an older draft is someone else's. */
export const DRAFT_MAX_AGE_MS = 2 * 60 * 60 * 1000;

const KEY_PREFIX = 'quotient.leadDraft.';

/** The storage key of `deckId`'s draft. */
export const draftKey = (deckId: string): string => `${KEY_PREFIX}${deckId}`;

/** The empty form: nothing typed, rating warm, follow-up as given. */
export function blankLeadForm(followUpDate: string): LeadForm {
  return {
    firstName: '',
    lastName: '',
    company: '',
    email: '',
    phone: '',
    interestItemIds: [],
    interestCategories: [],
    note: '',
    rating: 'warm',
    followUpDate,
  };
}

/** True when the visitor typed or chose anything (the default rating and date do not count). */
export function hasLeadInput(
  draft: Pick<LeadDraft, 'form' | 'newsletterOptIn'>,
  defaults: LeadForm,
): boolean {
  const { form } = draft;
  return (
    draft.newsletterOptIn ||
    [form.firstName, form.lastName, form.company, form.email, form.phone, form.note].some(
      (text) => text.trim() !== '',
    ) ||
    form.interestItemIds.length > 0 ||
    form.interestCategories.length > 0 ||
    form.rating !== defaults.rating ||
    form.followUpDate !== defaults.followUpDate
  );
}

/** Writes `deckId`'s draft; storage errors (full, disabled) are ignored: the form still works. */
export function saveLeadDraft(storage: DraftStorage, deckId: string, draft: LeadDraft): void {
  try {
    storage.setItem(draftKey(deckId), JSON.stringify(draft));
  } catch {
    // A draft is a convenience; a full or blocked storage must not stop the capture.
  }
}

/** Deletes `deckId`'s draft. */
export function clearLeadDraft(storage: DraftStorage, deckId: string): void {
  try {
    storage.removeItem(draftKey(deckId));
  } catch {
    // Nothing to do: the draft could not have been written either.
  }
}

/**
 * Reads `deckId`'s draft at `now` (ms): a valid one younger than `maxAgeMs` is restored; an older
 * one is deleted and reported as expired; an unreadable one is deleted silently.
 */
export function loadLeadDraft(
  storage: DraftStorage,
  deckId: string,
  now: number,
  maxAgeMs = DRAFT_MAX_AGE_MS,
): DraftLoad {
  let text: string | null;
  try {
    text = storage.getItem(draftKey(deckId));
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const draft = parseDraft(text);
  if (!draft) {
    clearLeadDraft(storage, deckId);
    return { kind: 'none' };
  }
  // A draft "from the future" (clock changed) is as untrustworthy as an old one.
  if (now - draft.savedAt > maxAgeMs || draft.savedAt - now > maxAgeMs) {
    clearLeadDraft(storage, deckId);
    return { kind: 'expired', savedAt: draft.savedAt };
  }
  return { kind: 'restored', draft };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);

function parseDraft(text: string): LeadDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const form = record['form'] as Record<string, unknown> | undefined;
  if (typeof form !== 'object' || form === null) return null;
  const texts = ['firstName', 'lastName', 'company', 'email', 'phone', 'note', 'followUpDate'];
  if (!texts.every((key) => isString(form[key]))) return null;
  if (!isStringList(form['interestItemIds']) || !isStringList(form['interestCategories']))
    return null;
  if (!leadRatings.includes(form['rating'] as LeadRating)) return null;
  const savedAt = record['savedAt'];
  const noticeShownAt = record['noticeShownAt'];
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  if (noticeShownAt !== null && !isString(noticeShownAt)) return null;
  return {
    form: {
      firstName: form['firstName'] as string,
      lastName: form['lastName'] as string,
      company: form['company'] as string,
      email: form['email'] as string,
      phone: form['phone'] as string,
      interestItemIds: form['interestItemIds'],
      interestCategories: form['interestCategories'],
      note: form['note'] as string,
      rating: form['rating'] as LeadRating,
      followUpDate: form['followUpDate'] as string,
    },
    newsletterOptIn: record['newsletterOptIn'] === true,
    noticeShownAt,
    savedAt,
  };
}
