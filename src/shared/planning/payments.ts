/**
 * The payment plan: instalments in percent of the offer's one-time net, due at a milestone
 * (its date plus the payment terms) or on a date. Amounts in cents, half away from zero; when
 * the percentages sum to exactly 100 the last instalment takes the rest, so Σ = net.
 */
import type { Currency } from '../domain';
import type { PaymentInstalment } from '../domain/planning';
import { Decimal, isDecimalString, toMoneyString } from '../money';
import { dayNumber, isoDate } from './calendar';
import type { MilestoneDate, PaymentRow, PaymentSchedule } from './types';

export type ScheduledInstalment = Pick<
  PaymentInstalment,
  'id' | 'label' | 'percent' | 'dueKind' | 'milestoneId' | 'dueDate'
> & { deleted?: boolean };

const readDecimal = (text: string): Decimal =>
  isDecimalString(text) ? new Decimal(text.trim()) : new Decimal(0);

/** The instalments (in the order given, deleted ones skipped) with amounts and due dates. */
export function paymentSchedule({
  instalments,
  milestones,
  oneTimeNet,
  currency,
  paymentTermsDays,
}: {
  instalments: readonly ScheduledInstalment[];
  milestones: readonly MilestoneDate[];
  oneTimeNet: string;
  currency: Currency;
  paymentTermsDays: number;
}): PaymentSchedule {
  const rows = instalments.filter((row) => row.deleted !== true);
  const net = new Decimal(toMoneyString(readDecimal(oneTimeNet)));
  const percentSum = rows.reduce((sum, row) => sum.plus(readDecimal(row.percent)), new Decimal(0));
  const complete = percentSum.eq(100);
  const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  let allocated = new Decimal(0);
  let milestonesOk = true;
  const result: PaymentRow[] = rows.map((row, index) => {
    const last = index === rows.length - 1;
    const amount =
      complete && last
        ? net.minus(allocated)
        : new Decimal(toMoneyString(net.times(readDecimal(row.percent)).div(100)));
    allocated = allocated.plus(amount);
    const milestone = row.dueKind === 'milestone' ? byId.get(row.milestoneId) : undefined;
    if (row.dueKind === 'milestone' && milestone === undefined) {
      milestonesOk = false;
    }
    let dueDate = row.dueKind === 'date' ? row.dueDate : '';
    if (milestone !== undefined && milestone.date !== '') {
      dueDate = isoDate(dayNumber(milestone.date) + paymentTermsDays);
    }
    return {
      id: row.id,
      label: row.label,
      percent: row.percent,
      amount: amount.toFixed(2),
      dueDate,
      milestoneId: row.dueKind === 'milestone' ? row.milestoneId : '',
      milestoneName: milestone?.name ?? '',
    };
  });
  return {
    rows: result,
    percentSum: percentSum.toFixed(2),
    total: allocated.toFixed(2),
    currency,
    ok: complete && milestonesOk,
  };
}
