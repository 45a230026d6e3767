import { describe, expect, it } from 'vitest';
import { calculateBackward, calculateDifference, calculateForward } from '#shared/calculation';
import { tradeScheme } from './trade-scheme';

// The worked example of issue 3.
const rates = {
  supplierDiscountPct: '20',
  supplierCashDiscountPct: '5',
  overheadPct: '40',
  profitPct: '10',
  customerCashDiscountPct: '5',
  commissionPct: '5',
  customerDiscountPct: '20',
  vatPct: '19',
};
const forwardLines = [
  ['', 'listPurchasePrice', '1000.00', ''],
  ['−', 'supplierDiscount', '200.00', '20'],
  ['=', 'targetPurchasePrice', '800.00', ''],
  ['−', 'supplierCashDiscount', '40.00', '5'],
  ['=', 'cashPurchasePrice', '760.00', ''],
  ['+', 'procurementCosts', '25.00', ''],
  ['=', 'procurementPrice', '785.00', ''],
  ['+', 'overhead', '314.00', '40'],
  ['=', 'primeCost', '1099.00', ''],
  ['+', 'profit', '109.90', '10'],
  ['=', 'cashSalesPrice', '1208.90', ''],
  ['+', 'customerCashDiscount', '67.16', '5'],
  ['+', 'commission', '67.16', '5'],
  ['=', 'targetSalesPrice', '1343.22', ''],
  ['+', 'customerDiscount', '335.81', '20'],
  ['=', 'netSalesPrice', '1679.03', ''],
  ['+', 'vat', '319.02', '19'],
  ['=', 'grossSalesPrice', '1998.05', ''],
] as const;
const asRows = (lines: readonly (readonly string[])[]) =>
  lines.map(([op, step, amount, pct]) => ({ op, step, amount, pct }));

describe('tradeScheme', () => {
  it('prints the forward calculation top-down like a textbook', () => {
    const result = calculateForward({
      listPurchasePrice: '1000',
      procurementCosts: '25',
      ...rates,
    });
    expect(
      tradeScheme({
        mode: 'forward',
        result,
        listPurchasePrice: '1000.00',
        procurementCosts: '25.00',
        rates,
      }),
    ).toEqual(asRows(forwardLines));
  });

  it('prints the backward calculation bottom-up with surcharges as deductions', () => {
    const result = calculateBackward({
      grossSalesPrice: '1998.05',
      procurementCosts: '25',
      ...rates,
    });
    const rows = tradeScheme({ mode: 'backward', result, procurementCosts: '25.00', rates });
    expect(rows.map((row) => `${row.op} ${row.step}`)).toEqual([
      ' grossSalesPrice',
      '− vat',
      '= netSalesPrice',
      '− customerDiscount',
      '= targetSalesPrice',
      '− commission',
      '− customerCashDiscount',
      '= cashSalesPrice',
      '− profit',
      '= primeCost',
      '− overhead',
      '= procurementPrice',
      '− procurementCosts',
      '= cashPurchasePrice',
      '+ supplierCashDiscount',
      '= targetPurchasePrice',
      '+ supplierDiscount',
      '= listPurchasePrice',
    ]);
    expect(rows.at(-1)?.amount).toBe('1000.00');
  });

  it('shows the profit rate the difference calculation found, without VAT', () => {
    const result = calculateDifference({
      listPurchasePrice: '1000',
      netSalesPrice: '1679.03',
      procurementCosts: '25',
      ...rates,
    });
    const rows = tradeScheme({
      mode: 'difference',
      result,
      listPurchasePrice: '1000.00',
      procurementCosts: '25',
      rates,
    });
    expect(rows.find((row) => row.step === 'profit')).toEqual({
      op: '+',
      step: 'profit',
      amount: result.profit,
      pct: result.profitPct,
    });
    expect(rows.at(-1)).toEqual({ op: '=', step: 'netSalesPrice', amount: '1679.03', pct: '' });
  });

  it('shows blank procurement costs as zero', () => {
    const result = calculateForward({ listPurchasePrice: '100' });
    const rows = tradeScheme({
      mode: 'forward',
      result,
      listPurchasePrice: '100.00',
      procurementCosts: '',
      rates: {},
    });
    expect(rows.find((row) => row.step === 'procurementCosts')?.amount).toBe('0.00');
  });
});
