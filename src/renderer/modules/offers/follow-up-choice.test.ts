import { describe, expect, it } from 'vitest';
import { followUpError, followUpRequest } from './useFollowUpChoice';

describe('the follow-up chosen when marking an offer sent', () => {
  const sentOn = '2026-11-28';
  it('says what is wrong with the chosen day, in i18n keys', () => {
    expect(
      [
        { enabled: true, dueDate: '2026-12-21', sentOn },
        { enabled: true, dueDate: sentOn, sentOn },
        { enabled: true, dueDate: '', sentOn },
        { enabled: true, dueDate: '2026-11-27', sentOn },
        { enabled: true, dueDate: '2026-02-30', sentOn },
        // Unticked: nothing to check, whatever the field holds.
        { enabled: false, dueDate: '2026-11-27', sentOn },
      ].map(followUpError),
    ).toEqual([
      null,
      null,
      'offers.followUp.required',
      'offers.followUp.beforeSend',
      'offers.followUp.invalid',
      null,
    ]);
  });

  it('asks markSent for one only while it is ticked', () => {
    expect([
      followUpRequest({ enabled: true, dueDate: '2026-12-21', sentOn }),
      followUpRequest({ enabled: false, dueDate: '2026-12-21', sentOn }),
    ]).toEqual([{ dueDate: '2026-12-21' }, undefined]);
  });
});
