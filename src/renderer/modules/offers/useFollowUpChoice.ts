import { useCallback, useMemo, useRef, useState } from 'react';
import type { Offer } from '#shared/domain';
import { defaultFollowUpDate, followUpDateProblem } from '#shared/offers/follow-up';
import type { FollowUpRequest } from '#data';
import { localToday } from './offer-defaults';

/** The follow-up the user chose in the mark-sent dialog: on by default, a week before expiry. */
export type FollowUpState = { enabled: boolean; dueDate: string; sentOn: string };

/** The i18n key of what is wrong with the chosen follow-up, null when it can be set. */
export function followUpError(state: FollowUpState): string | null {
  if (!state.enabled) return null;
  if (state.dueDate === '') return 'offers.followUp.required';
  const problem = followUpDateProblem({ dueDate: state.dueDate, sentOn: state.sentOn });
  return problem === null ? null : `offers.followUp.${problem}`;
}

/** What markSent gets from a chosen follow-up: none when it is off. */
export function followUpRequest(state: FollowUpState): FollowUpRequest | undefined {
  return state.enabled ? { dueDate: state.dueDate } : undefined;
}

const initial = (offer: Pick<Offer, 'validUntil'>): FollowUpState => {
  // The user's calendar day: the same day markSent stamps the offer as sent.
  const sentOn = localToday();
  return {
    enabled: true,
    dueDate: defaultFollowUpDate({ validUntil: offer.validUntil, sentOn }),
    sentOn,
  };
};

/**
 * The follow-up choice of the dialogs that mark an offer sent (the confirmation and the check
 * before sending). `current()` reads the latest choice, also from a callback made before it changed.
 */
export function useFollowUpChoice(offer: Pick<Offer, 'validUntil'>) {
  const [state, setState] = useState<FollowUpState>(() => initial(offer));
  const ref = useRef(state);
  const update = useCallback((next: FollowUpState) => {
    ref.current = next;
    setState(next);
  }, []);
  const { validUntil } = offer;
  return useMemo(
    () => ({
      state,
      error: followUpError(state),
      /** Back to the default for today: on each opening of a dialog. */
      reset: () => update(initial({ validUntil })),
      setEnabled: (enabled: boolean) => update({ ...ref.current, enabled }),
      setDueDate: (dueDate: string) => update({ ...ref.current, dueDate }),
      current: () => ref.current,
    }),
    [state, update, validUntil],
  );
}

export type FollowUpChoice = ReturnType<typeof useFollowUpChoice>;
