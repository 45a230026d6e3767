import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { germanStates } from '../domain/planning';
import { addWorkingDays, calendarRegions, holidaysBetween, isWorkingDay } from './calendar';
import { HOLIDAY_TABLE_YEARS } from './holiday-table';

/** date-holidays' public holidays of a region and year, as the calendar lists them. */
function fromLibrary(country: 'DE' | 'AT' | 'CH', region: string, year: number) {
  const library =
    region === ''
      ? new Holidays(country, { languages: ['de'], types: ['public'] })
      : new Holidays(country, region, { languages: ['de'], types: ['public'] });
  const days = new Map<string, string>();
  for (const holiday of library.getHolidays(year)) {
    if (holiday.type === 'public') days.set(holiday.date.slice(0, 10), holiday.name);
  }
  return [...days]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

describe('the generated holiday table', () => {
  it('equals date-holidays for every region of DE, AT and CH in every year it covers', () => {
    // After updating date-holidays: node scripts/planning/holiday-table.mjs
    for (const country of ['DE', 'AT', 'CH'] as const) {
      const options = (region: string) =>
        country === 'DE' && region !== '' ? { state: region } : { country, region };
      for (const region of ['', ...calendarRegions(country).map((entry) => entry.code)]) {
        for (let year = HOLIDAY_TABLE_YEARS.from; year <= HOLIDAY_TABLE_YEARS.to; year += 1) {
          const table = holidaysBetween(`${year}-01-01`, `${year}-12-31`, options(region));
          const library = fromLibrary(country, region, year);
          if (JSON.stringify(table) !== JSON.stringify(library)) {
            expect({ country, region, year, table }).toEqual({
              country,
              region,
              year,
              table: library,
            });
          }
        }
      }
    }
  });

  it('lists the regions with their German names', () => {
    expect(calendarRegions('DE').map((region) => region.code)).toEqual([...germanStates]);
    expect(calendarRegions('DE')[0]).toEqual({ code: 'BW', name: 'Baden-Württemberg' });
  });

  it('reads years outside the table from the library', () => {
    // 2070: Easter Sunday 30.03., Good Friday 28.03.; Fronleichnam 29.05. (Thursday).
    expect(HOLIDAY_TABLE_YEARS.to).toBeLessThan(2070);
    expect(isWorkingDay('2070-03-28', { state: 'BE' })).toBe(false);
    expect(addWorkingDays('2070-05-28', 1, { state: 'BY' })).toBe('2070-05-30');
    expect(holidaysBetween('2070-12-24', '2070-12-26', { state: 'BE' })).toEqual(
      fromLibrary('DE', 'BE', 2070).filter(
        (holiday) => holiday.date >= '2070-12-24' && holiday.date <= '2070-12-26',
      ),
    );
  });
});
