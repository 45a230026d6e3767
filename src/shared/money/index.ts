// The money module owns decimal arithmetic, rounding and formatting for the whole app.
export {
  Decimal,
  MoneyError,
  isDecimalString,
  round2,
  roundCommercial,
  roundDecimal,
  toDecimal,
  toMoneyString,
} from './decimal';
export type { DecimalInput } from './decimal';
export { formatDecimal, formatMoney, localeDecimalText, parseLocaleDecimal } from './format';
export type { MoneyLocale } from './format';
