import { Center, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { DocumentData } from '#shared/documents/types';
import { useRepos, RowNotFoundError, useCompany } from '#data';
import { collectOffer } from '#modules/offers';
import { errorMessage } from '../../components/notify-error';
import { ProposalPrintView } from './ProposalPrintView';

/**
 * The print view of one offer revision. The desktop prints it to PDF in a hidden window
 * (it waits for `data-print-ready`); the browser opens it and its own print dialog.
 */
export function PrintOfferPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const [search] = useSearchParams();
  const repos = useRepos();
  const company = useCompany();
  const [data, setData] = useState<DocumentData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    void (async () => {
      try {
        const offer = await repos.offers.get(offerId);
        if (!offer) throw new RowNotFoundError('offers', offerId);
        const collected = await collectOffer(repos, offer, false);
        if (active) setData(collected.data);
      } catch (error) {
        if (!active) return;
        setFailure(errorMessage(error, t));
        document.body.dataset.printReady = 'error';
      }
    })();
    return () => {
      active = false;
    };
  }, [repos, offerId, t]);

  useEffect(() => {
    if (!data) return;
    // Two frames: the page is laid out and painted before anyone prints it.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        document.body.dataset.printReady = 'true';
        if (search.get('autoprint') === '1') window.print();
      }),
    );
  }, [data, search]);

  if (failure) return <Text c="red">{failure}</Text>;
  if (!data || company === undefined) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <ProposalPrintView data={data} logoUrl={company?.logo ?? ''} />;
}
