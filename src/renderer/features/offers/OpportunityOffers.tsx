import { useOfferSummaries } from '../../db/hooks';
import { OfferSummaryList } from './OfferSummaryList';

/** The offers made for one opportunity, with status and value (opportunity rows, the edit dialog). */
export function OpportunityOffers({ opportunityId }: { opportunityId: string }) {
  const offers = useOfferSummaries({ opportunityId });
  if (!offers || offers.length === 0) return null;
  return (
    <div data-testid="opportunity-offers">
      <OfferSummaryList offers={offers} compact />
    </div>
  );
}
