import { localDate } from '#shared/offers/status';

/**
 * Today's local date (YYYY-MM-DD) for the stale marks and "Heute geprüft": read in this one
 * place, so a test can fix the day (`clock.today = () => '2026-12-07'`).
 */
export const clock = { today: (): string => localDate() };
