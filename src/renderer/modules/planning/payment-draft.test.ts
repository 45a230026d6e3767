import { describe, expect, it } from 'vitest';
import type { PaymentInstalment } from '#shared/domain/planning';
import { checkDrafts, draftsFrom, type InstalmentDraft } from './payment-draft';

const draft = (percent: string, extra: Partial<InstalmentDraft> = {}): InstalmentDraft => ({
  key: `k-${percent}`,
  label: `Rate ${percent}`,
  percent,
  dueKind: 'date',
  milestoneId: '',
  dueDate: '2027-03-01',
  ...extra,
});

describe('the payment plan editor rows', () => {
  it('read German percentages and may be saved only at exactly 100 %', () => {
    const check = checkDrafts([draft('30'), draft('40,5'), draft('29,5 %')], 'de');
    expect(check).toEqual({
      sum: '100.00',
      unreadable: [],
      complete: true,
      rows: [
        {
          label: 'Rate 30',
          percent: '30',
          dueKind: 'date',
          milestoneId: '',
          dueDate: '2027-03-01',
        },
        {
          label: 'Rate 40,5',
          percent: '40.5',
          dueKind: 'date',
          milestoneId: '',
          dueDate: '2027-03-01',
        },
        {
          label: 'Rate 29,5 %',
          percent: '29.5',
          dueKind: 'date',
          milestoneId: '',
          dueDate: '2027-03-01',
        },
      ],
    });
  });

  it('refuse a sum off 100 % and name the rows that are no number, keeping what was typed', () => {
    expect(checkDrafts([draft('30'), draft('60')], 'de')).toMatchObject({
      sum: '90.00',
      complete: false,
      unreadable: [],
    });
    const bad = checkDrafts([draft('50'), draft('fünfzig')], 'de');
    expect(bad).toMatchObject({ sum: '50.00', complete: false, unreadable: [1] });
    expect(bad.rows[1]?.percent).toBe('fünfzig');
    // English notation: "33.5" is a decimal point there.
    expect(checkDrafts([draft('66.5'), draft('33.5')], 'en').complete).toBe(true);
  });

  it('start from the stored instalments in their order, without the deleted ones', () => {
    const stored = (id: string, position: string, percent: string, deleted = false) =>
      ({
        id,
        planId: 'p',
        offerId: 'o',
        label: id,
        percent,
        dueKind: 'milestone',
        milestoneId: 'm1',
        dueDate: '',
        position,
        deleted,
      }) as PaymentInstalment;
    const rows = draftsFrom(
      [stored('b', 'a2', '70'), stored('x', 'a0', '10', true), stored('a', 'a1', '30.5')],
      'de',
    );
    expect(rows.map((row) => [row.id, row.percent])).toEqual([
      ['a', '30,5'],
      ['b', '70'],
    ]);
  });
});
