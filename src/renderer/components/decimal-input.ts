import i18next from 'i18next';
import { localeDecimalText } from '#shared/money';

type InputLanguage = 'de' | 'en';

const uiLanguage = (): InputLanguage => (i18next.language === 'en' ? 'en' : 'de');

/**
 * A typed number as a plain decimal string, read in the UI language's notation:
 * de "48.500,50" / en "48,500.50" → "48500.50"; de "1.500" is fifteen hundred, en "1,000" one
 * thousand. Input that is not a number comes back as typed, so the schema reports it at the
 * field instead of a guess being saved.
 */
export function normalizeDecimalInput(value: unknown, language?: unknown): string {
  // Also used as a zod transform, which passes its context second: only a language counts.
  const locale: InputLanguage = language === 'de' || language === 'en' ? language : uiLanguage();
  const text = String(value ?? '')
    .trim()
    .replace(/[\s\u00a0\u202f]|€|EUR|CHF|USD|GBP|\$|£|%/g, '');
  if (text === '') return '';
  try {
    return localeDecimalText(text, locale);
  } catch {
    return text;
  }
}

/** A decimal string as typed in the UI language: "1234.5" → "1234,5" in German. */
export function displayDecimal(value: string, language: string): string {
  return language === 'de' ? value.replace('.', ',') : value;
}
