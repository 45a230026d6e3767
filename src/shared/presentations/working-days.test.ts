import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  defaultFollowUpDate,
  easterSunday,
  germanPublicHolidays,
  isWorkingDay,
} from './working-days';

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('working days', () => {
  it('computes Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2038].map((year) => day(easterSunday(year)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ]);
  });

  it('knows the nationwide holidays of a year', () => {
    expect([...germanPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('skips weekends', () => {
    // Thursday 2026-10-08 (it-sa) + 2 → Monday; Friday + 1 → Monday.
    expect(addWorkingDays('2026-10-08', 2)).toBe('2026-10-12');
    expect(addWorkingDays('2026-10-09', 1)).toBe('2026-10-12');
    expect(addWorkingDays('2026-10-10', 1)).toBe('2026-10-12');
    expect(addWorkingDays('2026-10-06', 2)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-12', 10)).toBe('2026-10-26');
  });

  it('skips Easter: Good Friday and Easter Monday', () => {
    // Thursday before Easter 2026 (April 2) + 1 → Tuesday after Easter Monday.
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2027-03-25', 2)).toBe('2027-03-31');
    expect(isWorkingDay('2027-03-26')).toBe(false);
    expect(isWorkingDay('2027-03-29')).toBe(false);
  });

  it('skips Christmas and New Year', () => {
    // Wednesday 2026-12-23: 24th (Thu) counts, 25th/26th holidays, weekend → Monday 28th.
    expect(addWorkingDays('2026-12-23', 2)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-30', 2)).toBe('2027-01-04');
    // 2027: the 24th is a Friday, Christmas falls on the weekend.
    expect(addWorkingDays('2027-12-23', 2)).toBe('2027-12-27');
  });

  it('skips German Unity Day, Ascension and Whit Monday', () => {
    expect(addWorkingDays('2025-10-02', 1)).toBe('2025-10-06');
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('zero is the day itself; negative counts go back', () => {
    expect(addWorkingDays('2026-10-10', 0)).toBe('2026-10-10');
    expect(addWorkingDays('2026-10-12', -1)).toBe('2026-10-09');
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-02');
  });

  it('refuses what is not a date or not a whole number', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('08.10.2026', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-08', 1.5)).toThrow(RangeError);
  });

  it('a lead’s follow-up is two working days after its capture day', () => {
    expect(defaultFollowUpDate('2026-10-08T14:03:00.000Z')).toBe('2026-10-12');
    expect(defaultFollowUpDate('2026-10-06T09:00:00+02:00')).toBe('2026-10-08');
    expect(defaultFollowUpDate('2026-12-23')).toBe('2026-12-28');
    expect(defaultFollowUpDate('2026-04-02T16:00:00.000Z')).toBe('2026-04-08');
  });
});
