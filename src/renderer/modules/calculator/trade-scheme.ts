import type { BackwardResult, DifferenceResult, ForwardResult } from '#shared/calculation';

export type TradeMode = 'forward' | 'backward' | 'difference';

/** One line of the textbook scheme: operator, step name (i18n key suffix), amount, rate. */
export type SchemeRow = {
  op: '' | '+' | '−' | '=';
  step: string;
  amount: string;
  /** The percentage typed for this step, as typed ('' when the step has none). */
  pct: string;
};

/** The rates as the user typed them (plain decimal strings, '' when blank). */
export type SchemeRates = Partial<
  Record<
    | 'supplierDiscountPct'
    | 'supplierCashDiscountPct'
    | 'overheadPct'
    | 'profitPct'
    | 'customerCashDiscountPct'
    | 'commissionPct'
    | 'customerDiscountPct'
    | 'vatPct',
    string
  >
>;

type Prices = Omit<ForwardResult, 'vat' | 'grossSalesPrice'> &
  Partial<Pick<ForwardResult, 'vat' | 'grossSalesPrice'>> & { listPurchasePrice: string };

function forwardRows(prices: Prices, rates: SchemeRates, procurementCosts: string): SchemeRow[] {
  const row = (op: SchemeRow['op'], step: keyof Prices, pct = ''): SchemeRow => ({
    op,
    step,
    amount: prices[step] ?? '',
    pct,
  });
  const rows: SchemeRow[] = [
    row('', 'listPurchasePrice'),
    row('−', 'supplierDiscount', rates.supplierDiscountPct),
    row('=', 'targetPurchasePrice'),
    row('−', 'supplierCashDiscount', rates.supplierCashDiscountPct),
    row('=', 'cashPurchasePrice'),
    { op: '+', step: 'procurementCosts', amount: procurementCosts, pct: '' },
    row('=', 'procurementPrice'),
    row('+', 'overhead', rates.overheadPct),
    row('=', 'primeCost'),
    row('+', 'profit', rates.profitPct),
    row('=', 'cashSalesPrice'),
    row('+', 'customerCashDiscount', rates.customerCashDiscountPct),
    row('+', 'commission', rates.commissionPct),
    row('=', 'targetSalesPrice'),
    row('+', 'customerDiscount', rates.customerDiscountPct),
    row('=', 'netSalesPrice'),
  ];
  if (prices.vat !== undefined && prices.grossSalesPrice !== undefined) {
    rows.push(row('+', 'vat', rates.vatPct), row('=', 'grossSalesPrice'));
  }
  return rows;
}

const flip: Record<SchemeRow['op'], SchemeRow['op']> = { '': '=', '=': '=', '+': '−', '−': '+' };

/**
 * The calculation as a textbook prints it. Forward and difference read top-down from the
 * list purchase price (the difference shows the profit and its % of prime cost); backward
 * reads from the gross sales price up, every surcharge turned into a deduction.
 */
export function tradeScheme(
  args:
    | {
        mode: 'forward';
        result: ForwardResult;
        listPurchasePrice: string;
        procurementCosts: string;
        rates: SchemeRates;
      }
    | { mode: 'backward'; result: BackwardResult; procurementCosts: string; rates: SchemeRates }
    | {
        mode: 'difference';
        result: DifferenceResult;
        listPurchasePrice: string;
        procurementCosts: string;
        rates: SchemeRates;
      },
): SchemeRow[] {
  const costs = args.procurementCosts === '' ? '0.00' : args.procurementCosts;
  if (args.mode === 'forward') {
    return forwardRows(
      { ...args.result, listPurchasePrice: args.listPurchasePrice },
      args.rates,
      costs,
    );
  }
  if (args.mode === 'difference') {
    const { profitPct, ...prices } = args.result;
    return forwardRows(
      { ...prices, listPurchasePrice: args.listPurchasePrice },
      { ...args.rates, profitPct },
      costs,
    );
  }
  const rows = forwardRows(args.result, args.rates, costs).reverse();
  return rows.map((row, index) => ({ ...row, op: index === 0 ? '' : flip[row.op] }));
}
