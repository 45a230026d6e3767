import { STALE_AFTER_DAYS } from '../domain/analyses';
import { AnalysisError } from './input';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date YYYY-MM-DD, or throws naming the field. */
export function dayNumber(field: string, value: unknown): number {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match === null) {
    throw new AnalysisError(field, `must be a date YYYY-MM-DD (now ${JSON.stringify(value)})`);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new AnalysisError(field, `"${String(value)}" is not a calendar date`);
  }
  return Math.round(time / DAY_MS);
}

/**
 * True when a profile or battlecard was never verified ('') or not for STALE_AFTER_DAYS (90)
 * days: verified on day D, it is stale from D + 90 on. A date after today is not stale.
 * `today` is the caller's local day (YYYY-MM-DD), so the rule never reads the clock.
 */
export function isStale(lastVerified: string, today: string): boolean {
  const now = dayNumber('today', today);
  if (lastVerified === '') return true;
  return now - dayNumber('lastVerified', lastVerified) >= STALE_AFTER_DAYS;
}
