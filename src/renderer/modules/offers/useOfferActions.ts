import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Offer } from '#shared/domain';
import { formatDateInput } from '../../components/date-input';
import { useRepos } from '#data';
import { followUpRequest, useFollowUpChoice } from './useFollowUpChoice';
import { useUiLanguage } from '../../components/useUiLanguage';
import { notifyError } from '../../components/notify-error';

/** The offer's lifecycle: send (freeze), revise, accept, reject, duplicate, variant. */
export function useOfferActions(offer: Offer) {
  const { t } = useTranslation();
  const repos = useRepos();
  // The activity a step logs on the client is written in the UI language of the one taking it.
  const language = useUiLanguage();
  const navigate = useNavigate();
  const followUp = useFollowUpChoice(offer);
  const showDate = (date: string) => formatDateInput(date, language);

  const run = useCallback(
    async (action: () => Promise<void>) => {
      try {
        await action();
      } catch (error) {
        notifyError(error, t);
      }
    },
    [t],
  );

  return {
    /** The follow-up the mark-sent dialogs show (FollowUpFields); markSent sets it. */
    followUp,
    /** Marks the offer sent with the follow-up chosen in `followUp` (none when unticked). */
    markSent: () =>
      run(async () => {
        const request = followUpRequest(followUp.current());
        await repos.offers.markSent(offer.id, { language, followUp: request });
        notifications.show({
          message: request
            ? `${t('offers.actions.sent', { revision: offer.revision })} · ${t(
                'offers.followUp.set',
                { date: showDate(request.dueDate) },
              )}`
            : t('offers.actions.sent', { revision: offer.revision }),
          color: 'green',
        });
      }),
    revise: () =>
      run(async () => {
        const next = await repos.offers.revise(offer.id);
        notifications.show({ message: t('offers.actions.revised', { revision: next.revision }) });
        void navigate(`/offers/${next.id}`);
      }),
    accept: () =>
      run(async () => {
        await repos.offers.accept(offer.id, { language });
        notifications.show({ message: t('offers.actions.accepted'), color: 'green' });
      }),
    reject: (reason: string) =>
      run(async () => {
        await repos.offers.reject(offer.id, { language, reason });
        notifications.show({ message: t('offers.actions.rejected') });
      }),
    duplicate: (variantName?: string) =>
      run(async () => {
        const copy = await repos.offers.duplicate(offer.id, variantName ? { variantName } : {});
        notifications.show({ message: t('offers.actions.duplicated', { number: copy.number }) });
        void navigate(`/offers/${copy.id}`);
      }),
    markCredit: (lineIds: readonly string[]) =>
      run(async () => {
        for (const id of lineIds) await repos.offerLines.update(id, { credit: true });
      }),
    setCustomerView: (customerView: boolean) =>
      run(() => repos.offers.update(offer.id, { customerView }).then(() => undefined)),
  };
}
