import { describe, expect, it } from 'vitest';
import { defaultFollowUpDate, followUpDateProblem, followUpTexts } from './follow-up';

describe('defaultFollowUpDate', () => {
  it('is a week before the validity ends, across months and leap days', () => {
    expect([
      defaultFollowUpDate({ validUntil: '2026-12-28', sentOn: '2026-11-28' }),
      defaultFollowUpDate({ validUntil: '2027-01-03', sentOn: '2026-12-01' }),
      defaultFollowUpDate({ validUntil: '2028-03-06', sentOn: '2028-02-01' }),
    ]).toEqual(['2026-12-21', '2026-12-27', '2028-02-28']);
  });

  it('is never on or before the day of sending: then the day after', () => {
    expect([
      // A week before the end is the day after sending: kept.
      defaultFollowUpDate({ validUntil: '2026-12-06', sentOn: '2026-11-28' }),
      // … the day of sending, before it, or the validity already past: the day after sending.
      defaultFollowUpDate({ validUntil: '2026-12-05', sentOn: '2026-11-28' }),
      defaultFollowUpDate({ validUntil: '2026-11-30', sentOn: '2026-11-28' }),
      defaultFollowUpDate({ validUntil: '2026-11-01', sentOn: '2026-11-28' }),
      defaultFollowUpDate({ validUntil: '2026-12-31', sentOn: '2026-12-31' }),
      defaultFollowUpDate({ validUntil: '', sentOn: '2026-12-31' }),
    ]).toEqual([
      '2026-11-29',
      '2026-11-29',
      '2026-11-29',
      '2026-11-29',
      '2027-01-01',
      '2027-01-01',
    ]);
  });
});

describe('followUpDateProblem', () => {
  it('accepts the day of sending and later, refuses earlier days and non-dates', () => {
    const sentOn = '2026-11-28';
    expect(
      ['2026-11-28', '2026-12-21', '2026-11-27', '2026-02-30', '28.12.2026', ''].map((dueDate) =>
        followUpDateProblem({ dueDate, sentOn }),
      ),
    ).toEqual([null, null, 'beforeSend', 'invalid', 'invalid', 'invalid']);
  });
});

describe('followUpTexts', () => {
  it('names the offer in the language of the one who sends it', () => {
    const offer = { number: 'A-2026-0007', revision: 2, title: 'Netzwerk' };
    expect([
      followUpTexts({ offer, language: 'de' }),
      followUpTexts({ offer, language: 'en' }),
    ]).toEqual([
      {
        summary: 'Wiedervorlage zu Angebot A-2026-0007 Rev. 2: „Netzwerk“',
        nextStep: 'Angebot A-2026-0007 nachfassen',
      },
      {
        summary: 'Follow-up on offer A-2026-0007 Rev. 2: “Netzwerk”',
        nextStep: 'Follow up offer A-2026-0007',
      },
    ]);
  });
});
