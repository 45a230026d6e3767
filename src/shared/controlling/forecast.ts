import type { OpportunityStage } from '../domain';
import { Decimal, roundCommercial, toDecimal, toMoneyString } from '../money';

/**
 * An opportunity as the controlling figures read it (issue 16): plain data, whatever its source.
 * `value` is money as a decimal string; dates are ISO (`YYYY-MM-DD`); `closedAt` is when it was
 * won or lost.
 */
export type ControllingOpportunity = {
  id: string;
  stage: OpportunityStage;
  value: string;
  probabilityPct: number;
  expectedClose: string;
  closedAt?: string;
};

/** The stages of an opportunity that is still open. */
export const OPEN_STAGES: ReadonlySet<OpportunityStage> = new Set([
  'lead',
  'qualified',
  'proposal',
  'negotiation',
]);

export type ForecastMonth = { month: string; count: number; value: string; weighted: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `'2027-01'` plus `n` months. */
function addMonths(month: string, n: number): string {
  const [, year, mm] = MONTH.exec(month) ?? [];
  const index = Number(year) * 12 + Number(mm) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The weighted forecast by month of expected close: one entry per month from `from`, for the
 * open opportunities (lead, qualified, proposal, negotiation) closing in it. `value` is Σ value,
 * `weighted` Σ value × probability / 100, rounded to cents once per month (half away from zero).
 */
export function weightedForecast(
  opportunities: readonly ControllingOpportunity[],
  { from, months }: { from: string; months: number },
): ForecastMonth[] {
  if (!MONTH.test(from)) throw new RangeError(`from must be a month as YYYY-MM, got "${from}"`);
  if (!Number.isInteger(months) || months < 0) {
    throw new RangeError(`months must be a whole number ≥ 0, got ${months}`);
  }
  const sums = new Map<string, { count: number; value: Decimal; weighted: Decimal }>();
  for (let n = 0; n < months; n += 1) {
    sums.set(addMonths(from, n), {
      count: 0,
      value: new Decimal(0),
      weighted: new Decimal(0),
    });
  }
  for (const opportunity of opportunities) {
    if (!OPEN_STAGES.has(opportunity.stage)) continue;
    const sum = sums.get(opportunity.expectedClose.slice(0, 7));
    if (!sum) continue;
    const value = toDecimal(opportunity.value);
    sum.count += 1;
    sum.value = sum.value.plus(value);
    sum.weighted = sum.weighted.plus(value.times(opportunity.probabilityPct).div(100));
  }
  return [...sums].map(([month, sum]) => ({
    month,
    count: sum.count,
    value: toMoneyString(sum.value),
    weighted: toMoneyString(sum.weighted),
  }));
}

export type WinRate = { won: number; lost: number; winRatePct: string; wonValue: string };

/**
 * Won and lost opportunities closed between `from` and `to` (ISO dates, both included): their
 * counts, the win rate won / (won + lost) in percent with two decimals ("0.00" when none closed)
 * and the value won.
 */
export function winRate(
  opportunities: readonly ControllingOpportunity[],
  { from, to }: { from: string; to: string },
): WinRate {
  let won = 0;
  let lost = 0;
  let wonValue = new Decimal(0);
  for (const opportunity of opportunities) {
    const closedAt = opportunity.closedAt?.slice(0, 10);
    if (closedAt === undefined || closedAt === '' || closedAt < from || closedAt > to) continue;
    if (opportunity.stage === 'won') {
      won += 1;
      wonValue = wonValue.plus(toDecimal(opportunity.value));
    } else if (opportunity.stage === 'lost') {
      lost += 1;
    }
  }
  const closed = won + lost;
  return {
    won,
    lost,
    winRatePct: closed === 0 ? '0.00' : roundCommercial(new Decimal(won).times(100).div(closed), 2),
    wonValue: toMoneyString(wonValue),
  };
}
