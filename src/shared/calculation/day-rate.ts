import { Decimal, round2, toMoneyString } from '../money';
import {
  CalculationError,
  fraction,
  inRange,
  nonNegative,
  readDecimal,
  readOptional,
} from './input';
import type { NumberInput } from './input';

export type DayRateInput = {
  annualSalary: NumberInput;
  /** Arbeitgeberanteile (social security etc.) in % of the salary. */
  employerCostsPct?: NumberInput;
  /** Overhead per year allotted to this person (office, car, licences, management). */
  overheadPerYear?: NumberInput;
  /** Net working days; when given, the absence fields below must be left out. */
  workingDaysPerYear?: NumberInput;
  publicHolidays?: NumberInput;
  vacationDays?: NumberInput;
  sicknessDays?: NumberInput;
  trainingDays?: NumberInput;
  /** Share of working days billed to clients, 0 < x ≤ 100. */
  utilisationPct: NumberInput;
  /** Profit on cost (auf Hundert); exclusive with marginPct. */
  profitPct?: NumberInput;
  /** Margin of the day rate (im Hundert); exclusive with profitPct. */
  marginPct?: NumberInput;
  /** Risk surcharge (Wagnis) on the cost per day, before profit. */
  riskPct?: NumberInput;
  /** Hours of a day for the hourly rate; 8 unless given. */
  hoursPerDay?: NumberInput;
};

/** Days with two decimals, amounts with two decimals, all as strings. */
export type DayRateResult = {
  workingDays: string;
  productiveDays: string;
  annualCost: string;
  costPerDay: string;
  riskSurcharge: string;
  profit: string;
  dayRate: string;
  hourlyRate: string;
};

const CALENDAR_DAYS = 365;
// 52 weekends; the exact count of a given year differs by at most two days.
const WEEKEND_DAYS = 104;
const ABSENCES = ['publicHolidays', 'vacationDays', 'sicknessDays', 'trainingDays'] as const;

const given = (value: NumberInput | undefined): boolean => value !== undefined && value !== '';

function workingDays(input: DayRateInput): Decimal {
  if (given(input.workingDaysPerYear)) {
    const conflict = ABSENCES.find((field) => given(input[field]));
    if (conflict !== undefined) {
      throw new CalculationError(
        conflict,
        'conflict',
        'leave out absences when working days per year are given',
      );
    }
    return readDecimal('workingDaysPerYear', input.workingDaysPerYear);
  }
  return ABSENCES.reduce(
    (days, field) => days.minus(nonNegative(field, readOptional(field, input[field]))),
    new Decimal(CALENDAR_DAYS - WEEKEND_DAYS),
  );
}

/**
 * Day rate of a consultant: yearly cost (salary + employer costs + overhead) over the
 * productive days (working days × utilisation), plus risk on cost, then profit (on cost
 * plus risk) or margin (of the day rate). Each amount rounded to cents and carried forward.
 */
export function calculateDayRate(input: DayRateInput): DayRateResult {
  const salary = nonNegative('annualSalary', readDecimal('annualSalary', input.annualSalary));
  const employerCosts = round2(
    salary.times(
      fraction(
        nonNegative('employerCostsPct', readOptional('employerCostsPct', input.employerCostsPct)),
      ),
    ),
  );
  const overhead = nonNegative(
    'overheadPerYear',
    readOptional('overheadPerYear', input.overheadPerYear),
  );
  const days = workingDays(input);
  if (days.lte(0)) {
    throw new CalculationError(
      'workingDaysPerYear',
      'divisionByZero',
      'no working days are left: the cost per day would divide by zero',
    );
  }
  const utilisation = inRange(
    'utilisationPct',
    readDecimal('utilisationPct', input.utilisationPct),
    { above: 0, max: 100 },
  );
  const productiveDays = round2(days.times(fraction(utilisation)));
  if (productiveDays.isZero()) {
    throw new CalculationError(
      'utilisationPct',
      'divisionByZero',
      'no productive days are left: the cost per day would divide by zero',
    );
  }
  const annualCost = salary.plus(employerCosts).plus(round2(overhead));
  const costPerDay = round2(annualCost.div(productiveDays));
  const risk = nonNegative('riskPct', readOptional('riskPct', input.riskPct));
  const riskSurcharge = round2(costPerDay.times(fraction(risk)));
  const base = costPerDay.plus(riskSurcharge);

  if (given(input.profitPct) && given(input.marginPct)) {
    throw new CalculationError('marginPct', 'conflict', 'give either profitPct or marginPct');
  }
  let dayRate: Decimal;
  if (given(input.marginPct)) {
    const margin = inRange('marginPct', readDecimal('marginPct', input.marginPct), {
      min: 0,
      below: 100,
    });
    dayRate = round2(base.div(fraction(margin).neg().plus(1)));
  } else {
    const profit = inRange('profitPct', readOptional('profitPct', input.profitPct), {
      above: -100,
    });
    dayRate = base.plus(round2(base.times(fraction(profit))));
  }
  const hours = inRange('hoursPerDay', readOptional('hoursPerDay', input.hoursPerDay ?? 8), {
    above: 0,
    max: 24,
  });
  return {
    workingDays: toMoneyString(days),
    productiveDays: toMoneyString(productiveDays),
    annualCost: toMoneyString(annualCost),
    costPerDay: toMoneyString(costPerDay),
    riskSurcharge: toMoneyString(riskSurcharge),
    profit: toMoneyString(dayRate.minus(base)),
    dayRate: toMoneyString(dayRate),
    hourlyRate: toMoneyString(dayRate.div(hours)),
  };
}
