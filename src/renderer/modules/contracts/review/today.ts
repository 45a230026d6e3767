import { localDate } from '#shared/offers/status';

/**
 * Today's local date (YYYY-MM-DD) for the signing and termination dates: read in this one place,
 * so a test can fix the day (`clock.today = () => '2027-03-04'`).
 */
export const clock = { today: (): string => localDate() };
