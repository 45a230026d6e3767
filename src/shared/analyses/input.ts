import { Decimal, MoneyError, toDecimal } from '../money';

/** Bad input to an analysis; `field` names the input (`criteria[1].weightPct`), also in the message. */
export class AnalysisError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'AnalysisError';
    this.field = field;
  }
}

/** Numbers as the analyses accept them: 20 or "20" (a plain decimal string). */
export type NumberInput = number | string;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Reads a required decimal (number or plain decimal string), or throws naming the field. */
export function readDecimal(field: string, value: unknown): Decimal {
  if (value === undefined || value === null || value === '') {
    throw new AnalysisError(field, 'a value is required');
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new AnalysisError(field, `${describe(value)} is not a number`);
  }
  try {
    return toDecimal(value);
  } catch (error) {
    if (error instanceof MoneyError) {
      throw new AnalysisError(field, `${describe(value)} is not a number`);
    }
    throw error;
  }
}

/** Reads a decimal from `min` to `max` (inclusive). */
export function readRange(field: string, value: unknown, min: number, max: number): Decimal {
  const number = readDecimal(field, value);
  if (number.lt(min) || number.gt(max)) {
    throw new AnalysisError(field, `must be from ${min} to ${max} (now ${number.toString()})`);
  }
  return number;
}

/** Reads a decimal ≥ 0. */
export function readNonNegative(field: string, value: unknown): Decimal {
  const number = readDecimal(field, value);
  if (number.isNegative() && !number.isZero()) {
    throw new AnalysisError(field, `must not be negative (now ${number.toString()})`);
  }
  return number;
}

/** Reads a rating: a whole number from 1 to 5 (five forces, competitor matrix). */
export function readRating(field: string, value: unknown): number {
  const number = readDecimal(field, value);
  if (!number.isInteger() || number.lt(1) || number.gt(5)) {
    throw new AnalysisError(field, `must be a whole number from 1 to 5 (now ${number.toString()})`);
  }
  return number.toNumber();
}

/** Reads a non-empty id string. */
export function readId(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AnalysisError(field, 'an id is required');
  }
  return value;
}

/** Reads an array, or throws naming the field. */
export function readArray(field: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new AnalysisError(field, 'a list is required');
  return value;
}

/** Reads a plain object (a record), or throws naming the field. */
export function readRecord(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AnalysisError(field, 'an object is required');
  }
  return value as Record<string, unknown>;
}

/** Two decimals, halves away from zero, never "-0.00". */
export function fixed2(value: Decimal): string {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? '0.00' : rounded.toFixed(2);
}

/** part / whole × 100 with two decimals; '0.00' when whole is zero. */
export function percentOf(part: number | Decimal, whole: number | Decimal): string {
  const denominator = new Decimal(whole);
  if (denominator.isZero()) return '0.00';
  return fixed2(new Decimal(part).times(100).div(denominator));
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  return typeof value;
}
