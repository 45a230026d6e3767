import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseCalendarDate } from './calendar-date';
import { isoDateSchema } from './common';

const cases: [string, boolean][] = [
  ['2024-02-29', true],
  ['2000-02-29', true],
  ['2026-12-31', true],
  ['2026-04-30', true],
  ['2026-01-01', true],
  ['2026-02-30', false],
  ['2025-02-29', false],
  ['1900-02-29', false],
  ['2026-13-01', false],
  ['2026-04-31', false],
  ['2026-00-10', false],
  ['2026-05-00', false],
  ['2026-05-32', false],
  ['0000-01-01', false],
  ['2026-5-1', false],
  [' 2026-05-01', false],
  ['2026-05-01T00:00:00Z', false],
  ['', false],
];

describe('parseCalendarDate', () => {
  it('accepts only days that exist in the calendar', () => {
    expect(cases.map(([text]) => [text, isCalendarDate(text)])).toEqual(cases);
  });

  it('returns the parts of a valid date', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('isoDateSchema', () => {
  it('refuses impossible dates with the date message', () => {
    const results = cases.map(([text]) => [text, isoDateSchema.safeParse(text).success]);
    expect(results).toEqual(cases);
    expect(isoDateSchema.safeParse('2026-02-30').error?.issues.map((i) => i.message)).toEqual([
      'validation.date',
    ]);
  });
});

describe('dates in the domain schemas and date helpers', () => {
  it('refuse 2026-02-30 wherever a date is read', async () => {
    const { activityInputSchema } = await import('./client');
    const { addDays } = await import('../offers/status');
    const { formatOfferNumber } = await import('../offers/numbering');
    const activity = { clientId: 'c1', kind: 'call', summary: 'Anruf' };
    expect([
      activityInputSchema.safeParse({ ...activity, date: '2026-02-30' }).success,
      activityInputSchema.safeParse({ ...activity, date: '2024-02-29' }).success,
    ]).toEqual([false, true]);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    const number = (date: string) => () =>
      formatOfferNumber({
        scheme: 'A-{YYYY}-{initials}-{seq:4}',
        date,
        initials: 'JB',
        device: 'd',
        seq: 1,
      });
    expect(number('2026-02-30')).toThrow(RangeError);
    expect(number('2024-02-29')()).toBe('A-2024-JB-0001');
  });
});
