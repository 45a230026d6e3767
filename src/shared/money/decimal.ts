import DecimalJs from 'decimal.js';

/**
 * The one Decimal constructor of the app. Precision 40 keeps intermediate quotients exact far
 * beyond cents; ROUND_HALF_UP in decimal.js rounds halves away from zero, which is commercial
 * rounding (−2.465 → −2.47). Never use decimal.js directly elsewhere.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

/** What money functions accept: a decimal string, a finite number or a Decimal. */
export type DecimalInput = string | number | Decimal;

/** Thrown when a value is not a finite decimal number. */
export class MoneyError extends Error {
  readonly value: unknown;

  constructor(message: string, value: unknown) {
    super(message);
    this.name = 'MoneyError';
    this.value = value;
  }
}

// Plain decimal notation only: no exponent, no thousands separators, no comma.
const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/** True for a plain decimal string such as "1234.50", "-2", "0.5" (after trimming). */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value.trim());
}

/** Converts to Decimal, throwing MoneyError on NaN, Infinity, '' or non-decimal text. */
export function toDecimal(value: DecimalInput): Decimal {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_PATTERN.test(text)) {
      throw new MoneyError(`"${value}" is not a decimal number`, value);
    }
    return new Decimal(text);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new MoneyError(`${String(value)} is not a finite number`, value);
    }
    // decimal.js reads a number through its shortest string form, so 1.005 stays 1.005.
    return new Decimal(value);
  }
  if (DecimalJs.isDecimal(value)) {
    if (!value.isFinite()) {
      throw new MoneyError(`${value.toString()} is not a finite number`, value);
    }
    // Re-wrap values from another decimal.js constructor so they compute with our settings.
    return value.constructor === Decimal ? value : new Decimal(value);
  }
  throw new MoneyError(`${String(value)} is not a decimal number`, value);
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new MoneyError(`decimals must be an integer from 0 to 20, got ${decimals}`, decimals);
  }
}

/** Rounds commercially (halves away from zero) to `decimals` places. */
export function roundDecimal(value: DecimalInput, decimals: number): Decimal {
  checkDecimals(decimals);
  const rounded = toDecimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  // Normalise −0 so that "-0.00" never reaches the screen or storage.
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/** Rounds commercially to cents: the rounding point of line totals, group nets and VAT. */
export function round2(value: DecimalInput): Decimal {
  return roundDecimal(value, 2);
}

/** Commercial rounding as a fixed-point string with exactly `decimals` places: "2.35", "-3". */
export function roundCommercial(value: DecimalInput, decimals: number): string {
  return roundDecimal(value, decimals).toFixed(decimals);
}

/** The storage form of an amount: rounded to cents, two decimals, point: "1234.50". */
export function toMoneyString(value: DecimalInput): string {
  return roundCommercial(value, 2);
}
