import { describe, expect, it } from 'vitest';
import { availabilityFromDowntime, slaDowntime } from './sla';
import type { SlaPeriod } from './sla';

describe('slaDowntime', () => {
  it('gives the allowed downtime per period with two decimals', () => {
    expect(slaDowntime({ availabilityPct: 99.9, period: 'day' })).toEqual({ minutes: 1.44 });
    expect(slaDowntime({ availabilityPct: '99.9', period: 'week' })).toEqual({ minutes: 10.08 });
    expect(slaDowntime({ availabilityPct: 99.9, period: 'month' })).toEqual({ minutes: 43.2 });
    expect(slaDowntime({ availabilityPct: 99.9, period: 'month', days: 31 })).toEqual({
      minutes: 44.64,
    });
    expect(slaDowntime({ availabilityPct: 99.9, period: 'year' })).toEqual({ minutes: 525.6 });
    expect(slaDowntime({ availabilityPct: '99.95', period: 'month', days: '28' })).toEqual({
      minutes: 20.16,
    });
    // 0.001 % of a year is 5.256 minutes: rounded half away from zero.
    expect(slaDowntime({ availabilityPct: '99.999', period: 'year' })).toEqual({ minutes: 5.26 });
    expect(slaDowntime({ availabilityPct: 100, period: 'year' })).toEqual({ minutes: 0 });
    expect(slaDowntime({ availabilityPct: 0, period: 'day' })).toEqual({ minutes: 1440 });
  });

  it('counts only service hours when given', () => {
    // Monday to Friday, 10 hours: a week has 3000 service minutes, a 30-day month 30 × 5/7 × 600.
    const serviceHours = { hoursPerDay: 10, daysPerWeek: 5 };
    expect(slaDowntime({ availabilityPct: 99, period: 'week', serviceHours })).toEqual({
      minutes: 30,
    });
    expect(slaDowntime({ availabilityPct: 99, period: 'day', serviceHours })).toEqual({
      minutes: 6,
    });
    expect(slaDowntime({ availabilityPct: 99, period: 'month', serviceHours })).toEqual({
      minutes: 128.57,
    });
  });

  it('refuses bad input, naming the field', () => {
    expect(() => slaDowntime({ availabilityPct: 100.1, period: 'day' })).toThrow('availabilityPct');
    expect(() => slaDowntime({ availabilityPct: -1, period: 'day' })).toThrow('availabilityPct');
    expect(() => slaDowntime({ availabilityPct: '99,9', period: 'day' })).toThrow(
      'availabilityPct',
    );
    expect(() => slaDowntime({ availabilityPct: Number.NaN, period: 'day' })).toThrow(
      'availabilityPct',
    );
    expect(() => slaDowntime({ availabilityPct: 99, period: 'quarter' as SlaPeriod })).toThrow(
      'period',
    );
    expect(() => slaDowntime({ availabilityPct: 99, period: 'month', days: 0 })).toThrow('days');
    expect(() => slaDowntime({ availabilityPct: 99, period: 'month', days: 32 })).toThrow('days');
    expect(() =>
      slaDowntime({
        availabilityPct: 99,
        period: 'week',
        serviceHours: { hoursPerDay: 25, daysPerWeek: 5 },
      }),
    ).toThrow('serviceHours.hoursPerDay');
    expect(() =>
      slaDowntime({
        availabilityPct: 99,
        period: 'week',
        serviceHours: { hoursPerDay: 8, daysPerWeek: 5.5 },
      }),
    ).toThrow('serviceHours.daysPerWeek');
  });
});

describe('availabilityFromDowntime', () => {
  it('gives the availability with three decimals', () => {
    expect(availabilityFromDowntime({ downtimeMinutes: 43.2, period: 'month' })).toEqual({
      availabilityPct: 99.9,
    });
    expect(availabilityFromDowntime({ downtimeMinutes: '60', period: 'week' })).toEqual({
      availabilityPct: 99.405,
    });
    expect(availabilityFromDowntime({ downtimeMinutes: 60, period: 'month', days: 31 })).toEqual({
      availabilityPct: 99.866,
    });
    expect(availabilityFromDowntime({ downtimeMinutes: 0, period: 'year' })).toEqual({
      availabilityPct: 100,
    });
    expect(availabilityFromDowntime({ downtimeMinutes: 1440, period: 'day' })).toEqual({
      availabilityPct: 0,
    });
  });

  it('is the inverse of slaDowntime', () => {
    for (const availabilityPct of ['99', '99.5', '99.9', '99.95', '98.7']) {
      for (const period of ['day', 'week', 'month', 'year'] as const) {
        const { minutes } = slaDowntime({ availabilityPct, period, days: 31 });
        expect(availabilityFromDowntime({ downtimeMinutes: minutes, period, days: 31 })).toEqual({
          availabilityPct: Number(availabilityPct),
        });
      }
    }
  });

  it('refuses a downtime longer than the period or negative', () => {
    expect(() => availabilityFromDowntime({ downtimeMinutes: 1441, period: 'day' })).toThrow(
      'downtimeMinutes',
    );
    expect(() => availabilityFromDowntime({ downtimeMinutes: -1, period: 'day' })).toThrow(
      'downtimeMinutes',
    );
    expect(() => availabilityFromDowntime({ downtimeMinutes: 'viel', period: 'day' })).toThrow(
      'downtimeMinutes',
    );
  });
});
