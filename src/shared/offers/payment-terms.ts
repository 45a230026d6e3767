import type { Language } from '../domain';
import { Decimal, formatDecimal, formatMoney } from '../money';

/** The cash discount of one amount: round2(amount × pct / 100) and what is left to pay. */
export function cashDiscountOf(gross: string, pct: string): { discount: string; payable: string } {
  const discount = new Decimal(gross).times(pct).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { discount: discount.toFixed(2), payable: new Decimal(gross).minus(discount).toFixed(2) };
}

export type PaymentTermsArgs = {
  language: Language;
  currency: string;
  paymentTermsDays: number;
  cashDiscountPct: string;
  cashDiscountDays: number;
  /** The amount the cash discount example is shown for (the one-time gross), or null. */
  gross: string | null;
};

/**
 * The payment terms as one sentence, the same in every document: net within the payment term,
 * and with a cash discount its rate, period, amount and the amount then payable. Without a
 * cash discount "without deduction"; never both.
 */
export function paymentTermsText(args: PaymentTermsArgs): string {
  const { language, currency, paymentTermsDays: days } = args;
  const money = (amount: string) => formatMoney(amount, currency, language);
  const cash =
    args.cashDiscountPct.trim() !== '' &&
    !new Decimal(args.cashDiscountPct).isZero() &&
    args.cashDiscountDays > 0;
  const de = language === 'de';
  const due = de
    ? days > 0
      ? `Zahlbar innerhalb von ${days} Tagen nach Rechnungsstellung`
      : 'Zahlbar sofort nach Rechnungsstellung'
    : days > 0
      ? `Payable within ${days} days of invoice`
      : 'Payable immediately on invoice';
  if (!cash) return de ? `${due} ohne Abzug.` : `${due} without deduction.`;
  const pct = formatDecimal(args.cashDiscountPct, language);
  let amounts = '';
  if (args.gross !== null && new Decimal(args.gross).gt(0)) {
    const { discount, payable } = cashDiscountOf(args.gross, args.cashDiscountPct);
    amounts = de
      ? ` (${money(discount)}, zahlbar ${money(payable)})`
      : ` (${money(discount)}, payable ${money(payable)})`;
  }
  return de
    ? `${due} netto; bei Zahlung innerhalb von ${args.cashDiscountDays} Tagen abzüglich ${pct} % Skonto${amounts}.`
    : `${due} net; for payment within ${args.cashDiscountDays} days less ${pct}% cash discount${amounts}.`;
}
