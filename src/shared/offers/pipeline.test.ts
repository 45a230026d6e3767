import { describe, expect, it } from 'vitest';
import { offerActivitySummary, offerPipelineValue, opportunityStep } from './pipeline';

const line = (overrides: Record<string, string> = {}) => ({
  id: overrides.id ?? 'l1',
  sectionId: 's1',
  quantity: '2',
  unitPrice: '500.00',
  discountPct: '',
  vatPct: '19' as const,
  billing: 'one-time' as const,
  kind: 'normal' as const,
  unitCost: '',
  ...overrides,
});
const offer = {
  discountPct: '10',
  termMonths: 24,
  reverseCharge: false,
  currency: 'EUR' as const,
  exchangeRate: '',
};

describe('offerPipelineValue', () => {
  it('is the contract value after the offer discount: one-time plus recurring over the term', () => {
    const lines = [
      line(),
      line({ id: 'l2', quantity: '1', unitPrice: '50.00', billing: 'monthly' }),
      line({ id: 'l3', quantity: '1', unitPrice: '999.00', kind: 'optional' }),
    ];
    // (1000 + 50 × 24) × 0.9
    expect(offerPipelineValue({ offer, lines })).toEqual({ value: '1980.00', eur: '1980.00' });
  });

  it('converts another currency to EUR at the frozen rate', () => {
    const chf = { ...offer, discountPct: '', currency: 'CHF' as const, exchangeRate: '0.94' };
    expect(offerPipelineValue({ offer: chf, lines: [line()] })).toEqual({
      value: '1000.00',
      eur: '1063.83',
    });
  });
});

describe('opportunityStep', () => {
  const at = (stage: 'lead' | 'negotiation' | 'won' | 'lost' | 'proposal', probability = 10) => ({
    stage,
    probability,
    lostReason: 'alt',
  });

  it('sent: forward to proposal with the stage default probability and the value', () => {
    expect(opportunityStep({ event: 'sent', opportunity: at('lead'), valueEur: '5.00' })).toEqual({
      stage: 'proposal',
      estimatedValue: '5.00',
      probability: 50,
      lostReason: '',
    });
    expect(
      opportunityStep({ event: 'sent', opportunity: at('lost', 0), valueEur: '5.00' }).stage,
    ).toBe('proposal');
  });

  it('sent: a hand-set probability stays; negotiation and won do not move back', () => {
    expect(
      opportunityStep({ event: 'sent', opportunity: at('lead', 33), valueEur: '1.00' }).probability,
    ).toBe(33);
    expect(
      opportunityStep({ event: 'sent', opportunity: at('negotiation', 75), valueEur: '1.00' }),
    ).toEqual({ estimatedValue: '1.00' });
    expect(
      opportunityStep({ event: 'sent', opportunity: at('won', 100), valueEur: '1.00' }),
    ).toEqual({});
  });

  it('a negative contract value (credits above the rest) counts as 0 in the pipeline', () => {
    expect(
      opportunityStep({ event: 'accepted', opportunity: at('proposal', 50), valueEur: '-20.00' }),
    ).toEqual({ stage: 'won', estimatedValue: '0.00', probability: 100, lostReason: '' });
  });

  it('rejected: lost with the reason, the old reason when none is given, nothing while others are open', () => {
    const proposal = at('proposal', 50);
    expect(
      opportunityStep({
        event: 'rejected',
        opportunity: proposal,
        valueEur: '1',
        reason: ' Zu teuer ',
      }),
    ).toEqual({ stage: 'lost', probability: 0, lostReason: 'Zu teuer' });
    expect(opportunityStep({ event: 'rejected', opportunity: proposal, valueEur: '1' })).toEqual({
      stage: 'lost',
      probability: 0,
      lostReason: 'alt',
    });
    expect(
      opportunityStep({
        event: 'rejected',
        opportunity: proposal,
        valueEur: '1',
        reason: 'x',
        otherOpenOffers: 1,
      }),
    ).toEqual({});
  });
});

describe('offerActivitySummary', () => {
  const sent = { number: 'A-2026-MK-0007', revision: 2, title: 'WMS', currency: 'EUR' as const };
  it('names number, revision, title, value and the reason, in the given language', () => {
    expect(
      offerActivitySummary({
        event: 'rejected',
        offer: sent,
        value: '1234.5',
        reason: 'Budget',
        language: 'de',
      }),
    ).toBe('Angebot A-2026-MK-0007 Rev. 2 abgelehnt: „WMS“ · Wert 1.234,50 € · Grund: Budget');
    expect(
      offerActivitySummary({ event: 'sent', offer: sent, value: '1234.5', language: 'en' }),
    ).toBe('Offer A-2026-MK-0007 Rev. 2 sent: “WMS” · value €1,234.50');
  });
});
