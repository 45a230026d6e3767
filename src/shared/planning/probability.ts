/**
 * The standard normal distribution for PERT's normal approximation: Φ (the distribution
 * function), its inverse, and the probability of finishing by a deadline.
 */

/** z values of the confidence levels a plan prices at (Φ⁻¹ of 0.5, 0.8, 0.9, four decimals). */
export const Z_BY_CONFIDENCE = { '50': 0, '80': 0.8416, '90': 1.2816 } as const;

/**
 * Φ(x), the standard normal distribution function, to double precision (absolute error below
 * 1e-14): Hart's algorithm 5666 as given by G. West, "Better approximations to cumulative
 * normal functions", Wilmott Magazine 2005, Figure 2.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new Error('normalCdf of NaN');
  const z = Math.abs(x);
  let tail: number;
  if (z > 37) {
    tail = 0;
  } else {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688;
      n = n * z + 6.37396220353165;
      n = n * z + 33.912866078383;
      n = n * z + 112.079291497871;
      n = n * z + 221.213596169931;
      n = n * z + 220.206867912376;
      let d = 8.83883476483184e-2 * z + 1.75566716318264;
      d = d * z + 16.064177579207;
      d = d * z + 86.7807322029461;
      d = d * z + 296.564248779674;
      d = d * z + 637.333633378831;
      d = d * z + 793.826512519948;
      d = d * z + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let b = z + 0.65;
      b = z + 4 / b;
      b = z + 3 / b;
      b = z + 2 / b;
      b = z + 1 / b;
      tail = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const;
const P_LOW = 0.02425;

/**
 * Φ⁻¹(p), the standard normal quantile for 0 < p < 1: P. J. Acklam's rational approximation
 * (relative error 1.15e-9) refined by one Halley step on `normalCdf`.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new Error(`normalQuantile needs 0 < p < 1, not ${p}`);
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
      (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** A probability as text with four decimals, rounded half away from zero ("0.8413"). */
export function probabilityText(p: number): string {
  const scaled = Math.floor(p * 10_000 + 0.5);
  return (Math.min(Math.max(scaled, 0), 10_000) / 10_000).toFixed(4);
}

/**
 * The probability of finishing by `deadline` when the finish is normally distributed with the
 * given mean and standard deviation: Φ((deadline − expected) / standardDeviation), four
 * decimals. A standard deviation of 0 is certain: "1.0000" when deadline ≥ expected, else "0.0000".
 */
export function completionProbability({
  expected,
  standardDeviation,
  deadline,
}: {
  expected: number | string;
  standardDeviation: number | string;
  deadline: number | string;
}): string {
  const read = (name: string, value: number | string): number => {
    const number = typeof value === 'string' && value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(number))
      throw new Error(`${name} must be a finite number, not "${value}"`);
    return number;
  };
  const mean = read('expected', expected);
  const sd = read('standardDeviation', standardDeviation);
  const due = read('deadline', deadline);
  if (sd < 0) throw new Error(`standardDeviation must not be negative, not ${sd}`);
  if (sd === 0) return due >= mean ? '1.0000' : '0.0000';
  return probabilityText(normalCdf((due - mean) / sd));
}
