import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Offer } from '../../../shared/domain';
import { useRepos } from '../../db';

/** The offer's lifecycle: send (freeze), revise, accept, reject, duplicate, variant. */
export function useOfferActions(offer: Offer) {
  const { t } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();

  const run = useCallback(
    async (action: () => Promise<void>) => {
      try {
        await action();
      } catch (error) {
        notifications.show({
          title: t('common.errorTitle'),
          message: String(error instanceof Error ? error.message : error),
          color: 'red',
        });
      }
    },
    [t],
  );

  return {
    markSent: () =>
      run(async () => {
        await repos.offers.markSent(offer.id);
        notifications.show({
          message: t('offers.actions.sent', { revision: offer.revision }),
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
        await repos.offers.accept(offer.id);
        notifications.show({ message: t('offers.actions.accepted'), color: 'green' });
      }),
    reject: () =>
      run(async () => {
        await repos.offers.reject(offer.id);
        notifications.show({ message: t('offers.actions.rejected') });
      }),
    duplicate: (variantName?: string) =>
      run(async () => {
        const copy = await repos.offers.duplicate(offer.id, variantName ? { variantName } : {});
        notifications.show({ message: t('offers.actions.duplicated', { number: copy.number }) });
        void navigate(`/offers/${copy.id}`);
      }),
    setCustomerView: (customerView: boolean) =>
      run(() => repos.offers.update(offer.id, { customerView }).then(() => undefined)),
  };
}
