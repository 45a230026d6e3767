import type { BillingKind, CatalogKind, Currency, Unit } from '../domain';
import { Decimal } from '../money';
import { fold, synonyms } from './normalize';

/** How to read "1.234" and "1,234", the only ambiguous forms; `auto` reads both as decimals. */
export type NumberFormat = 'auto' | 'de' | 'en';

const SPACES = /[\s\u00a0\u202f']/g;
const CURRENCY_MARKS =
  /^(€|eur|chf|sfr\.?|fr\.|\$|usd|£|gbp)|(€|eur|chf|sfr\.?|fr\.|\$|usd|£|gbp)$/i;

function validGrouping(integer: string, separator: string): boolean {
  const groups = integer.split(separator);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * Reads a number as people type it in a spreadsheet: "1.234,50", "1234,50", "1,234.50",
 * "1234.5", "12,50 €", "-3"; spaces and apostrophes group digits (1'234.50). With both
 * separators the last one is the decimal mark. A lone "1.234" or "1,234" is a decimal in
 * `auto` format; `de` reads "1.234" as 1234 and `en` reads "1,234" as 1234. Returns the plain
 * decimal string ("1234.50") or null.
 */
export function parseImportDecimal(text: string, format: NumberFormat = 'auto'): string | null {
  const compact = text.replace(SPACES, '').replace(CURRENCY_MARKS, '');
  const match = /^([+-]?)([\d.,]+)$/.exec(compact);
  if (match === null) return null;
  const sign = match[1] === '-' ? '-' : '';
  const body = match[2] as string;
  if (/^[.,]|[.,]$/.test(body)) return null;
  const lastComma = body.lastIndexOf(',');
  const lastPoint = body.lastIndexOf('.');
  let integer = body;
  let fraction = '';
  let group = '';
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimalAt = Math.max(lastComma, lastPoint);
    group = lastComma > lastPoint ? '.' : ',';
    integer = body.slice(0, decimalAt);
    fraction = body.slice(decimalAt + 1);
  } else {
    const mark = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : '';
    const count = mark === '' ? 0 : body.split(mark).length - 1;
    const thousands =
      count > 1 ||
      (count === 1 && /^\d{1,3}[.,]\d{3}$/.test(body) && format === (mark === '.' ? 'de' : 'en'));
    if (thousands) group = mark;
    else if (mark !== '') [integer, fraction] = body.split(mark) as [string, string];
  }
  if (group !== '' && !validGrouping(integer, group)) return null;
  const digits = group === '' ? integer : integer.split(group).join('');
  if (!/^\d+$/.test(digits) || (fraction !== '' && !/^\d+$/.test(fraction))) return null;
  return `${sign}${digits}${fraction === '' ? '' : `.${fraction}`}`;
}

const VAT_EXEMPT = new Set(['steuerfrei', 'befreit', 'exempt', 'taxfree', 'keine', 'none', 'ohne']);

/**
 * Reads a VAT rate: "19", "19 %", "19,0", "7%", "0", "steuerfrei"/"exempt" → 0. A value between 0
 * and 1 ("0,19", "0.07") is a fraction, as percent-formatted spreadsheet cells store it. Returns
 * the rate as a plain decimal string ("19") or null; whether the rate is configured is the
 * schema's business.
 */
export function parseVatPct(text: string): string | null {
  if (VAT_EXEMPT.has(fold(text))) return '0';
  const number = parseImportDecimal(text.replace(/%$/, '').trim());
  if (number === null) return null;
  const value = new Decimal(number);
  const pct = value.gt(0) && value.lt(1) ? value.times(100) : value;
  return pct.toString();
}

const unitNames = synonyms<Unit>({
  piece: ['stück', 'stueck', 'stk', 'st', 'stck', 'pieces', 'pcs', 'pc', 'ea', 'each', 'x'],
  licence: ['lizenz', 'lizenzen', 'license', 'licenses', 'licences', 'lic', 'lz'],
  user: ['benutzer', 'users', 'nutzer', 'anwender', 'named user'],
  'person-day': [
    'pt',
    'personentag',
    'personentage',
    'manntag',
    'manntage',
    'md',
    'pd',
    'tag',
    'tage',
    'day',
    'days',
    'man-day',
    'man day',
  ],
  hour: ['std', 'stunde', 'stunden', 'h', 'hours', 'hr', 'hrs'],
  month: ['monat', 'monate', 'months', 'mon', 'mo'],
  flat: ['pauschal', 'pauschale', 'psch', 'pschl', 'lump sum', 'fixed', 'fix', 'festpreis'],
});

const kindNames = synonyms<CatalogKind>({
  hardware: ['hw', 'gerät', 'geräte'],
  software: [
    'sw',
    'softwarelizenz',
    'software licence',
    'software license',
    'lizenz',
    'licence',
    'license',
  ],
  subscription: ['abo', 'abonnement', 'saas', 'cloud', 'miete', 'subscriptions'],
  service: ['dienstleistung', 'dienstleistungen', 'leistung', 'beratung', 'services', 'consulting'],
  travel: ['reise', 'reisekosten', 'spesen', 'travel costs', 'expenses'],
  other: ['sonstiges', 'sonstige', 'andere', 'misc', 'miscellaneous'],
});

const billingNames = synonyms<BillingKind>({
  'one-time': ['einmalig', 'einmal', 'once', 'one time', 'onetime', 'single'],
  monthly: ['monatlich', 'mtl', 'pro monat', 'per month', 'month', 'monat'],
  yearly: [
    'jährlich',
    'jaehrlich',
    'jährl',
    'annual',
    'annually',
    'yearly',
    'pa',
    'p.a.',
    'pro jahr',
    'per year',
    'jahr',
    'year',
  ],
});

const currencyNames = synonyms<Currency>({
  EUR: ['€', 'euro', 'euros'],
  CHF: ['sfr', 'fr', 'franken', 'swiss franc'],
  USD: ['$', 'us$', 'dollar', 'us-dollar'],
  GBP: ['£', 'pfund', 'pound', 'pounds'],
});

const booleanNames = synonyms<'true' | 'false'>({
  true: ['ja', 'yes', 'y', 'j', 'x', '1', 'wahr', 'aktiv', 'active'],
  false: ['nein', 'no', 'n', '0', 'falsch', 'inaktiv', 'inactive'],
});

// Symbols fold to '' and would all collide: look them up unfolded first.
const symbolCurrencies: Record<string, Currency> = { '€': 'EUR', $: 'USD', US$: 'USD', '£': 'GBP' };

export const readUnit = (text: string): Unit | null => unitNames.get(fold(text)) ?? null;
export const readKind = (text: string): CatalogKind | null => kindNames.get(fold(text)) ?? null;
export const readBilling = (text: string): BillingKind | null =>
  billingNames.get(fold(text)) ?? null;
export const readCurrency = (text: string): Currency | null =>
  symbolCurrencies[text.trim()] ?? currencyNames.get(fold(text)) ?? null;
export const readBoolean = (text: string): boolean | null => {
  const value = booleanNames.get(fold(text));
  return value === undefined ? null : value === 'true';
};
