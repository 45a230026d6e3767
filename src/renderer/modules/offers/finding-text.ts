import type { Currency } from '#shared/domain';
import { formatDecimal, formatMoney } from '#shared/money';
import type { Finding } from '#shared/offers/preflight';
import { dateLanguageOf, formatDateInput } from '../../components/date-input';

const MONEY_PARAMS = new Set(['amount', 'margin', 'listPrice', 'linePrice']);
const PERCENT_PARAMS = new Set(['min', 'marginPct']);
const DATE_PARAMS = new Set(['validUntil', 'today']);

/** A finding's message parameters in the UI language: amounts, percentages and dates formatted. */
export function findingParams(
  params: Finding['params'],
  currency: Currency,
  language: 'de' | 'en',
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([key, value]) => {
      if (typeof value !== 'string' || value === '') return [key, value];
      if (MONEY_PARAMS.has(key)) return [key, formatMoney(value, currency, language)];
      if (PERCENT_PARAMS.has(key)) return [key, formatDecimal(value, language)];
      if (DATE_PARAMS.has(key)) return [key, formatDateInput(value, dateLanguageOf(language))];
      return [key, value];
    }),
  );
}
