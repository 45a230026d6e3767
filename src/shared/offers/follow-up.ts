// Issue 10: the follow-up (Wiedervorlage) set when an offer is sent.
import type { Language, Offer } from '../domain';
import { isCalendarDate } from '../domain/calendar-date';
import { addDays } from './status';

/** How many days before the validity ends the follow-up is due by default. */
export const FOLLOW_UP_DAYS_BEFORE_EXPIRY = 7;

/**
 * The default follow-up day of an offer sent on `sentOn` (both `YYYY-MM-DD`): a week before its
 * validity ends, so there is time to act; but never on or before the day it is sent (a short
 * validity, or one already past), then the day after sending.
 */
export function defaultFollowUpDate({
  validUntil,
  sentOn,
}: {
  validUntil: string;
  sentOn: string;
}): string {
  const dayAfterSending = addDays(sentOn, 1);
  if (!isCalendarDate(validUntil)) return dayAfterSending;
  const weekBefore = addDays(validUntil, -FOLLOW_UP_DAYS_BEFORE_EXPIRY);
  // ISO dates compare correctly as text.
  return weekBefore > dayAfterSending ? weekBefore : dayAfterSending;
}

/** Why a follow-up day is refused: no calendar date, or a day before the offer is sent. */
export type FollowUpDateProblem = 'invalid' | 'beforeSend';

/** Checks a chosen follow-up day against the day the offer is sent; null when it is fine. */
export function followUpDateProblem({
  dueDate,
  sentOn,
}: {
  dueDate: string;
  sentOn: string;
}): FollowUpDateProblem | null {
  if (!isCalendarDate(dueDate)) return 'invalid';
  return dueDate < sentOn ? 'beforeSend' : null;
}

/** The follow-up activity's texts in `language`: its summary and its next step. */
export function followUpTexts({
  offer,
  language,
}: {
  offer: Pick<Offer, 'number' | 'revision' | 'title'>;
  language: Language;
}): { summary: string; nextStep: string } {
  if (language === 'en') {
    return {
      summary: `Follow-up on offer ${offer.number} Rev. ${offer.revision}: “${offer.title}”`,
      nextStep: `Follow up offer ${offer.number}`,
    };
  }
  return {
    summary: `Wiedervorlage zu Angebot ${offer.number} Rev. ${offer.revision}: „${offer.title}“`,
    nextStep: `Angebot ${offer.number} nachfassen`,
  };
}
