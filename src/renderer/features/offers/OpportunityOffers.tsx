import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOfferSummaries } from '../../db/hooks';
import { OfferSummaryList } from './OfferSummaryList';

/** The offers made for one opportunity, with status and value (opportunity rows, the edit dialog). */
export function OpportunityOffers({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const offers = useOfferSummaries({ opportunityId });
  if (!offers) return null;
  if (offers.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('offers.opportunity.none')}
      </Text>
    );
  }
  return (
    <div data-testid="opportunity-offers">
      <OfferSummaryList offers={offers} compact />
    </div>
  );
}
