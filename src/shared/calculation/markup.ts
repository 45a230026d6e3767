import { Decimal, round2, roundCommercial, toMoneyString } from '../money';
import { CalculationError, HUNDRED, fraction, inRange, nonNegative, readDecimal } from './input';
import type { NumberInput } from './input';

/** Any two of purchase price, sales price and one rate. */
export type MarkupInput = {
  /** Bezugspreis (Einstandspreis). */
  purchasePrice?: NumberInput;
  /** Nettoverkaufspreis. */
  salesPrice?: NumberInput;
  /** Kalkulationszuschlag: (sales − purchase) / purchase × 100. */
  markupPct?: NumberInput;
  /** Kalkulationsfaktor: sales / purchase. */
  factor?: NumberInput;
  /** Handelsspanne: (sales − purchase) / sales × 100. */
  marginPct?: NumberInput;
};

/** Prices with two decimals, percentages with two, the factor with four. */
export type MarkupResult = {
  purchasePrice: string;
  salesPrice: string;
  markupPct: string;
  factor: string;
  marginPct: string;
};

type RateField = 'markupPct' | 'factor' | 'marginPct';

const given = (value: NumberInput | undefined): value is NumberInput =>
  value !== undefined && value !== '';

/** The exact factor sales / purchase implied by the one given rate. */
function factorFromRate(field: RateField, value: NumberInput): Decimal {
  const rate = readDecimal(field, value);
  if (field === 'factor') return inRange(field, rate, { above: 0 });
  if (field === 'markupPct') return fraction(inRange(field, rate, { above: -100 })).plus(1);
  const margin = fraction(inRange(field, rate, { below: 100 }));
  return new Decimal(1).div(margin.neg().plus(1));
}

function result(purchase: Decimal, sales: Decimal, factor: Decimal): MarkupResult {
  return {
    purchasePrice: toMoneyString(purchase),
    salesPrice: toMoneyString(sales),
    markupPct: roundCommercial(factor.minus(1).times(HUNDRED), 2),
    factor: roundCommercial(factor, 4),
    marginPct: roundCommercial(new Decimal(1).minus(new Decimal(1).div(factor)).times(HUNDRED), 2),
  };
}

/** Kalkulationszuschlag, Kalkulationsfaktor and Handelsspanne from two known values. */
export function calculateMarkup(input: MarkupInput): MarkupResult {
  const rates = (['markupPct', 'factor', 'marginPct'] as const).filter((f) => given(input[f]));
  if (rates.length > 1) {
    throw new CalculationError(rates[1] ?? 'factor', 'conflict', 'give only one rate');
  }
  const rateField = rates[0];
  const hasPurchase = given(input.purchasePrice);
  const hasSales = given(input.salesPrice);
  const purchase = hasPurchase
    ? round2(nonNegative('purchasePrice', readDecimal('purchasePrice', input.purchasePrice)))
    : undefined;
  const sales = hasSales
    ? round2(nonNegative('salesPrice', readDecimal('salesPrice', input.salesPrice)))
    : undefined;

  if (purchase !== undefined && sales !== undefined) {
    if (rateField !== undefined) {
      throw new CalculationError(
        rateField,
        'conflict',
        'give two of purchase price, sales price and one rate',
      );
    }
    if (purchase.isZero() || sales.isZero()) {
      throw new CalculationError(
        purchase.isZero() ? 'purchasePrice' : 'salesPrice',
        'divisionByZero',
        'must be above 0: the rates would divide by zero',
      );
    }
    return result(purchase, sales, sales.div(purchase));
  }
  const known = purchase ?? sales;
  if (rateField === undefined || known === undefined) {
    const missing = known === undefined ? 'purchasePrice' : 'markupPct';
    throw new CalculationError(
      missing,
      'required',
      'give two of purchase price, sales price and one rate',
    );
  }
  const factor = factorFromRate(rateField, input[rateField] as NumberInput);
  return purchase !== undefined
    ? result(purchase, round2(purchase.times(factor)), factor)
    : result(round2(known.div(factor)), known, factor);
}
