import type { Decimal } from './decimal';

/**
 * Exact decimal arithmetic on integers for the hot path of big offers: a decimal is
 * `units / 10^scale` as a BigInt, products are exact, and the one rounding to cents is
 * commercial (halves away from zero), exactly like the Decimal path it replaces.
 */
export type Scaled = { units: bigint; scale: number };

const powers: bigint[] = [1n];
/** 10^n as a BigInt (cached). */
export function pow10(n: number): bigint {
  for (let i = powers.length; i <= n; i++) powers.push((powers[i - 1] as bigint) * 10n);
  return powers[n] as bigint;
}

/** A validated Decimal as units and scale: 12.345 → { units: 12345n, scale: 3 }. */
export function scaledOf(value: Decimal): Scaled {
  const text = value.toFixed();
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(`${whole}${fraction}`);
  return { units: negative ? -units : units, scale: fraction.length };
}

/** numerator / denominator (> 0), rounded to an integer with halves away from zero. */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** Integer cents as the decimal string "-12.50"; never "-0.00". */
export function centsToString(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A plain decimal string ("-12.50") as units and scale, or null for any other form. */
export function scaledFromText(text: string): Scaled | null {
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) return null;
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}
