import { Divider, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPriceObservations } from '#shared/analyses';
import type { Offer } from '#shared/domain';
import { useCatalogItems, useClientOpportunities, useOfferLines } from '#data';
import { useAllCompetitors, useBattlecards, usePriceObservations } from '#data/analyses/hooks';
import { BattlecardSummary } from './BattlecardSummary';
import { PriceMatchView } from './PriceMatchView';
import { competitorsInPlayFor } from './aside-view';
import { priceFilterFor, pricedLine } from './price-intel-view';

/**
 * The offer editor's competition panel (slot 'offerEditor.aside'): the battlecards of the
 * competitors in play on the offer's opportunity — without one, on the client's open
 * opportunities — with their stale marks, and the competitor prices matching the offer's lines.
 */
export function CompetitionAside({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const opportunities = useClientOpportunities(offer.clientId);
  const competitors = useAllCompetitors();
  const lines = useOfferLines(offer.id);
  const items = useCatalogItems();
  const source = useMemo(
    () => competitorsInPlayFor(offer, opportunities ?? []),
    [offer, opportunities],
  );
  const cards = useBattlecards(source.competitorIds);
  const filter = useMemo(() => priceFilterFor(lines ?? [], items ?? []), [lines, items]);
  const observations = usePriceObservations(filter);
  const names = useMemo(
    () => new Map((competitors ?? []).map((c) => [c.id, c.name] as const)),
    [competitors],
  );
  const matches = useMemo(() => {
    if (!lines || !items || !observations) return [];
    return lines
      .filter((line) => !line.deleted)
      .map((line) => ({
        line,
        match: matchPriceObservations(pricedLine(line, items, offer), observations),
      }))
      .filter(({ match }) => match.basis !== 'none');
  }, [lines, items, observations, offer]);
  if (opportunities === undefined || competitors === undefined) return null;

  const byId = new Map(competitors.map((competitor) => [competitor.id, competitor]));
  return (
    <Stack gap="sm" data-testid="competition-aside">
      <Text size="xs" c="dimmed" data-testid="competition-aside-source">
        {source.opportunity
          ? t('analyses.aside.source', { title: source.opportunity.title })
          : t('analyses.aside.sourceClient')}
      </Text>
      {source.competitorIds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {source.opportunity ? t('analyses.aside.none') : t('analyses.aside.noOpportunity')}
        </Text>
      ) : (
        source.competitorIds.map((id) => {
          const competitor = byId.get(id);
          if (!competitor) return null;
          return (
            <BattlecardSummary
              key={id}
              competitor={competitor}
              card={cards?.find((card) => card.competitorId === id)}
              incumbent={source.incumbentIds.includes(id)}
            />
          );
        })
      )}
      <Divider label={t('analyses.aside.prices')} labelPosition="left" />
      {matches.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analyses.aside.noPrices')}
        </Text>
      ) : (
        matches.map(({ line, match }) => (
          <Stack key={line.id} gap={2} data-testid="competition-aside-line">
            <Text size="sm" fw={500}>
              {line.name}
            </Text>
            <PriceMatchView match={match} names={names} limit={3} />
          </Stack>
        ))
      )}
    </Stack>
  );
}
