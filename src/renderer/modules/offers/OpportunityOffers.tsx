import { Text } from '@mantine/core';
import { useOfferSummaries } from '#data';
import { OfferSummaryList } from './OfferSummaryList';

/** The offers made for one opportunity, with status and value (opportunity rows, the edit dialog). */
export function OpportunityOffers({
  opportunityId,
  compact = true,
  emptyText,
}: {
  opportunityId: string;
  /** Number, status and value only; false adds each offer's title. */
  compact?: boolean;
  /** Shown while the opportunity has no offer; without it nothing is shown. */
  emptyText?: string;
}) {
  const offers = useOfferSummaries({ opportunityId });
  if (!offers) return null;
  if (offers.length === 0) {
    return emptyText ? (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    ) : null;
  }
  return (
    <div data-testid="opportunity-offers">
      <OfferSummaryList offers={offers} compact={compact} />
    </div>
  );
}
