import type { Offer, Opportunity } from '#shared/domain';

/**
 * Whose battlecards the offer editor shows: the competitors in play on the offer's opportunity;
 * an offer without one (or whose opportunity is gone) takes those of the client's open
 * opportunities, each competitor once, in the order they appear.
 */
export function competitorsInPlayFor(
  offer: Pick<Offer, 'opportunityId' | 'clientId'>,
  clientOpportunities: readonly Opportunity[],
): { opportunity: Opportunity | null; competitorIds: string[]; incumbentIds: string[] } {
  const own =
    offer.opportunityId === ''
      ? undefined
      : clientOpportunities.find(
          (opportunity) => opportunity.id === offer.opportunityId && !opportunity.deleted,
        );
  const sources = own
    ? [own]
    : clientOpportunities.filter(
        (opportunity) =>
          !opportunity.deleted &&
          opportunity.clientId === offer.clientId &&
          opportunity.stage !== 'won' &&
          opportunity.stage !== 'lost',
      );
  const competitorIds: string[] = [];
  const incumbentIds: string[] = [];
  for (const opportunity of sources) {
    for (const id of opportunity.competitorIds ?? []) {
      if (!competitorIds.includes(id)) competitorIds.push(id);
    }
    const incumbent = opportunity.incumbentId ?? '';
    if (incumbent !== '' && !incumbentIds.includes(incumbent)) incumbentIds.push(incumbent);
  }
  return { opportunity: own ?? null, competitorIds, incumbentIds };
}
