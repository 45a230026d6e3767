import { describe, expect, it } from 'vitest';
import { makeClientInput, makeOfferInput } from '../../../../test/factories/domain';
import type { Client, Offer } from '#shared/domain';
import type { PaymentSchedule } from '#shared/planning';
import { initialVariables, paymentPlanText, sourceFacts } from './offer-variables';
import type { ContractSources } from './offer-variables';

const META = { createdAt: '', updatedAt: '', createdBy: '', updatedBy: '', deleted: false };
const client = { ...makeClientInput(), ...META, id: 'c1' } as Client;
const offer = {
  ...makeOfferInput('c1', { paymentTermsDays: 30, cashDiscountPct: '' }),
  ...META,
  id: 'o1',
  number: 'A-2027-JB-0001',
  revision: 1,
} as unknown as Offer;

/** A payment plan of 30/40/30 % of 27,000.00 €: two at milestones, the last on a date. */
const schedule: PaymentSchedule = {
  rows: [
    {
      id: 'i1',
      label: 'Abschlag Konzept',
      percent: '30',
      amount: '8100.00',
      dueDate: '2027-04-04',
      milestoneId: 'm1',
      milestoneName: 'Abnahme Konzept',
    },
    {
      id: 'i2',
      label: 'Abschlag Migration',
      percent: '40',
      amount: '10800.00',
      dueDate: '2027-05-02',
      milestoneId: 'm2',
      milestoneName: 'Abschluss Migration',
    },
    {
      id: 'i3',
      label: 'Schlussrate',
      percent: '30',
      amount: '8100.00',
      dueDate: '2027-06-30',
      milestoneId: '',
      milestoneName: '',
    },
  ],
  percentSum: '100.00',
  total: '27000.00',
  currency: 'EUR',
  ok: true,
};

const sources = (plan?: ContractSources['plan']): ContractSources => ({
  client,
  contact: undefined,
  company: undefined,
  offer,
  lines: [],
  ...(plan ? { plan } : {}),
});

describe('paymentPlanText', () => {
  it('lists each instalment with its share, amount, milestone or label and due date, in German', () => {
    expect(paymentPlanText(schedule, 'de')).toBe(
      [
        '- 30 % (8.100,00 €) bei Abnahme Konzept, fällig am 04.04.2027',
        '- 40 % (10.800,00 €) bei Abschluss Migration, fällig am 02.05.2027',
        '- 30 % (8.100,00 €): Schlussrate, fällig am 30.06.2027',
      ].join('\n'),
    );
  });

  it('writes English amounts and dates, decimals in the percentage, and an open due date', () => {
    const open: PaymentSchedule = {
      ...schedule,
      rows: [{ ...schedule.rows[0]!, percent: '12.5', amount: '3375.00', dueDate: '' }],
    };
    expect(paymentPlanText(open, 'en')).toBe(
      '- 12.5% (€3,375.00) on Abnahme Konzept, due date open',
    );
    expect(paymentPlanText(schedule, 'en').split('\n')[2]).toBe(
      '- 30% (€8,100.00): Schlussrate, due on 30 June 2027',
    );
    expect(paymentPlanText({ ...schedule, rows: [] }, 'de')).toBe('');
  });
});

describe('the offer plan in a new contract', () => {
  const plan = { start: '2027-03-01', finish: '2027-06-18', payments: schedule };

  it('fills plan.start, plan.finish and plan.paymentPlan from the offer’s plan', () => {
    const variables = initialVariables(sources(plan), 'de', '2027-02-10');
    expect(variables).toMatchObject({
      'plan.start': '2027-03-01',
      'plan.finish': '2027-06-18',
      'plan.paymentPlan': paymentPlanText(schedule, 'de'),
    });
    expect(initialVariables(sources(plan), 'en', '2027-02-10')['plan.paymentPlan']).toBe(
      paymentPlanText(schedule, 'en'),
    );
  });

  it('leaves them empty when the offer has no plan', () => {
    const variables = initialVariables(sources(), 'de', '2027-02-10');
    expect([
      variables['plan.start'],
      variables['plan.finish'],
      variables['plan.paymentPlan'],
    ]).toEqual(['', '', '']);
  });

  it('has a payment plan only when the plan has instalments', () => {
    expect(sourceFacts(sources(plan)).hasPaymentPlan).toBe(true);
    expect(
      sourceFacts(sources({ ...plan, payments: { ...schedule, rows: [] } })).hasPaymentPlan,
    ).toBe(false);
    expect(sourceFacts(sources()).hasPaymentPlan).toBe(false);
  });
});
