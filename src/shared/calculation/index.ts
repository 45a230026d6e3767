// The calculation engine: Handelskalkulation, markup, day rate, cash discount, PERT, offer totals.
export { roundCommercial } from '../money';
export { CalculationError } from './input';
export type { CalculationErrorCode, NumberInput } from './input';
export type { TradeRatesInput } from './trade-rates';
export { calculateBackward, calculateDifference, calculateForward } from './trade';
export type {
  BackwardInput,
  BackwardResult,
  DifferenceInput,
  DifferenceResult,
  ForwardInput,
  ForwardResult,
} from './trade';
export { calculateMarkup } from './markup';
export type { MarkupInput, MarkupResult } from './markup';
export { calculateDayRate } from './day-rate';
export type { DayRateInput, DayRateResult } from './day-rate';
export { cashDiscountEffectiveRate } from './cash-discount';
export type { CashDiscountInput, CashDiscountRates } from './cash-discount';
export { pertEstimate, pertQuantity } from './pert';
export type { PertInput, PertResult } from './pert';
export { REVERSE_CHARGE_NOTE, calculateOfferTotals } from './offer-totals';
export type {
  BillingTotals,
  LineTotals,
  MarginTotals,
  OfferTotals,
  OfferTotalsInput,
  VatGroup,
} from './offer-totals';
export { billings, lineMargin } from './offer-lines';
export type { Billing, OfferTotalsLine } from './offer-lines';
