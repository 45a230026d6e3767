import { Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPriceObservations } from '#shared/analyses';
import type { Offer, OfferLine } from '#shared/domain';
import { useCatalogItems } from '#data';
import { useAllCompetitors, usePriceObservations } from '#data/analyses/hooks';
import { PriceMatchView } from './PriceMatchView';
import { priceFilterFor, pricedLine } from './price-intel-view';

/**
 * In the line details (slot 'offerEditor.lineDetail'): the competitor prices seen for the same
 * catalog item, or else for its category, with our unit price's gap to their median.
 */
export function LinePriceIntel({ offer, line }: { offer: Offer; line: OfferLine }) {
  const { t } = useTranslation();
  const items = useCatalogItems();
  const competitors = useAllCompetitors();
  const filter = useMemo(() => priceFilterFor([line], items ?? []), [line, items]);
  const observations = usePriceObservations(filter);
  const match = useMemo(
    () =>
      observations === undefined || items === undefined
        ? null
        : matchPriceObservations(pricedLine(line, items, offer), observations),
    [observations, items, line, offer],
  );
  const names = useMemo(
    () => new Map((competitors ?? []).map((c) => [c.id, c.name] as const)),
    [competitors],
  );
  if (match === null) return null;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="line-price-intel">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('analyses.intel.title')}
        </Text>
        {match.basis === 'none' ? (
          <Text size="xs" c="dimmed">
            {t('analyses.intel.none')}
          </Text>
        ) : (
          <PriceMatchView match={match} names={names} />
        )}
      </Stack>
    </Paper>
  );
}
