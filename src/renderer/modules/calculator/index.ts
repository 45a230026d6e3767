// The calculator module's public face: other modules import only what is listed here.

export { DecimalField } from './DecimalField';
export { CalculatorMessage } from './ResultTable';
export { TradeSchemeTable } from './TradeSchemeTable';
export { toMoneyLocale } from './calculation-form';
export { tradeScheme } from './trade-scheme';
export type { SchemeRow } from './trade-scheme';
export { useCalculator } from './useCalculator';
