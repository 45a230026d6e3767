import { parseCalendarDate } from '#shared/domain/calendar-date';

/** The languages date fields are written in: German TT.MM.JJJJ, English (British) DD/MM/YYYY. */
export type DateLanguage = 'de' | 'en';

/** The date language for a UI language ('en-GB' → 'en'); German unless English. */
export function dateLanguageOf(language: string | undefined): DateLanguage {
  return language?.startsWith('en') ? 'en' : 'de';
}

/** How a date field shows its value, as a dayjs format. */
export const dateInputFormat: Record<DateLanguage, string> = {
  de: 'DD.MM.YYYY',
  en: 'DD/MM/YYYY',
};

/** The format as the user reads it in the field's messages. */
const formatHint: Record<DateLanguage, string> = { de: 'TT.MM.JJJJ', en: 'DD/MM/YYYY' };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Day, month, year in that order (German and British), separated by dots, slashes or dashes. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/;

/**
 * Reads a typed date into its stored form `YYYY-MM-DD`, or null when it is no date in the
 * calendar: "7.12.2026", "07.12.26" (20xx), "07/12/2026" and "2026-12-07" all give
 * "2026-12-07"; "30.02.2026" gives null. Day comes before month in both languages.
 */
export function parseDateInput(text: string): string | null {
  const trimmed = text.trim();
  if (ISO.test(trimmed)) return parseCalendarDate(trimmed) === null ? null : trimmed;
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (match === null) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseCalendarDate(iso) === null ? null : iso;
}

/** Shows a stored `YYYY-MM-DD` date as the field does ("07.12.2026" in German); '' stays ''. */
export function formatDateInput(iso: string, language: DateLanguage): string {
  const date = parseCalendarDate(iso);
  if (date === null) return '';
  const day = String(date.day).padStart(2, '0');
  const month = String(date.month).padStart(2, '0');
  const year = String(date.year).padStart(4, '0');
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** Why a date field refused what was typed, in the UI language. */
export function dateInputError(text: string, language: DateLanguage): string {
  const hint = formatHint[language];
  if (text.trim() === '') {
    return language === 'de'
      ? `Bitte ein Datum eingeben (${hint})`
      : `Please enter a date (${hint})`;
  }
  return language === 'de'
    ? `„${text.trim()}“ ist kein gültiges Datum (${hint})`
    : `“${text.trim()}” is not a valid date (${hint})`;
}

/** The calendar day of `date` in the local time zone, as `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
