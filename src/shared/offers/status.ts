import type { Offer, OfferDisplayStatus } from '../domain';
import { isCalendarDate } from '../domain/calendar-date';

function parseIsoDate(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  return new Date(`${date}T00:00:00Z`);
}

function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The status to show: a sent offer past its validity date is `expired` (never stored). */
export function displayStatus(
  offer: Pick<Offer, 'status' | 'validUntil'>,
  today: string,
): OfferDisplayStatus {
  // ISO dates compare correctly as text; the offer is valid through its validUntil day.
  return offer.status === 'sent' && offer.validUntil < today ? 'expired' : offer.status;
}

/** Only drafts are edited in place; a sent offer is revised, an accepted one is read-only. */
export function isEditable(offer: Pick<Offer, 'status'>): boolean {
  return offer.status === 'draft';
}

/** The calendar day of an instant in local time, `YYYY-MM-DD` (the user's day, not UTC's). */
export function localDate(instant: Date | string = new Date()): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Calendar arithmetic on `YYYY-MM-DD` dates in UTC, so daylight saving never shifts a day. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  const parsed = parseIsoDate(date);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return toIsoDate(parsed);
}
