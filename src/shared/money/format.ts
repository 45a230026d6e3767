import { MoneyError, round2, roundDecimal, toDecimal } from './decimal';
import type { Decimal, DecimalInput } from './decimal';

/** Document and UI languages; structurally the domain's `Language`. */
export type MoneyLocale = 'de' | 'en';

type Separators = { group: string; decimal: string };

const SEPARATORS: Record<MoneyLocale, Separators> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

function checkLocale(locale: string): MoneyLocale {
  if (locale !== 'de' && locale !== 'en') {
    throw new MoneyError(`unsupported locale "${locale}"`, locale);
  }
  return locale;
}

// Built by hand rather than with Intl so the output is exact for any Decimal and identical
// in Node, Chromium and Electron whatever ICU data they ship.
function groupDigits(fixed: string, { group, decimal }: Separators): string {
  const [integer = '0', fraction] = fixed.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`;
}

/**
 * Formats an amount rounded to cents: de `1.234,50 €`, en `€1,234.50`. CHF (and unknown
 * codes) print as the code: de `1.234,50 CHF`, en `CHF 1,234.50`. Plain spaces, no NBSP.
 */
export function formatMoney(value: DecimalInput, currency: string, locale: MoneyLocale): string {
  const separators = SEPARATORS[checkLocale(locale)];
  const amount = round2(value);
  const sign = amount.isNegative() ? '-' : '';
  const digits = groupDigits(amount.abs().toFixed(2), separators);
  const symbol = SYMBOLS[currency];
  if (locale === 'de') return `${sign}${digits} ${symbol ?? currency}`;
  return symbol === undefined ? `${sign}${currency} ${digits}` : `${sign}${symbol}${digits}`;
}

/**
 * Formats a number with the locale's separators: `decimals` rounds commercially to a fixed
 * number of places; without it the value's own digits are kept ("6.5" → de "6,5").
 */
export function formatDecimal(value: DecimalInput, locale: MoneyLocale, decimals?: number): string {
  const separators = SEPARATORS[checkLocale(locale)];
  const amount = decimals === undefined ? toDecimal(value) : roundDecimal(value, decimals);
  const sign = amount.isNegative() && !amount.isZero() ? '-' : '';
  const fixed = decimals === undefined ? amount.abs().toFixed() : amount.abs().toFixed(decimals);
  return `${sign}${groupDigits(fixed, separators)}`;
}

const GROUPED = {
  de: /^\d{1,3}(\.\d{3})+(,\d+)?$/,
  en: /^\d{1,3}(,\d{3})+(\.\d+)?$/,
};

/**
 * Parses user input in the locale's notation: de "1.234,50", "1234,5", en "1,234.50".
 * Thousands separators must sit in groups of three. In de a lone point with other than three
 * digits after it ("1.5") is read as a decimal point, because users type it that way; "1.500"
 * is one thousand five hundred in de and one point five in en.
 */
export function parseLocaleDecimal(value: string, locale: MoneyLocale): Decimal {
  return toDecimal(localeDecimalText(value, locale));
}

/**
 * The same reading as parseLocaleDecimal, as a plain decimal string that keeps the digits as
 * typed ("1.234,50" → "1234.50"), for storage. Throws MoneyError for anything else.
 */
export function localeDecimalText(value: string, locale: MoneyLocale): string {
  const { group, decimal } = SEPARATORS[checkLocale(locale)];
  const text = typeof value === 'string' ? value.replace(/[\s\u00a0\u202f]/g, '') : '';
  const sign = text.startsWith('-') || text.startsWith('+') ? text[0] : '';
  const body = sign === '' ? text : text.slice(1);
  let plain: string;
  if (GROUPED[locale].test(body)) {
    plain = body.split(group).join('').replace(decimal, '.');
  } else if (/^(\d+([.,]\d+)?|[.,]\d+)$/.test(body)) {
    // Without grouping either separator is a decimal point; only one may appear.
    plain = body.replace(',', '.');
  } else {
    throw new MoneyError(`"${String(value)}" is not a number`, value);
  }
  const result = `${sign === '-' ? '-' : ''}${plain.startsWith('.') ? `0${plain}` : plain}`;
  toDecimal(result);
  return result;
}
