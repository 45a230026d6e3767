import type { DraftField } from './editor.store';
import { formatDecimal } from '#shared/money';
import { decimalMessage } from '#shared/validation/issue-message';

const decimal = /^-?\d{1,13}(\.\d{1,6})?$/;

/**
 * Checks a typed (already normalized) cell value; returns a message for `translateIssue` (one
 * that quotes a value that is no number), or null when it may be saved. Nothing invalid reaches the totals or the database, so no NaN can appear.
 */
export function validateLineField(field: DraftField, value: string): string | null {
  const optional = field === 'discountPct' || field === 'unitCost';
  if (value === '') return optional ? null : 'validation.required';
  if (!decimal.test(value)) return decimalMessage(value);
  const number = Number(value);
  if (field === 'unitPrice') return null;
  if (number < 0) return 'validation.negative';
  if (field === 'discountPct' && number > 100) return 'validation.percentRange';
  return null;
}

const MONEY_FIELDS: readonly DraftField[] = ['unitPrice', 'unitCost'];

/**
 * What a number cell shows. While focused: the stored value as typed, in the UI language's
 * decimal separator ("5480,00"). Otherwise prices and purchase prices read as amounts with
 * grouping and two decimals ("5.480,00"; en "5,480.00"), quantities and discounts as entered
 * ("2", "1,5"). An empty or unreadable value is shown unchanged.
 */
export function cellDisplay({
  field,
  value,
  language,
  focused,
}: {
  field: DraftField;
  value: string;
  language: 'de' | 'en';
  focused: boolean;
}): string {
  if (value === '' || !decimal.test(value)) return value;
  if (focused) return language === 'de' ? value.replace('.', ',') : value;
  return formatDecimal(value, language, MONEY_FIELDS.includes(field) ? 2 : undefined);
}
