import { describe, expect, it } from 'vitest';
import {
  CalculationError,
  calculateDayRate,
  calculateMarkup,
  cashDiscountEffectiveRate,
  pertEstimate,
  pertQuantity,
} from './index';
import type { DayRateInput } from './index';

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

describe('calculateMarkup', () => {
  // Kalkulationszuschlag = (VK − EK) / EK, Kalkulationsfaktor = VK / EK,
  // Handelsspanne = (VK − EK) / VK; all cases by hand.
  it('derives the rates from two prices', () => {
    expect(calculateMarkup({ purchasePrice: 80, salesPrice: '100' })).toEqual({
      purchasePrice: '80.00',
      salesPrice: '100.00',
      markupPct: '25.00',
      factor: '1.2500',
      marginPct: '20.00',
    });
  });

  it('derives the sales price from purchase price and one rate', () => {
    expect([
      calculateMarkup({ purchasePrice: 120, markupPct: 50 }),
      calculateMarkup({ purchasePrice: '60', factor: '1.8' }),
    ]).toEqual([
      // 120 × 1.5 = 180; 1 − 1/1.5 = 33.33 %.
      {
        purchasePrice: '120.00',
        salesPrice: '180.00',
        markupPct: '50.00',
        factor: '1.5000',
        marginPct: '33.33',
      },
      // 60 × 1.8 = 108; 1 − 1/1.8 = 44.44 %.
      {
        purchasePrice: '60.00',
        salesPrice: '108.00',
        markupPct: '80.00',
        factor: '1.8000',
        marginPct: '44.44',
      },
    ]);
  });

  it('derives the purchase price from sales price and one rate', () => {
    expect([
      calculateMarkup({ salesPrice: 250, marginPct: 20 }),
      calculateMarkup({ salesPrice: '99.99', markupPct: '33.333' }),
    ]).toEqual([
      // 250 × 0.8 = 200; factor 1 / 0.8 = 1.25.
      {
        purchasePrice: '200.00',
        salesPrice: '250.00',
        markupPct: '25.00',
        factor: '1.2500',
        marginPct: '20.00',
      },
      // 99.99 / 1.33333 = 74.9926 → 74.99; rates from the exact factor, not the rounded price.
      {
        purchasePrice: '74.99',
        salesPrice: '99.99',
        markupPct: '33.33',
        factor: '1.3333',
        marginPct: '25.00',
      },
    ]);
  });

  it.each([
    [{ purchasePrice: 1, markupPct: 10, factor: 2 }, 'factor', 'conflict'],
    [{ purchasePrice: 1, salesPrice: 2, marginPct: 10 }, 'marginPct', 'conflict'],
    [{ purchasePrice: 1 }, 'markupPct', 'required'],
    [{ markupPct: 10 }, 'purchasePrice', 'required'],
    [{ purchasePrice: 0, salesPrice: 100 }, 'purchasePrice', 'divisionByZero'],
    [{ salesPrice: 100, marginPct: 100 }, 'marginPct', 'divisionByZero'],
    [{ salesPrice: 100, factor: 0 }, 'factor', 'divisionByZero'],
    [{ salesPrice: 100, markupPct: -100 }, 'markupPct', 'divisionByZero'],
    [{ purchasePrice: -1, markupPct: 10 }, 'purchasePrice', 'negative'],
    [{ purchasePrice: 'ten', markupPct: 10 }, 'purchasePrice', 'decimal'],
  ])('refuses %j', (input, field, code) => {
    expect(errorOf(() => calculateMarkup(input))).toEqual({ field, code });
  });
});

describe('calculateDayRate', () => {
  const consultant: DayRateInput = {
    annualSalary: 72000,
    employerCostsPct: 21,
    overheadPerYear: 18000,
    publicHolidays: 10,
    vacationDays: 30,
    sicknessDays: 8,
    trainingDays: 5,
    utilisationPct: 75,
    riskPct: 10,
    profitPct: 15,
  };

  // By hand: 365 − 104 − 10 − 30 − 8 − 5 = 208 days; × 75 % = 156; 72000 × 21 % = 15120;
  // 72000 + 15120 + 18000 = 105120; / 156 = 673.846 → 673.85; risk 10 % = 67.385 → 67.39;
  // 741.24 × 15 % = 111.186 → 111.19; day rate 852.43; / 8 h = 106.554 → 106.55.
  it('computes cost per day, day rate and hourly rate with a profit on cost', () => {
    expect(calculateDayRate(consultant)).toEqual({
      workingDays: '208.00',
      productiveDays: '156.00',
      annualCost: '105120.00',
      costPerDay: '673.85',
      riskSurcharge: '67.39',
      profit: '111.19',
      dayRate: '852.43',
      hourlyRate: '106.55',
    });
  });

  // 741.24 / 0.8 = 926.55; profit 185.31; / 8 = 115.81875 → 115.82.
  it('takes a margin of the day rate instead of a profit on cost', () => {
    const result = calculateDayRate({ ...consultant, profitPct: undefined, marginPct: 20 });
    expect([result.dayRate, result.profit, result.hourlyRate]).toEqual([
      '926.55',
      '185.31',
      '115.82',
    ]);
  });

  it('accepts net working days directly', () => {
    const result = calculateDayRate({
      annualSalary: '60000',
      workingDaysPerYear: 200,
      utilisationPct: 80,
    });
    // 200 × 80 % = 160; 60000 / 160 = 375.
    expect([result.productiveDays, result.costPerDay, result.dayRate, result.hourlyRate]).toEqual([
      '160.00',
      '375.00',
      '375.00',
      '46.88',
    ]);
  });

  it.each([
    [{ workingDaysPerYear: 200 }, 'publicHolidays', 'conflict'],
    [{ utilisationPct: 0 }, 'utilisationPct', 'divisionByZero'],
    [{ utilisationPct: 120 }, 'utilisationPct', 'range'],
    [{ vacationDays: 300 }, 'workingDaysPerYear', 'divisionByZero'],
    [{ marginPct: 20 }, 'marginPct', 'conflict'],
    [{ profitPct: undefined, marginPct: 100 }, 'marginPct', 'divisionByZero'],
    [{ annualSalary: -1 }, 'annualSalary', 'negative'],
    [{ sicknessDays: 'a few' }, 'sicknessDays', 'decimal'],
  ])('refuses %j', (patch, field, code) => {
    expect(errorOf(() => calculateDayRate({ ...consultant, ...patch } as DayRateInput))).toEqual({
      field,
      code,
    });
  });
});

describe('cashDiscountEffectiveRate', () => {
  // 2 % / 10 days, net 30: 2 × 360 / 20 = 36; 2/98 × 360/20 = 36.7347 %;
  // (1 + 2/98)^(365/20) − 1 = 44.5853 %. 3 % / 14, net 60: 23.4783, 24.2044, 27.3396.
  it('gives the approximate, exact and compound annual rate', () => {
    expect([
      cashDiscountEffectiveRate({ cashDiscountPct: 2, cashDiscountDays: 10, netDays: 30 }),
      cashDiscountEffectiveRate({ cashDiscountPct: '3', cashDiscountDays: '14', netDays: '60' }),
    ]).toEqual([
      { approximatePct: '36.00', exactPct: '36.73', compoundPct: '44.59' },
      { approximatePct: '23.48', exactPct: '24.20', compoundPct: '27.34' },
    ]);
  });

  it.each([
    [{ cashDiscountPct: 2, cashDiscountDays: 30, netDays: 30 }, 'netDays', 'divisionByZero'],
    [
      { cashDiscountPct: 100, cashDiscountDays: 10, netDays: 30 },
      'cashDiscountPct',
      'divisionByZero',
    ],
    [{ cashDiscountPct: 2, cashDiscountDays: -1, netDays: 30 }, 'cashDiscountDays', 'negative'],
  ])('refuses %j', (input, field, code) => {
    expect(errorOf(() => cashDiscountEffectiveRate(input))).toEqual({ field, code });
  });
});

describe('PERT', () => {
  it('gives expected value and standard deviation', () => {
    expect([
      pertEstimate({ optimistic: 2, mostLikely: 4, pessimistic: 12 }),
      pertEstimate({ optimistic: '1', mostLikely: '2', pessimistic: '5' }),
      pertEstimate({ optimistic: 3, mostLikely: 3, pessimistic: 3 }),
    ]).toEqual([
      { expected: '5.00', standardDeviation: '1.67' },
      { expected: '2.33', standardDeviation: '0.67' },
      { expected: '3.00', standardDeviation: '0.00' },
    ]);
  });

  it('rounds the quantity up to the quarter day after the risk surcharge', () => {
    expect([
      pertQuantity({ optimistic: 1, mostLikely: 2, pessimistic: 5 }), // 2.333 → 2.50
      pertQuantity({ optimistic: 1, mostLikely: 2, pessimistic: 5 }, 20), // 2.8 → 3.00
      pertQuantity({ optimistic: 1, mostLikely: 2, pessimistic: 4.5 }), // exactly 2.25
      // 4/6 × 1.5 is exactly 1: no spurious quarter from a rounded 0.6667.
      pertQuantity({ optimistic: 0, mostLikely: 0.5, pessimistic: 2 }, '50'),
    ]).toEqual(['2.50', '3.00', '2.25', '1.00']);
  });

  it.each([
    [{ optimistic: 3, mostLikely: 2, pessimistic: 5 }, 'mostLikely', 'range'],
    [{ optimistic: 1, mostLikely: 6, pessimistic: 5 }, 'pessimistic', 'range'],
    [{ optimistic: -1, mostLikely: 2, pessimistic: 5 }, 'optimistic', 'negative'],
    [{ optimistic: 1, mostLikely: 'two', pessimistic: 5 }, 'mostLikely', 'decimal'],
  ])('refuses %j', (input, field, code) => {
    expect(errorOf(() => pertEstimate(input))).toEqual({ field, code });
    expect(errorOf(() => pertQuantity(input))).toEqual({ field, code });
  });

  it('refuses a negative risk', () => {
    expect(
      errorOf(() => pertQuantity({ optimistic: 1, mostLikely: 2, pessimistic: 3 }, -5)),
    ).toEqual({ field: 'riskPct', code: 'negative' });
  });
});
