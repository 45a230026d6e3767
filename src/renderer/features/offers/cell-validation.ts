import type { DraftField } from './editor.store';

const decimal = /^-?\d{1,13}(\.\d{1,6})?$/;

/**
 * Checks a typed (already normalized) cell value; returns an i18n key, or null when it may
 * be saved. Nothing invalid reaches the totals or the database, so no NaN can appear.
 */
export function validateLineField(field: DraftField, value: string): string | null {
  const optional = field === 'discountPct' || field === 'unitCost';
  if (value === '') return optional ? null : 'validation.required';
  if (!decimal.test(value)) return 'validation.decimal';
  const number = Number(value);
  if (field === 'unitPrice') return null;
  if (number < 0) return 'validation.negative';
  if (field === 'discountPct' && number > 100) return 'validation.percentRange';
  return null;
}
