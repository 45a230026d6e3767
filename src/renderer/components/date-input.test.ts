import { describe, expect, it } from 'vitest';
import {
  dateInputError,
  dateLanguageOf,
  formatDateInput,
  localIsoDate,
  parseDateInput,
} from './date-input';

describe('parseDateInput', () => {
  it('reads German and British day-month-year and ISO into YYYY-MM-DD', () => {
    expect(
      [
        '7.12.2026',
        '07.12.2026',
        '07.12.26',
        '7.12.26',
        ' 7. 12. 2026 ',
        '07/12/2026',
        '7/12/26',
        '2026-12-07',
      ].map(parseDateInput),
    ).toEqual(Array(8).fill('2026-12-07'));
  });

  it('refuses days the calendar does not have, and anything that is not a whole date', () => {
    expect(
      [
        '30.02.2026',
        '29.02.2025',
        '31.04.2026',
        '1.13.2026',
        '0.1.2026',
        '2026-02-30',
        '7.12.',
        '7.12.202',
        '12/7',
        'heute',
        '',
      ].map(parseDateInput),
    ).toEqual(Array(11).fill(null));
  });

  it('accepts 29 February in a leap year', () => {
    expect([parseDateInput('29.02.2028'), parseDateInput('29.2.28')]).toEqual([
      '2028-02-29',
      '2028-02-29',
    ]);
  });
});

describe('formatDateInput', () => {
  it('shows TT.MM.JJJJ in German and DD/MM/YYYY in English, and nothing for no date', () => {
    expect([
      formatDateInput('2026-12-07', 'de'),
      formatDateInput('2026-12-07', 'en'),
      formatDateInput('', 'de'),
      formatDateInput('2026-02-30', 'en'),
    ]).toEqual(['07.12.2026', '07/12/2026', '', '']);
  });

  it('reads back what it shows', () => {
    expect(
      ['de', 'en'].map((language) =>
        parseDateInput(formatDateInput('2027-01-31', dateLanguageOf(language))),
      ),
    ).toEqual(['2027-01-31', '2027-01-31']);
  });
});

describe('dateLanguageOf', () => {
  it('is English for any English variant, German otherwise', () => {
    expect(['de', 'de-DE', 'en', 'en-GB', 'en-US', undefined].map(dateLanguageOf)).toEqual([
      'de',
      'de',
      'en',
      'en',
      'en',
      'de',
    ]);
  });
});

describe('dateInputError', () => {
  it('names the refused text and the format in the UI language', () => {
    expect([
      dateInputError('30.02.2026', 'de'),
      dateInputError('30/02/2026', 'en'),
      dateInputError(' ', 'de'),
      dateInputError('', 'en'),
    ]).toEqual([
      '„30.02.2026“ ist kein gültiges Datum (TT.MM.JJJJ)',
      '“30/02/2026” is not a valid date (DD/MM/YYYY)',
      'Bitte ein Datum eingeben (TT.MM.JJJJ)',
      'Please enter a date (DD/MM/YYYY)',
    ]);
  });
});

describe('localIsoDate', () => {
  it('is the local calendar day, also just after midnight', () => {
    expect([
      localIsoDate(new Date(2026, 11, 7, 0, 30)),
      localIsoDate(new Date(2026, 11, 7, 23, 59)),
      localIsoDate(new Date(2028, 1, 29, 12)),
    ]).toEqual(['2026-12-07', '2026-12-07', '2028-02-29']);
  });
});
