import { Decimal, isDecimalString } from '#shared/money';
import { parseCalendarDate } from '#shared/domain/calendar-date';
import type { CalendarDate } from '#shared/domain/calendar-date';
import { ContractInputError } from './errors';

/** A number given as a finite number or a plain decimal string ("99.9"). */
export type NumberInput = number | string;

/** Reads a finite number or decimal string, or throws naming the field. */
export function readDecimal(value: unknown, field: string): Decimal {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new ContractInputError(field, `must be a finite number, got ${String(value)}`);
    return new Decimal(value);
  }
  if (isDecimalString(value)) return new Decimal(value.trim());
  throw new ContractInputError(
    field,
    `must be a number or a decimal string, got ${JSON.stringify(value) ?? 'undefined'}`,
  );
}

/** Reads a whole number from `min` (and up to `max`), or throws naming the field. */
export function readWholeNumber(
  value: unknown,
  field: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const decimal = readDecimal(value, field);
  if (!decimal.isInteger())
    throw new ContractInputError(field, `must be a whole number, got ${decimal.toString()}`);
  const number = decimal.toNumber();
  if (number < min) throw new ContractInputError(field, `must be at least ${min}, got ${number}`);
  if (number > max) throw new ContractInputError(field, `must be at most ${max}, got ${number}`);
  return number;
}

/** Reads an ISO date (YYYY-MM-DD) that exists in the calendar, or throws naming the field. */
export function readIsoDate(value: unknown, field: string): CalendarDate {
  const date = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (date === null) {
    throw new ContractInputError(
      field,
      `must be a date YYYY-MM-DD, got ${JSON.stringify(value) ?? 'undefined'}`,
    );
  }
  return date;
}

/** Rounds half away from zero to `decimals` places and gives a number. */
export function roundToNumber(value: Decimal, decimals: number): number {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
  return rounded === 0 ? 0 : rounded;
}
