import { describe, expect, it } from 'vitest';
import { paymentSchedule } from './payments';
import type { MilestoneDate } from './types';

const milestones: MilestoneDate[] = [
  { id: 'm1', name: 'Konzept', packageId: 'p1', date: '2027-04-14', critical: true },
  { id: 'm2', name: 'Abnahme', packageId: 'p2', date: '2027-12-24', critical: false },
  { id: 'm3', name: 'Ohne Termin', packageId: 'p3', date: '', critical: false },
];

const row = (id: string, percent: string, due: { milestoneId?: string; dueDate?: string }) => ({
  id,
  label: `Rate ${id}`,
  percent,
  dueKind: due.milestoneId === undefined ? ('date' as const) : ('milestone' as const),
  milestoneId: due.milestoneId ?? '',
  dueDate: due.dueDate ?? '',
});

describe('paymentSchedule', () => {
  it('splits the net in cents, the last row takes the rest, due dates from milestones plus terms', () => {
    // 1000.01 · 33.33 % = 333.303 → 333.30 (twice); the last 1000.01 − 666.60 = 333.41.
    const schedule = paymentSchedule({
      instalments: [
        row('a', '33.33', { milestoneId: 'm1' }),
        row('b', '33.33', { dueDate: '2027-06-30' }),
        row('c', '33.34', { milestoneId: 'm2' }),
      ],
      milestones,
      oneTimeNet: '1000.01',
      currency: 'EUR',
      paymentTermsDays: 14,
    });
    expect(schedule).toEqual({
      rows: [
        {
          id: 'a',
          label: 'Rate a',
          percent: '33.33',
          amount: '333.30',
          dueDate: '2027-04-28',
          milestoneId: 'm1',
          milestoneName: 'Konzept',
        },
        {
          id: 'b',
          label: 'Rate b',
          percent: '33.33',
          amount: '333.30',
          dueDate: '2027-06-30',
          milestoneId: '',
          milestoneName: '',
        },
        // 24.12.2027 + 14 calendar days, across the year end.
        {
          id: 'c',
          label: 'Rate c',
          percent: '33.34',
          amount: '333.41',
          dueDate: '2028-01-07',
          milestoneId: 'm2',
          milestoneName: 'Abnahme',
        },
      ],
      percentSum: '100.00',
      total: '1000.01',
      currency: 'EUR',
      ok: true,
    });
  });

  it('rounds half away from zero and does not balance a sum other than 100 %', () => {
    // 0.10 · 5 % = 0.005 → 0.01.
    const schedule = paymentSchedule({
      instalments: [
        row('a', '5', { dueDate: '2027-01-01' }),
        row('b', '85', { dueDate: '2027-02-01' }),
      ],
      milestones,
      oneTimeNet: '0.10',
      currency: 'CHF',
      paymentTermsDays: 0,
    });
    expect(schedule.rows.map((r) => r.amount)).toEqual(['0.01', '0.09']);
    expect(schedule).toMatchObject({
      percentSum: '90.00',
      total: '0.10',
      currency: 'CHF',
      ok: false,
    });
  });

  it('leaves the due date empty for a milestone without a date and is not ok for a missing one', () => {
    const schedule = paymentSchedule({
      instalments: [row('a', '50', { milestoneId: 'm3' }), row('b', '50', { milestoneId: 'gone' })],
      milestones,
      oneTimeNet: '100',
      currency: 'EUR',
      paymentTermsDays: 30,
    });
    expect(schedule.rows.map((r) => [r.amount, r.dueDate, r.milestoneName])).toEqual([
      ['50.00', '', 'Ohne Termin'],
      ['50.00', '', ''],
    ]);
    expect(schedule.ok).toBe(false);
    expect(
      paymentSchedule({
        instalments: [{ ...row('x', '100', { dueDate: '2027-01-01' }), deleted: true }],
        milestones,
        oneTimeNet: '100',
        currency: 'EUR',
        paymentTermsDays: 0,
      }),
    ).toEqual({ rows: [], percentSum: '0.00', total: '0.00', currency: 'EUR', ok: false });
  });
});
