import { Decimal } from '#shared/money';
import { ContractInputError } from './errors';
import { readDecimal, roundToNumber } from './input';
import type { NumberInput } from './input';

export const SLA_PERIODS = ['day', 'week', 'month', 'year'] as const;
export type SlaPeriod = (typeof SLA_PERIODS)[number];

const MINUTES_PER_DAY = 1440;

/** Service hours the availability is measured in; without them, around the clock (24 × 7). */
export type ServiceHours = { hoursPerDay: NumberInput; daysPerWeek: NumberInput };

function periodMinutes(
  period: unknown,
  days: unknown,
  serviceHours: ServiceHours | undefined,
): Decimal {
  if (!(SLA_PERIODS as readonly unknown[]).includes(period)) {
    throw new ContractInputError(
      'period',
      `must be one of ${SLA_PERIODS.join(', ')}, got ${JSON.stringify(period)}`,
    );
  }
  const monthDays = days === undefined ? new Decimal(30) : readDecimal(days, 'days');
  if (monthDays.lte(0) || monthDays.gt(31)) {
    throw new ContractInputError(
      'days',
      `must be more than 0 and at most 31, got ${monthDays.toString()}`,
    );
  }
  const periodDays = {
    day: new Decimal(1),
    week: new Decimal(7),
    month: monthDays,
    year: new Decimal(365),
  }[period as SlaPeriod];
  if (serviceHours === undefined) return periodDays.mul(MINUTES_PER_DAY);
  const hours = readDecimal(serviceHours.hoursPerDay, 'serviceHours.hoursPerDay');
  if (hours.lte(0) || hours.gt(24)) {
    throw new ContractInputError(
      'serviceHours.hoursPerDay',
      `must be more than 0 and at most 24, got ${hours.toString()}`,
    );
  }
  const weekDays = readDecimal(serviceHours.daysPerWeek, 'serviceHours.daysPerWeek');
  if (!weekDays.isInteger() || weekDays.lt(1) || weekDays.gt(7)) {
    throw new ContractInputError(
      'serviceHours.daysPerWeek',
      `must be a whole number from 1 to 7, got ${weekDays.toString()}`,
    );
  }
  // A day is one service day; longer periods count the share of service days in a week.
  const serviceDays = period === 'day' ? periodDays : periodDays.mul(weekDays).div(7);
  return serviceDays.mul(hours).mul(60);
}

export type SlaDowntimeArgs = {
  availabilityPct: NumberInput;
  period: SlaPeriod;
  /** Days in a month (default 30); only the month period uses it. */
  days?: NumberInput;
  serviceHours?: ServiceHours;
};

/** Allowed downtime in minutes (two decimals) for an availability over a period: (100 − a)/100 × period. */
export function slaDowntime({ availabilityPct, period, days, serviceHours }: SlaDowntimeArgs): {
  minutes: number;
} {
  const availability = readDecimal(availabilityPct, 'availabilityPct');
  if (availability.lt(0) || availability.gt(100)) {
    throw new ContractInputError(
      'availabilityPct',
      `must be from 0 to 100, got ${availability.toString()}`,
    );
  }
  const minutes = new Decimal(100)
    .minus(availability)
    .div(100)
    .mul(periodMinutes(period, days, serviceHours));
  return { minutes: roundToNumber(minutes, 2) };
}

export type AvailabilityFromDowntimeArgs = {
  downtimeMinutes: NumberInput;
  period: SlaPeriod;
  /** Days in a month (default 30); only the month period uses it. */
  days?: NumberInput;
  serviceHours?: ServiceHours;
};

/** Availability in percent (three decimals) that allows the given downtime over a period. */
export function availabilityFromDowntime({
  downtimeMinutes,
  period,
  days,
  serviceHours,
}: AvailabilityFromDowntimeArgs): {
  availabilityPct: number;
} {
  const downtime = readDecimal(downtimeMinutes, 'downtimeMinutes');
  const length = periodMinutes(period, days, serviceHours);
  if (downtime.lt(0) || downtime.gt(length)) {
    throw new ContractInputError(
      'downtimeMinutes',
      `must be from 0 to ${length.toString()} minutes (the ${period}), got ${downtime.toString()}`,
    );
  }
  const availability = new Decimal(1).minus(downtime.div(length)).mul(100);
  return { availabilityPct: roundToNumber(availability, 3) };
}
