import { describe, expect, it } from 'vitest';
import { checkCondition, describeCondition, evaluateCondition } from './conditions';
import type { Condition } from './types';

const recurringDomestic: Condition = {
  all: [{ fact: 'hasRecurringLines' }, { not: { fact: 'clientOutsideGermany' } }],
};

describe('evaluateCondition', () => {
  it('reads all, any and not over the facts; a missing fact is false', () => {
    expect(evaluateCondition(recurringDomestic, { hasRecurringLines: true })).toBe(true);
    expect(
      evaluateCondition(recurringDomestic, { hasRecurringLines: true, clientOutsideGermany: true }),
    ).toBe(false);
    expect(evaluateCondition(recurringDomestic, {})).toBe(false);
    const either: Condition = { any: [{ fact: 'slaAgreed' }, { fact: 'publicSectorClient' }] };
    expect(evaluateCondition(either, { publicSectorClient: true })).toBe(true);
    expect(evaluateCondition(either, { slaAgreed: false })).toBe(false);
  });

  it('treats no condition and an empty all as always, an empty any as never', () => {
    expect(evaluateCondition(undefined, {})).toBe(true);
    expect(evaluateCondition({ all: [] }, {})).toBe(true);
    expect(evaluateCondition({ any: [] }, {})).toBe(false);
  });

  it('refuses a malformed condition, naming where', () => {
    expect(() => evaluateCondition({ fact: 'isFriday' } as unknown as Condition, {})).toThrow(
      'condition.fact',
    );
    expect(() => checkCondition({ all: [{ fact: 'slaAgreed' }, { any: 'x' }] })).toThrow(
      'condition.all[1].any',
    );
    expect(() => checkCondition({ fact: 'slaAgreed', not: { fact: 'slaAgreed' } })).toThrow(
      'exactly one',
    );
    expect(() => checkCondition(null)).toThrow('condition');
  });
});

describe('describeCondition', () => {
  it('reads a condition in German and English', () => {
    expect(describeCondition(recurringDomestic, 'de')).toBe(
      'wenn wiederkehrende Positionen und nicht Kunde außerhalb Deutschlands',
    );
    expect(describeCondition(recurringDomestic, 'en')).toBe(
      'if recurring lines and not client outside Germany',
    );
  });

  it('puts nested groups in brackets', () => {
    const condition: Condition = {
      any: [
        { fact: 'publicSectorClient' },
        { all: [{ fact: 'slaAgreed' }, { fact: 'personalDataProcessed' }] },
      ],
    };
    expect(describeCondition(condition, 'de')).toBe(
      'wenn Kunde der öffentlichen Hand oder (SLA vereinbart und personenbezogene Daten verarbeitet)',
    );
    expect(
      describeCondition(
        { not: { any: [{ fact: 'slaAgreed' }, { fact: 'hasCustomDevelopment' }] } },
        'en',
      ),
    ).toBe('if not (SLA agreed or custom development)');
    expect(describeCondition(undefined, 'de')).toBe('immer');
  });

  it('reads the payment plan of the offer’s project plan in words', () => {
    const condition: Condition = { fact: 'hasPaymentPlan' };
    expect(describeCondition(condition, 'de')).toBe('wenn Zahlungsplan im Projektplan');
    expect(describeCondition(condition, 'en')).toBe('if payment plan in the project plan');
    expect(evaluateCondition(condition, { hasPaymentPlan: true })).toBe(true);
    expect(evaluateCondition(condition, {})).toBe(false);
  });
});
