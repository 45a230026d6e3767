import { round2 } from '../money';
import type { Decimal } from '../money';
import { CalculationError } from './input';
import type { TradeRates } from './trade-rates';

/*
 * The steps of the Handelskalkulation on Decimals, rounded as textbooks do (this order
 * reproduces the worked example of issue 3):
 * - forward, every amount taken from a percentage is rounded to cents and the next price is
 *   the previous rounded price plus or minus it. "Im Hundert" prices divide the rounded
 *   previous price by (1 − rate) and round the quotient: targetSales = round2(cash /
 *   (1 − (skonto + commission) %)), net = round2(target / (1 − discount %)); skonto and
 *   commission are then each round2(target × rate) on that rounded target, so when both are
 *   set and both round the same way the scheme can be off by one cent (9059.70 + 295.43 +
 *   492.38 ≠ 9847.50, see the tests), as in a hand calculation. The customer discount is
 *   net − target, which always equals round2(net × rate).
 * - backward, each price is the rounded quotient of the one below it (auf Hundert: ÷ (1 +
 *   rate), im Hundert purchase side: ÷ (1 − rate)) and the amount between them is their
 *   difference; the sales deductions are rounded percentages subtracted from their base
 *   (discount of net, skonto and commission of target).
 */

export type PurchaseSide = {
  supplierDiscount: Decimal;
  targetPurchasePrice: Decimal;
  supplierCashDiscount: Decimal;
  cashPurchasePrice: Decimal;
  procurementPrice: Decimal;
  overhead: Decimal;
  primeCost: Decimal;
};

export type CashToNet = {
  customerCashDiscount: Decimal;
  commission: Decimal;
  targetSalesPrice: Decimal;
  customerDiscount: Decimal;
};

export type SalesSide = CashToNet & {
  profit: Decimal;
  cashSalesPrice: Decimal;
  netSalesPrice: Decimal;
  vat: Decimal;
  grossSalesPrice: Decimal;
};

/** Listeneinkaufspreis → Selbstkosten. */
export function purchaseForward(listPurchasePrice: Decimal, rates: TradeRates): PurchaseSide {
  const supplierDiscount = round2(listPurchasePrice.times(rates.supplierDiscount));
  const targetPurchasePrice = listPurchasePrice.minus(supplierDiscount);
  const supplierCashDiscount = round2(targetPurchasePrice.times(rates.supplierCashDiscount));
  const cashPurchasePrice = targetPurchasePrice.minus(supplierCashDiscount);
  const procurementPrice = cashPurchasePrice.plus(rates.procurementCosts);
  const overhead = round2(procurementPrice.times(rates.overhead));
  const primeCost = procurementPrice.plus(overhead);
  return {
    supplierDiscount,
    targetPurchasePrice,
    supplierCashDiscount,
    cashPurchasePrice,
    procurementPrice,
    overhead,
    primeCost,
  };
}

function customerDeductions(rates: TradeRates): Decimal {
  return rates.customerCashDiscount.plus(rates.commission);
}

/** Selbstkosten → Bruttoverkaufspreis. */
export function salesForward(primeCost: Decimal, rates: TradeRates): SalesSide {
  const profit = round2(primeCost.times(rates.profit));
  const cashSalesPrice = primeCost.plus(profit);
  // Kundenskonto and Vertreterprovision are both "im Hundert" of the target sales price.
  const targetSalesPrice = round2(cashSalesPrice.div(customerDeductions(rates).neg().plus(1)));
  const customerCashDiscount = round2(targetSalesPrice.times(rates.customerCashDiscount));
  const commission = round2(targetSalesPrice.times(rates.commission));
  const netSalesPrice = round2(targetSalesPrice.div(rates.customerDiscount.neg().plus(1)));
  // Equals round2(net × rate) exactly: net is within half a cent × (1 − rate) of target / (1 − rate).
  const customerDiscount = netSalesPrice.minus(targetSalesPrice);
  const vat = round2(netSalesPrice.times(rates.vat));
  return {
    profit,
    cashSalesPrice,
    customerCashDiscount,
    commission,
    targetSalesPrice,
    customerDiscount,
    netSalesPrice,
    vat,
    grossSalesPrice: netSalesPrice.plus(vat),
  };
}

/** Bruttoverkaufspreis → Nettoverkaufspreis. */
export function netFromGross(grossSalesPrice: Decimal, rates: TradeRates): Decimal {
  return round2(grossSalesPrice.div(rates.vat.plus(1)));
}

/** Nettoverkaufspreis → Barverkaufspreis. */
export function salesBackward(
  netSalesPrice: Decimal,
  rates: TradeRates,
): CashToNet & { cashSalesPrice: Decimal } {
  const customerDiscount = round2(netSalesPrice.times(rates.customerDiscount));
  const targetSalesPrice = netSalesPrice.minus(customerDiscount);
  const customerCashDiscount = round2(targetSalesPrice.times(rates.customerCashDiscount));
  const commission = round2(targetSalesPrice.times(rates.commission));
  const cashSalesPrice = targetSalesPrice.minus(customerCashDiscount).minus(commission);
  return { customerDiscount, targetSalesPrice, customerCashDiscount, commission, cashSalesPrice };
}

function belowHundred(field: string, rate: Decimal): Decimal {
  const remainder = rate.neg().plus(1);
  if (remainder.lte(0)) {
    throw new CalculationError(
      field,
      'divisionByZero',
      'must be below 100 for the backward calculation: it would divide by zero',
    );
  }
  return remainder;
}

/** Barverkaufspreis → Listeneinkaufspreis. */
export function purchaseBackward(
  cashSalesPrice: Decimal,
  rates: TradeRates,
): PurchaseSide & { profit: Decimal; listPurchasePrice: Decimal } {
  const cashRemainder = belowHundred('supplierCashDiscountPct', rates.supplierCashDiscount);
  const discountRemainder = belowHundred('supplierDiscountPct', rates.supplierDiscount);
  const primeCost = round2(cashSalesPrice.div(rates.profit.plus(1)));
  const procurementPrice = round2(primeCost.div(rates.overhead.plus(1)));
  const cashPurchasePrice = procurementPrice.minus(rates.procurementCosts);
  if (cashPurchasePrice.isNegative() && !cashPurchasePrice.isZero()) {
    throw new CalculationError(
      'procurementCosts',
      'range',
      `exceed the procurement price of ${procurementPrice.toFixed(2)} that the sales price allows`,
    );
  }
  const targetPurchasePrice = round2(cashPurchasePrice.div(cashRemainder));
  const listPurchasePrice = round2(targetPurchasePrice.div(discountRemainder));
  return {
    listPurchasePrice,
    supplierDiscount: listPurchasePrice.minus(targetPurchasePrice),
    targetPurchasePrice,
    supplierCashDiscount: targetPurchasePrice.minus(cashPurchasePrice),
    cashPurchasePrice,
    procurementPrice,
    overhead: primeCost.minus(procurementPrice),
    primeCost,
    profit: cashSalesPrice.minus(primeCost),
  };
}
