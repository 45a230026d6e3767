import { round2, toMoneyString } from '../money';
import type { Decimal } from '../money';
import { CalculationError, HUNDRED, nonNegative, readDecimal } from './input';
import type { NumberInput } from './input';
import { readTradeRates } from './trade-rates';
import type { TradeRatesInput } from './trade-rates';
import {
  netFromGross,
  purchaseBackward,
  purchaseForward,
  salesBackward,
  salesForward,
} from './trade-steps';

export type ForwardInput = TradeRatesInput & { listPurchasePrice: NumberInput };

export type BackwardInput = TradeRatesInput & {
  grossSalesPrice?: NumberInput;
  netSalesPrice?: NumberInput;
};

export type DifferenceInput = TradeRatesInput & {
  listPurchasePrice: NumberInput;
  netSalesPrice: NumberInput;
};

/** Amounts as strings with two decimals and a point, e.g. "1343.22". */
export type ForwardResult = {
  supplierDiscount: string;
  targetPurchasePrice: string;
  supplierCashDiscount: string;
  cashPurchasePrice: string;
  procurementPrice: string;
  overhead: string;
  primeCost: string;
  profit: string;
  cashSalesPrice: string;
  customerCashDiscount: string;
  commission: string;
  targetSalesPrice: string;
  customerDiscount: string;
  netSalesPrice: string;
  vat: string;
  grossSalesPrice: string;
};

export type BackwardResult = ForwardResult & { listPurchasePrice: string };

export type DifferenceResult = {
  supplierDiscount: string;
  targetPurchasePrice: string;
  supplierCashDiscount: string;
  cashPurchasePrice: string;
  procurementPrice: string;
  overhead: string;
  primeCost: string;
  netSalesPrice: string;
  customerDiscount: string;
  targetSalesPrice: string;
  customerCashDiscount: string;
  commission: string;
  cashSalesPrice: string;
  profit: string;
  /** Profit in % of the prime cost, two decimals. */
  profitPct: string;
};

function strings<T extends Record<string, Decimal>>(values: T): { [K in keyof T]: string } {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) result[key] = toMoneyString(value);
  return result as { [K in keyof T]: string };
}

function price(field: string, value: NumberInput | undefined): Decimal {
  return round2(nonNegative(field, readDecimal(field, value)));
}

/** Vorwärtskalkulation: list purchase price → gross sales price, every step rounded to cents. */
export function calculateForward(input: ForwardInput): ForwardResult {
  const listPurchasePrice = price('listPurchasePrice', input.listPurchasePrice);
  const rates = readTradeRates(input);
  const purchase = purchaseForward(listPurchasePrice, rates);
  return strings({ ...purchase, ...salesForward(purchase.primeCost, rates) });
}

/** Rückwärtskalkulation: gross (or net) sales price → list purchase price. */
export function calculateBackward(input: BackwardInput): BackwardResult {
  const hasGross = input.grossSalesPrice !== undefined && input.grossSalesPrice !== '';
  const hasNet = input.netSalesPrice !== undefined && input.netSalesPrice !== '';
  if (!hasGross && !hasNet) {
    throw new CalculationError(
      'grossSalesPrice',
      'required',
      'give grossSalesPrice or netSalesPrice',
    );
  }
  const rates = readTradeRates(input);
  const netFromInput = hasNet ? price('netSalesPrice', input.netSalesPrice) : undefined;
  const grossSalesPrice = hasGross
    ? price('grossSalesPrice', input.grossSalesPrice)
    : (netFromInput as Decimal).plus(round2((netFromInput as Decimal).times(rates.vat)));
  const netSalesPrice = hasGross ? netFromGross(grossSalesPrice, rates) : (netFromInput as Decimal);
  // Both may be given (e.g. a forward result passed back in); then they must agree.
  if (netFromInput !== undefined && !netFromInput.eq(netSalesPrice)) {
    throw new CalculationError(
      'netSalesPrice',
      'conflict',
      `does not match grossSalesPrice (which gives ${netSalesPrice.toFixed(2)})`,
    );
  }
  const sales = salesBackward(netSalesPrice, rates);
  const purchase = purchaseBackward(sales.cashSalesPrice, rates);
  return strings({
    ...purchase,
    ...sales,
    netSalesPrice,
    vat: grossSalesPrice.minus(netSalesPrice),
    grossSalesPrice,
  });
}

/** Differenzkalkulation: the profit left between a purchase price and a given net sales price. */
export function calculateDifference(input: DifferenceInput): DifferenceResult {
  const listPurchasePrice = price('listPurchasePrice', input.listPurchasePrice);
  const netSalesPrice = price('netSalesPrice', input.netSalesPrice);
  const rates = readTradeRates(input);
  const purchase = purchaseForward(listPurchasePrice, rates);
  const sales = salesBackward(netSalesPrice, rates);
  if (purchase.primeCost.isZero()) {
    throw new CalculationError(
      'listPurchasePrice',
      'divisionByZero',
      'the prime cost is zero, so the profit cannot be given in percent',
    );
  }
  const profit = sales.cashSalesPrice.minus(purchase.primeCost);
  return strings({
    ...purchase,
    netSalesPrice,
    ...sales,
    profit,
    profitPct: profit.div(purchase.primeCost).times(HUNDRED),
  });
}
