import { Decimal, MoneyError, toDecimal } from '../money';
import type { DecimalInput } from '../money';

/** Why an input was refused; the UI maps these to translated messages at the field. */
export type CalculationErrorCode =
  'required' | 'decimal' | 'negative' | 'range' | 'divisionByZero' | 'conflict';

/** Bad input to a calculation; `field` names the input field to show the message at. */
export class CalculationError extends Error {
  readonly field: string;
  readonly code: CalculationErrorCode;

  constructor(field: string, code: CalculationErrorCode, message: string) {
    super(`${field}: ${message}`);
    this.name = 'CalculationError';
    this.field = field;
    this.code = code;
  }
}

/** Amounts and percentages as the calculator accepts them: 20 or "20" means 20 %. */
export type NumberInput = string | number;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);
export const CENT = new Decimal('0.01');

/** Reads a required decimal input, or throws a CalculationError naming the field. */
export function readDecimal(field: string, value: DecimalInput | undefined | null): Decimal {
  if (value === undefined || value === null || value === '') {
    throw new CalculationError(field, 'required', 'a value is required');
  }
  try {
    return toDecimal(value);
  } catch (error) {
    if (error instanceof MoneyError) {
      throw new CalculationError(field, 'decimal', `"${String(value)}" is not a decimal number`);
    }
    throw error;
  }
}

/** Reads an optional decimal input; a missing value counts as zero. */
export function readOptional(field: string, value: DecimalInput | undefined | null): Decimal {
  return value === undefined || value === null || value === '' ? ZERO : readDecimal(field, value);
}

/** Throws unless the value is zero or positive. */
export function nonNegative(field: string, value: Decimal): Decimal {
  if (value.isNegative() && !value.isZero()) {
    throw new CalculationError(field, 'negative', 'must not be negative');
  }
  return value;
}

export type Bounds = { min?: number; max?: number; below?: number; above?: number };

/** Throws unless min ≤ value ≤ max and above < value < below (each bound optional). */
export function inRange(field: string, value: Decimal, bounds: Bounds): Decimal {
  const { min, max, below, above } = bounds;
  if (min !== undefined && value.lt(min)) {
    throw new CalculationError(field, min === 0 ? 'negative' : 'range', `must be at least ${min}`);
  }
  if (max !== undefined && value.gt(max)) {
    throw new CalculationError(field, 'range', `must be at most ${max}`);
  }
  if (below !== undefined && value.gte(below)) {
    throw new CalculationError(
      field,
      'divisionByZero',
      `must be below ${below}: the calculation would divide by zero`,
    );
  }
  if (above !== undefined && value.lte(above)) {
    throw new CalculationError(
      field,
      'divisionByZero',
      `must be above ${above}: the calculation would divide by zero`,
    );
  }
  return value;
}

/** A percentage as a fraction: 20 → 0.2. */
export function fraction(pct: Decimal): Decimal {
  return pct.div(HUNDRED);
}
