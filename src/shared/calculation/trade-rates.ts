import { round2 } from '../money';
import type { Decimal } from '../money';
import { CalculationError, fraction, inRange, nonNegative, readOptional } from './input';
import type { Bounds, NumberInput } from './input';

/** The rates of the German Handelskalkulation; percentages (20 = 20 %), missing = 0. */
export type TradeRatesInput = {
  /** Liefererrabatt, % of the list purchase price. */
  supplierDiscountPct?: NumberInput;
  /** Liefererskonto, % of the target purchase price. */
  supplierCashDiscountPct?: NumberInput;
  /** Bezugskosten, an amount. */
  procurementCosts?: NumberInput;
  /** Handlungskosten, % of the procurement price (auf Hundert). */
  overheadPct?: NumberInput;
  /** Gewinn, % of the prime cost (auf Hundert). */
  profitPct?: NumberInput;
  /** Kundenskonto, % of the target sales price (im Hundert). */
  customerCashDiscountPct?: NumberInput;
  /** Vertreterprovision, % of the target sales price (im Hundert). */
  commissionPct?: NumberInput;
  /** Kundenrabatt, % of the net sales price (im Hundert). */
  customerDiscountPct?: NumberInput;
  /** Umsatzsteuer, % of the net sales price. */
  vatPct?: NumberInput;
};

/** Validated rates as fractions (0.2 for 20 %), procurement costs as an amount. */
export type TradeRates = {
  supplierDiscount: Decimal;
  supplierCashDiscount: Decimal;
  procurementCosts: Decimal;
  overhead: Decimal;
  profit: Decimal;
  customerCashDiscount: Decimal;
  commission: Decimal;
  customerDiscount: Decimal;
  vat: Decimal;
};

function pct(input: TradeRatesInput, field: keyof TradeRatesInput, bounds: Bounds): Decimal {
  return fraction(inRange(field, readOptional(field, input[field]), bounds));
}

/**
 * Reads and checks the rates. Discounts lie in 0–100 %; rates used "im Hundert" must stay
 * below 100 % because the price is divided by (1 − rate): customer discount, and customer
 * cash discount plus commission together. Supplier discounts of 100 % are fine forward and
 * refused by the backward calculation.
 */
export function readTradeRates(input: TradeRatesInput): TradeRates {
  const customerCashDiscount = pct(input, 'customerCashDiscountPct', { min: 0, max: 100 });
  const commission = pct(input, 'commissionPct', { min: 0, max: 100 });
  if (customerCashDiscount.plus(commission).gte(1)) {
    const field = commission.isZero() ? 'customerCashDiscountPct' : 'commissionPct';
    throw new CalculationError(
      field,
      'divisionByZero',
      'customer cash discount plus commission must be below 100: the calculation would divide by zero',
    );
  }
  return {
    supplierDiscount: pct(input, 'supplierDiscountPct', { min: 0, max: 100 }),
    supplierCashDiscount: pct(input, 'supplierCashDiscountPct', { min: 0, max: 100 }),
    procurementCosts: round2(
      nonNegative('procurementCosts', readOptional('procurementCosts', input.procurementCosts)),
    ),
    overhead: pct(input, 'overheadPct', { min: 0 }),
    profit: pct(input, 'profitPct', { above: -100 }),
    customerCashDiscount,
    commission,
    customerDiscount: pct(input, 'customerDiscountPct', { min: 0, below: 100 }),
    vat: pct(input, 'vatPct', { min: 0, max: 100 }),
  };
}
