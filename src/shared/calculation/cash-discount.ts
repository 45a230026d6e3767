import { Decimal, roundCommercial } from '../money';
import { CalculationError, HUNDRED, inRange, nonNegative, readDecimal } from './input';
import type { NumberInput } from './input';

export type CashDiscountInput = {
  /** Skontosatz, e.g. 2 for 2 %. */
  cashDiscountPct: NumberInput;
  /** Skontofrist in days. */
  cashDiscountDays: NumberInput;
  /** Zahlungsziel in days. */
  netDays: NumberInput;
};

/** Annual interest rates in % with two decimals. */
export type CashDiscountRates = {
  /** Faustformel: skonto % × 360 / (net days − discount days); understates the rate. */
  approximatePct: string;
  /** Textbook exact formula: simple interest on the reduced amount, 360-day year. */
  exactPct: string;
  /** Effective annual rate, compounded over a 365-day year: (1 + s/(100 − s))^(365/days) − 1. */
  compoundPct: string;
};

/**
 * The annual interest a buyer earns by taking a cash discount instead of the full term.
 * `exactPct` is the figure German textbooks call "genau" (Zinssatz auf den Überweisungsbetrag);
 * `compoundPct` is the effective annual interest if the choice repeats all year.
 */
export function cashDiscountEffectiveRate(input: CashDiscountInput): CashDiscountRates {
  const pct = inRange('cashDiscountPct', readDecimal('cashDiscountPct', input.cashDiscountPct), {
    min: 0,
    below: 100,
  });
  const discountDays = nonNegative(
    'cashDiscountDays',
    readDecimal('cashDiscountDays', input.cashDiscountDays),
  );
  const netDays = readDecimal('netDays', input.netDays);
  const days = netDays.minus(discountDays);
  if (days.lte(0)) {
    throw new CalculationError(
      'netDays',
      'divisionByZero',
      'must be later than the cash discount days: the rate would divide by zero',
    );
  }
  const periodRate = pct.div(HUNDRED.minus(pct));
  return {
    approximatePct: roundCommercial(pct.times(360).div(days), 2),
    exactPct: roundCommercial(periodRate.times(360).div(days).times(HUNDRED), 2),
    compoundPct: roundCommercial(
      periodRate.plus(1).pow(new Decimal(365).div(days)).minus(1).times(HUNDRED),
      2,
    ),
  };
}
