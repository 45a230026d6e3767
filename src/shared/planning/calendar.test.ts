import { describe, expect, it } from 'vitest';
import { germanStates } from '../domain/planning';
import {
  addWorkingDays,
  calendarRegions,
  dayNumber,
  holidaysBetween,
  isoDate,
  isWorkingDay,
  nextWorkingDay,
  workingDayDate,
  workingDays,
} from './calendar';

// Dates checked against the calendar: Easter Sunday 2027 is 28 March (Good Friday 26.03., Easter
// Monday 29.03.), Fronleichnam 27.05.2027 (Thursday), Christmas 2026: 24.12. Thursday, 25.12.
// Friday, 26.12. Saturday, 31.12. Thursday, 01.01.2027 Friday.

describe('addWorkingDays', () => {
  it('does not count the start date and returns it for 0 days', () => {
    expect(addWorkingDays('2027-03-01', 0, { state: 'BE' })).toBe('2027-03-01');
    expect(addWorkingDays('2027-03-01', 1, { state: 'BE' })).toBe('2027-03-02');
    // Friday + 1 → Monday.
    expect(addWorkingDays('2027-03-05', 1, { state: 'NW' })).toBe('2027-03-08');
    expect(addWorkingDays('2027-03-12', 1, { state: 'NW' })).toBe('2027-03-15');
    expect(addWorkingDays('2027-03-15', -1, { state: 'NW' })).toBe('2027-03-12');
  });

  it('skips Good Friday and Easter Monday in every state', () => {
    for (const state of germanStates) {
      expect(addWorkingDays('2027-03-25', 1, { state })).toBe('2027-03-30');
      expect(workingDays('2027-03-22', '2027-04-02', { state })).toBe(8);
    }
  });

  it('skips Fronleichnam in Bavaria but not in Berlin', () => {
    expect(addWorkingDays('2027-05-26', 1, { state: 'BY' })).toBe('2027-05-28');
    expect(addWorkingDays('2027-05-26', 1, { state: 'BE' })).toBe('2027-05-27');
    for (const state of ['BW', 'BY', 'HE', 'NW', 'RP', 'SL']) {
      expect(isWorkingDay('2027-05-27', { state })).toBe(false);
    }
    for (const state of ['BE', 'BB', 'HB', 'HH', 'MV', 'NI', 'SH', 'ST']) {
      expect(isWorkingDay('2027-05-27', { state })).toBe(true);
    }
  });

  it('knows Reformationstag, Buß- und Bettag, Frauentag and Weltkindertag by state', () => {
    // 31.10.2028 is a Tuesday.
    expect(addWorkingDays('2028-10-30', 1, { state: 'SN' })).toBe('2028-11-01');
    for (const state of ['BB', 'HB', 'HH', 'MV', 'NI', 'SN', 'ST', 'SH', 'TH']) {
      expect(isWorkingDay('2028-10-31', { state })).toBe(false);
    }
    expect(isWorkingDay('2028-10-31', { state: 'BY' })).toBe(true);
    // Buß- und Bettag 17.11.2027 (Wednesday): only Saxony.
    expect(isWorkingDay('2027-11-17', { state: 'SN' })).toBe(false);
    expect(isWorkingDay('2027-11-17', { state: 'BY' })).toBe(true);
    expect(isWorkingDay('2027-11-17', { state: 'BE' })).toBe(true);
    // Internationaler Frauentag 08.03.2027 (Monday): Berlin and Mecklenburg-Vorpommern.
    expect(isWorkingDay('2027-03-08', { state: 'BE' })).toBe(false);
    expect(isWorkingDay('2027-03-08', { state: 'MV' })).toBe(false);
    expect(isWorkingDay('2027-03-08', { state: 'HH' })).toBe(true);
    // Weltkindertag 20.09.2027 (Monday): Thuringia.
    expect(isWorkingDay('2027-09-20', { state: 'TH' })).toBe(false);
    expect(isWorkingDay('2027-09-20', { state: 'SN' })).toBe(true);
  });

  it("follows date-holidays' state-wide list for Bavaria (Mariä Himmelfahrt, Augsburger Friedensfest)", () => {
    // 15.08.2028 and 08.08.2028 are Tuesdays.
    expect(isWorkingDay('2028-08-15', { state: 'SL' })).toBe(false);
    expect(isWorkingDay('2028-08-15', { state: 'BY' })).toBe(true);
    expect(isWorkingDay('2028-08-08', { state: 'BY' })).toBe(true);
  });

  it('counts Christmas Eve and New Year’s Eve as working days, 25./26.12. and New Year as holidays', () => {
    expect(addWorkingDays('2026-12-23', 1, { state: 'BE' })).toBe('2026-12-24');
    expect(addWorkingDays('2026-12-24', 1, { state: 'BE' })).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-31', 1, { state: 'BE' })).toBe('2027-01-04');
    // 21.12.2026–08.01.2027: 15 weekdays − 25.12. − 01.01. = 13; Bavaria also closes 06.01.
    expect(workingDays('2026-12-21', '2027-01-08', { state: 'BE' })).toBe(13);
    expect(workingDays('2026-12-21', '2027-01-08', { state: 'BY' })).toBe(12);
    // 2028: 25.12. Monday, 26.12. Tuesday.
    expect(addWorkingDays('2028-12-22', 1, { state: 'HH' })).toBe('2028-12-27');
  });

  it('uses Austrian and Swiss regions', () => {
    // Vienna: Mariä Empfängnis 08.12.2027 (Wednesday) and Nationalfeiertag 26.10.2027 are
    // holidays; Good Friday is not a public holiday in Austria.
    const wien = { country: 'AT', region: '9' } as const;
    expect(isWorkingDay('2027-12-08', wien)).toBe(false);
    expect(isWorkingDay('2027-10-26', wien)).toBe(false);
    expect(isWorkingDay('2027-03-26', wien)).toBe(true);
    expect(addWorkingDays('2027-03-26', 1, wien)).toBe('2027-03-30');
    // Zurich: Good Friday and the Bundesfeiertag (01.08.2028, Tuesday).
    const zurich = { country: 'CH', region: 'ZH' } as const;
    expect(isWorkingDay('2027-03-26', zurich)).toBe(false);
    expect(isWorkingDay('2028-08-01', zurich)).toBe(false);
    expect(isWorkingDay('2028-08-01', { country: 'CH', region: '' })).toBe(false);
  });

  it('closes company holidays and rejects unknown regions and bad dates', () => {
    const options = {
      state: 'BE',
      companyHolidays: [{ from: '2027-12-27', to: '2027-12-31', label: 'Betriebsruhe' }],
    };
    expect(addWorkingDays('2027-12-23', 1, options)).toBe('2027-12-24');
    expect(addWorkingDays('2027-12-24', 1, options)).toBe('2028-01-03');
    expect(workingDays('2027-12-20', '2027-12-31', options)).toBe(5);
    expect(() => addWorkingDays('2027-01-01', 1, { state: 'XX' })).toThrow(
      'unknown German state "XX"',
    );
    expect(() => addWorkingDays('2027-01-01', 1, { country: 'AT', region: 'ZH' })).toThrow(
      'unknown holiday region "ZH" for AT',
    );
    expect(() => addWorkingDays('2027-02-30', 1, { state: 'BE' })).toThrow('not a calendar date');
    expect(() => addWorkingDays('1.3.2027', 1, { state: 'BE' })).toThrow('not an ISO date');
  });
});

describe('workingDays and the other calendar functions', () => {
  it('counts both ends and is 0 when to is before from', () => {
    expect(workingDays('2027-03-01', '2027-03-01', { state: 'BE' })).toBe(1);
    expect(workingDays('2027-03-06', '2027-03-07', { state: 'BE' })).toBe(0);
    expect(workingDays('2027-03-02', '2027-03-01', { state: 'BE' })).toBe(0);
    // 261 weekdays in 2027 − 8 holidays on weekdays (01.05. and 25.12. are Saturdays, 03.10. and
    // 26.12. Sundays): 01.01., 06.01., 26.03., 29.03., 06.05., 17.05., 27.05., 01.11.
    expect(workingDays('2027-01-01', '2027-12-31', { state: 'BY' })).toBe(253);
  });

  it('finds the next working day and the n-th working day from a start', () => {
    expect(nextWorkingDay('2027-05-27', { state: 'BY' })).toBe('2027-05-28');
    expect(nextWorkingDay('2027-05-27', { state: 'BE' })).toBe('2027-05-27');
    expect(nextWorkingDay('2027-03-27', { state: 'BE' })).toBe('2027-03-30');
    expect(workingDayDate('2027-03-25', 0, { state: 'BE' })).toBe('2027-03-25');
    expect(workingDayDate('2027-03-25', 1, { state: 'BE' })).toBe('2027-03-30');
  });

  it('lists holidays with German names, company holidays included', () => {
    expect(
      holidaysBetween('2027-05-20', '2027-06-01', {
        state: 'BY',
        companyHolidays: [{ from: '2027-05-31', to: '2027-05-31', label: '' }],
      }),
    ).toEqual([
      { date: '2027-05-27', name: 'Fronleichnam' },
      { date: '2027-05-31', name: 'Betriebsferien' },
    ]);
    expect(holidaysBetween('2027-12-20', '2027-12-31', { state: 'HE' })).toEqual([
      { date: '2027-12-25', name: '1. Weihnachtstag' },
      { date: '2027-12-26', name: '2. Weihnachtstag' },
    ]);
  });

  it('lists the regions of DE, AT and CH', () => {
    const de = calendarRegions('DE');
    expect(de.map((region) => region.code)).toEqual([...germanStates]);
    expect(de.find((region) => region.code === 'BY')?.name).toBe('Bayern');
    expect(calendarRegions('AT')).toHaveLength(9);
    expect(calendarRegions('AT')).toContainEqual({ code: '9', name: 'Wien' });
    expect(calendarRegions('CH')).toHaveLength(26);
  });
});

describe('day numbers', () => {
  it('formats every day of 1900–2100 like Date does', () => {
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoDate(day) !== expected) expect(isoDate(day)).toBe(expected);
      if (dayNumber(expected) !== day) expect(dayNumber(expected)).toBe(day);
    }
  });
});
