import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalculationError,
  calculateBackward,
  calculateDifference,
  calculateForward,
  roundCommercial,
} from './index';
import type { ForwardInput } from './index';

// The worked example of issue 3.
const worked: ForwardInput = {
  listPurchasePrice: 1000,
  supplierDiscountPct: 20,
  supplierCashDiscountPct: 5,
  procurementCosts: 25,
  overheadPct: 40,
  profitPct: 10,
  customerCashDiscountPct: 5,
  commissionPct: 5,
  customerDiscountPct: 20,
  vatPct: 19,
};

const workedResult = {
  supplierDiscount: '200.00',
  targetPurchasePrice: '800.00',
  supplierCashDiscount: '40.00',
  cashPurchasePrice: '760.00',
  procurementPrice: '785.00',
  overhead: '314.00',
  primeCost: '1099.00',
  profit: '109.90',
  cashSalesPrice: '1208.90',
  customerCashDiscount: '67.16',
  commission: '67.16',
  targetSalesPrice: '1343.22',
  customerDiscount: '335.81',
  netSalesPrice: '1679.03',
  vat: '319.02',
  grossSalesPrice: '1998.05',
};

const rates = ({ listPurchasePrice: _list, ...rest }: ForwardInput) => rest;

/** The CalculationError a call throws, for asserting on field and code. */
function errorOf(call: () => unknown): { field: string; code: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CalculationError);
    const { field, code } = error as CalculationError;
    return { field, code };
  }
  throw new Error('expected a CalculationError');
}

describe('roundCommercial', () => {
  it('rounds halves away from zero and returns a string', () => {
    expect([
      roundCommercial('2.345', 2),
      roundCommercial(-2.465, 2),
      roundCommercial(1.005, 2),
      roundCommercial(-2.5, 0),
      roundCommercial('0.125', 2),
    ]).toEqual(['2.35', '-2.47', '1.01', '-3', '0.13']);
  });
});

describe('calculateForward', () => {
  it('reproduces the worked example of issue 3', () => {
    expect(calculateForward(worked)).toEqual(workedResult);
  });

  it('accepts percentages and amounts as strings', () => {
    const asStrings = Object.fromEntries(
      Object.entries(worked).map(([key, value]) => [key, String(value)]),
    ) as ForwardInput;
    expect(calculateForward(asStrings)).toEqual(workedResult);
  });

  it('gives amounts with two decimals and a point', () => {
    expect(String(calculateForward(worked).primeCost)).toBe('1099.00');
  });

  // Schema: Vorwärtskalkulation as in Deitermann/Schmolke/Rückwart, Rechnungswesen des Groß-
  // und Außenhandels (Listeneinkaufspreis … Bruttoverkaufspreis); numbers our own, by hand:
  // 2500 × 10 % = 250; 2250 × 2 % = 45; 2205 + 45 = 2250; × 25 % = 562.50; 2812.50 × 12 % =
  // 337.50; 3150 / 0.97 = 3247.4226 → 3247.42, × 3 % = 97.4226 → 97.42; 3247.42 / 0.85 =
  // 3820.4941 → 3820.49, − 3247.42 = 573.07; × 19 % = 725.8931 → 725.89; 4546.38.
  it('computes a textbook case without commission', () => {
    expect(
      calculateForward({
        listPurchasePrice: '2500',
        supplierDiscountPct: 10,
        supplierCashDiscountPct: 2,
        procurementCosts: '45',
        overheadPct: 25,
        profitPct: 12,
        customerCashDiscountPct: 3,
        commissionPct: 0,
        customerDiscountPct: 15,
        vatPct: 19,
      }),
    ).toEqual({
      supplierDiscount: '250.00',
      targetPurchasePrice: '2250.00',
      supplierCashDiscount: '45.00',
      cashPurchasePrice: '2205.00',
      procurementPrice: '2250.00',
      overhead: '562.50',
      primeCost: '2812.50',
      profit: '337.50',
      cashSalesPrice: '3150.00',
      customerCashDiscount: '97.42',
      commission: '0.00',
      targetSalesPrice: '3247.42',
      customerDiscount: '573.07',
      netSalesPrice: '3820.49',
      vat: '725.89',
      grossSalesPrice: '4546.38',
    });
  });

  // Same schema; by hand: 8000 × 25 % = 2000; 6000 × 2 % = 120; 5880 + 180 = 6060; × 30 % =
  // 1818; 7878 × 15 % = 1181.70; 9059.70 / 0.92 = 9847.50; × 3 % = 295.425 → 295.43 and
  // × 5 % = 492.375 → 492.38 (both halves round up, so the scheme shows 9847.51: a one-cent
  // rounding difference, exactly as by hand); 9847.50 / 0.9 = 10941.67; 10 % discount =
  // 1094.17; × 19 % = 2078.9173 → 2078.92; 13020.59.
  it('rounds skonto and commission each on the target price (textbook case)', () => {
    expect(
      calculateForward({
        listPurchasePrice: 8000,
        supplierDiscountPct: 25,
        supplierCashDiscountPct: 2,
        procurementCosts: 180,
        overheadPct: 30,
        profitPct: 15,
        customerCashDiscountPct: 3,
        commissionPct: 5,
        customerDiscountPct: 10,
        vatPct: 19,
      }),
    ).toEqual({
      supplierDiscount: '2000.00',
      targetPurchasePrice: '6000.00',
      supplierCashDiscount: '120.00',
      cashPurchasePrice: '5880.00',
      procurementPrice: '6060.00',
      overhead: '1818.00',
      primeCost: '7878.00',
      profit: '1181.70',
      cashSalesPrice: '9059.70',
      customerCashDiscount: '295.43',
      commission: '492.38',
      targetSalesPrice: '9847.50',
      customerDiscount: '1094.17',
      netSalesPrice: '10941.67',
      vat: '2078.92',
      grossSalesPrice: '13020.59',
    });
  });

  // A book at 7 % VAT with the usual 30 % trade discount, by hand: 49.90 × 30 % = 14.97;
  // 34.93 × 20 % = 6.986 → 6.99; 41.92 × 5 % = 2.096 → 2.10; 44.02 × 7 % = 3.0814 → 3.08.
  it('leaves out missing rates (reduced VAT case)', () => {
    expect(
      calculateForward({
        listPurchasePrice: '49.90',
        supplierDiscountPct: 30,
        overheadPct: 20,
        profitPct: 5,
        vatPct: 7,
      }),
    ).toEqual({
      supplierDiscount: '14.97',
      targetPurchasePrice: '34.93',
      supplierCashDiscount: '0.00',
      cashPurchasePrice: '34.93',
      procurementPrice: '34.93',
      overhead: '6.99',
      primeCost: '41.92',
      profit: '2.10',
      cashSalesPrice: '44.02',
      customerCashDiscount: '0.00',
      commission: '0.00',
      targetSalesPrice: '44.02',
      customerDiscount: '0.00',
      netSalesPrice: '44.02',
      vat: '3.08',
      grossSalesPrice: '47.10',
    });
  });

  it('accepts a 100 % supplier discount going forward', () => {
    expect(calculateForward({ ...worked, supplierDiscountPct: 100 }).procurementPrice).toBe(
      '25.00',
    );
  });
});

describe('calculateBackward', () => {
  it('returns the list price of the worked example from its gross price', () => {
    expect(calculateBackward({ ...rates(worked), grossSalesPrice: '1998.05' })).toEqual({
      ...workedResult,
      listPurchasePrice: '1000.00',
    });
  });

  it('accepts a forward result passed back in, gross and net agreeing', () => {
    expect(calculateBackward({ ...worked, ...workedResult })).toEqual({
      ...workedResult,
      listPurchasePrice: '1000.00',
    });
  });

  it('starts from the net sales price as well', () => {
    expect(calculateBackward({ ...rates(worked), netSalesPrice: 1679.03 })).toEqual({
      ...workedResult,
      listPurchasePrice: '1000.00',
    });
  });

  // Rückwärtskalkulation from a round gross price, by hand: 2000 / 1.19 = 1680.6723 → 1680.67
  // (VAT 319.33); discount 20 % = 336.134 → 336.13, target 1344.54; skonto and commission
  // 5 % = 67.227 → 67.23 each, cash 1210.08; / 1.1 = 1100.0727 → 1100.07 (profit 110.01);
  // / 1.4 = 785.764 → 785.76 (overhead 314.31); − 25 = 760.76; / 0.95 = 800.80 (skonto 40.04);
  // / 0.8 = 1001.00 (discount 200.20).
  it('computes a textbook backward case from a round gross price', () => {
    expect(calculateBackward({ ...rates(worked), grossSalesPrice: 2000 })).toEqual({
      listPurchasePrice: '1001.00',
      supplierDiscount: '200.20',
      targetPurchasePrice: '800.80',
      supplierCashDiscount: '40.04',
      cashPurchasePrice: '760.76',
      procurementPrice: '785.76',
      overhead: '314.31',
      primeCost: '1100.07',
      profit: '110.01',
      cashSalesPrice: '1210.08',
      customerCashDiscount: '67.23',
      commission: '67.23',
      targetSalesPrice: '1344.54',
      customerDiscount: '336.13',
      netSalesPrice: '1680.67',
      vat: '319.33',
      grossSalesPrice: '2000.00',
    });
  });

  it('round-trips the textbook case without commission exactly', () => {
    const input = {
      supplierDiscountPct: 10,
      supplierCashDiscountPct: 2,
      procurementCosts: '45',
      overheadPct: 25,
      profitPct: 12,
      customerCashDiscountPct: 3,
      customerDiscountPct: 15,
      vatPct: 19,
    };
    const forward = calculateForward({ ...input, listPurchasePrice: 2500 });
    expect(calculateBackward({ ...input, grossSalesPrice: forward.grossSalesPrice })).toEqual({
      ...forward,
      listPurchasePrice: '2500.00',
    });
  });

  const pct = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((tenths) => tenths / 10);
  const tradeInput = fc.record({
    listPurchasePrice: fc
      .integer({ min: 100, max: 10_000_000 })
      .map((cents) => (cents / 100).toFixed(2)),
    supplierDiscountPct: pct(50),
    supplierCashDiscountPct: pct(10),
    procurementCosts: fc.integer({ min: 0, max: 50_000 }).map((cents) => (cents / 100).toFixed(2)),
    overheadPct: pct(100),
    profitPct: pct(50),
    customerCashDiscountPct: pct(10),
    commissionPct: pct(20),
    customerDiscountPct: pct(50),
    vatPct: fc.constantFrom(0, 7, 19),
  });

  /*
   * Forward then backward does not always give the list price back to the cent: forward
   * rounding loses information. Several list prices a cent apart give the same rounded target
   * price (l − round2(l × d) is not one-to-one), and with both skonto and commission set the
   * backward cash price can differ by a cent from the forward one (see the 9847.50 case). The
   * bound, derived in the comments: the cash purchase price is off by at most 0.01, so the
   * target purchase price by at most floor((0.005 + 0.01) / (1 − s) + 0.005) and the list price
   * by floor((0.005 + that) / (1 − d) + 0.005), in cents.
   */
  function tolerance(discountPct: number, cashDiscountPct: number): number {
    const floorCents = (value: number) => Math.floor(value * 100 + 1e-9) / 100;
    const target = floorCents(0.015 / (1 - cashDiscountPct / 100) + 0.005);
    return floorCents((0.005 + target) / (1 - discountPct / 100) + 0.005);
  }

  it('round-trips forward and backward within the rounding bound (property)', () => {
    fc.assert(
      fc.property(tradeInput, (input) => {
        const forward = calculateForward(input);
        const backward = calculateBackward({
          ...rates(input),
          grossSalesPrice: forward.grossSalesPrice,
        });
        const gap = Math.abs(Number(backward.listPurchasePrice) - Number(input.listPurchasePrice));
        expect(gap).toBeLessThanOrEqual(
          tolerance(input.supplierDiscountPct, input.supplierCashDiscountPct) + 1e-9,
        );
        // The sales side down to the target price always comes back exactly.
        const { netSalesPrice, vat, customerDiscount, targetSalesPrice } = backward;
        expect({ netSalesPrice, vat, customerDiscount, targetSalesPrice }).toEqual({
          netSalesPrice: forward.netSalesPrice,
          vat: forward.vat,
          customerDiscount: forward.customerDiscount,
          targetSalesPrice: forward.targetSalesPrice,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips down to the cash purchase price exactly without commission (property)', () => {
    fc.assert(
      fc.property(tradeInput, (input) => {
        const withoutCommission = { ...input, commissionPct: 0 };
        const forward = calculateForward(withoutCommission);
        const backward = calculateBackward({
          ...rates(withoutCommission),
          grossSalesPrice: forward.grossSalesPrice,
        });
        expect([backward.cashSalesPrice, backward.primeCost, backward.cashPurchasePrice]).toEqual([
          forward.cashSalesPrice,
          forward.primeCost,
          forward.cashPurchasePrice,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calculateDifference', () => {
  // Differenzkalkulation with the worked example's rates and a market price of 1700 net, by
  // hand: discount 20 % = 340, target 1360; skonto and commission 5 % = 68 each; cash 1224;
  // profit 1224 − 1099 = 125; 125 / 1099 = 11.374 % → 11.37.
  it('gives the profit left between purchase price and net sales price', () => {
    expect(calculateDifference({ ...worked, netSalesPrice: '1700' })).toEqual({
      supplierDiscount: '200.00',
      targetPurchasePrice: '800.00',
      supplierCashDiscount: '40.00',
      cashPurchasePrice: '760.00',
      procurementPrice: '785.00',
      overhead: '314.00',
      primeCost: '1099.00',
      netSalesPrice: '1700.00',
      customerDiscount: '340.00',
      targetSalesPrice: '1360.00',
      customerCashDiscount: '68.00',
      commission: '68.00',
      cashSalesPrice: '1224.00',
      profit: '125.00',
      profitPct: '11.37',
    });
  });

  it('shows a loss as negative profit', () => {
    // 1500: discount 300, target 1200, 60 + 60, cash 1080; 1080 − 1099 = −19; −1.7288 % → −1.73.
    const result = calculateDifference({ ...worked, netSalesPrice: 1500 });
    expect([result.cashSalesPrice, result.profit, result.profitPct]).toEqual([
      '1080.00',
      '-19.00',
      '-1.73',
    ]);
  });

  it('matches the forward profit for the forward net price', () => {
    const result = calculateDifference({ ...worked, netSalesPrice: workedResult.netSalesPrice });
    expect([result.profit, result.profitPct]).toEqual(['109.90', '10.00']);
  });
});

describe('bad input', () => {
  it.each([
    [
      'skonto + commission = 100',
      { customerCashDiscountPct: 50, commissionPct: 50 },
      'commissionPct',
      'divisionByZero',
    ],
    [
      'skonto = 100 alone',
      { customerCashDiscountPct: 100, commissionPct: 0 },
      'customerCashDiscountPct',
      'divisionByZero',
    ],
    [
      'customer discount = 100',
      { customerDiscountPct: 100 },
      'customerDiscountPct',
      'divisionByZero',
    ],
    ['profit = −100', { profitPct: -100 }, 'profitPct', 'divisionByZero'],
    ['discount above 100', { supplierDiscountPct: 120 }, 'supplierDiscountPct', 'range'],
    ['negative discount', { supplierCashDiscountPct: -1 }, 'supplierCashDiscountPct', 'negative'],
    ['negative list price', { listPurchasePrice: -5 }, 'listPurchasePrice', 'negative'],
    ['non-numeric price', { listPurchasePrice: 'abc' }, 'listPurchasePrice', 'decimal'],
    ['German comma', { overheadPct: '40,5' }, 'overheadPct', 'decimal'],
    ['NaN rate', { vatPct: Number.NaN }, 'vatPct', 'decimal'],
    [
      'Infinity cost',
      { procurementCosts: Number.POSITIVE_INFINITY },
      'procurementCosts',
      'decimal',
    ],
    ['missing list price', { listPurchasePrice: '' }, 'listPurchasePrice', 'required'],
  ])('forward refuses %s', (_name, patch, field, code) => {
    expect(errorOf(() => calculateForward({ ...worked, ...patch } as ForwardInput))).toEqual({
      field,
      code,
    });
  });

  it('names the field in the message', () => {
    expect(() => calculateForward({ ...worked, customerDiscountPct: 100 })).toThrow(
      /^customerDiscountPct: must be below 100/,
    );
  });

  it.each([
    [
      'supplier discount 100',
      { supplierDiscountPct: 100 },
      'supplierDiscountPct',
      'divisionByZero',
    ],
    [
      'supplier cash discount 100',
      { supplierCashDiscountPct: 100 },
      'supplierCashDiscountPct',
      'divisionByZero',
    ],
    ['procurement costs above the price', { procurementCosts: 5000 }, 'procurementCosts', 'range'],
    ['gross and net that disagree', { netSalesPrice: 1679.04 }, 'netSalesPrice', 'conflict'],
    ['negative gross', { grossSalesPrice: -1 }, 'grossSalesPrice', 'negative'],
    ['no sales price', { grossSalesPrice: undefined }, 'grossSalesPrice', 'required'],
  ])('backward refuses %s', (_name, patch, field, code) => {
    expect(
      errorOf(() => calculateBackward({ ...rates(worked), grossSalesPrice: '1998.05', ...patch })),
    ).toEqual({ field, code });
  });

  it('refuses a profit percentage on a zero prime cost', () => {
    expect(
      errorOf(() => calculateDifference({ listPurchasePrice: 0, netSalesPrice: 100 })),
    ).toEqual({ field: 'listPurchasePrice', code: 'divisionByZero' });
  });

  it('never returns NaN or Infinity for arbitrary rates (property)', () => {
    const anyRate = fc.oneof(fc.double(), fc.string(), fc.integer({ min: -200, max: 200 }));
    fc.assert(
      fc.property(anyRate, anyRate, anyRate, (skonto, commission, discount) => {
        try {
          const result = calculateForward({
            ...worked,
            customerCashDiscountPct: skonto,
            commissionPct: commission,
            customerDiscountPct: discount,
          });
          for (const value of Object.values(result)) expect(value).toMatch(/^-?\d+\.\d{2}$/);
        } catch (error) {
          expect(error).toBeInstanceOf(CalculationError);
        }
      }),
    );
  });
});
