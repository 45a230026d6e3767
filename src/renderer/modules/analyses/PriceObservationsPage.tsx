import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceObservation } from '#shared/domain/analyses';
import { useCatalogItems } from '#data';
import { useAllCompetitors, useCompetitors, usePriceObservations } from '#data/analyses/hooks';
import { EmptyState } from '../../components/EmptyState';
import { CompetitionTabs } from './CompetitionTabs';
import { PriceObservationForm } from './PriceObservationForm';
import { PriceObservationsTable } from './PriceObservationsTable';

/** Every competitor price recorded, newest first; filter by competitor; record one by hand. */
export function PriceObservationsPage() {
  const { t } = useTranslation();
  const [competitorId, setCompetitorId] = useState<string | null>(null);
  const observations = usePriceObservations(competitorId ? { competitorId } : undefined);
  const competitors = useCompetitors();
  const allCompetitors = useAllCompetitors();
  const items = useCatalogItems();
  const [editing, setEditing] = useState<PriceObservation | 'new' | null>(null);
  const loaded = observations !== undefined && competitors !== undefined;
  const canCreate = (competitors ?? []).length > 0;
  const newButton = (
    <Button onClick={() => setEditing('new')} disabled={!canCreate} data-testid="price-new">
      {t('analyses.prices.new')}
    </Button>
  );

  return (
    <Stack gap="sm">
      <CompetitionTabs actions={newButton} />
      {loaded && observations.length === 0 && competitorId === null ? (
        <EmptyState
          title={t('analyses.prices.emptyTitle')}
          text={canCreate ? t('analyses.prices.emptyText') : t('analyses.prices.needsCompetitor')}
        />
      ) : (
        loaded && (
          <>
            <Group gap="sm" align="flex-end">
              <Select
                aria-label={t('analyses.prices.fields.competitorId')}
                placeholder={t('analyses.prices.allCompetitors')}
                data={competitors.map((competitor) => ({
                  value: competitor.id,
                  label: competitor.name,
                }))}
                value={competitorId}
                onChange={setCompetitorId}
                clearable
                searchable
                w={280}
              />
              <Text size="sm" c="dimmed">
                {t('analyses.prices.count', { count: observations.length })}
              </Text>
            </Group>
            <PriceObservationsTable
              observations={observations}
              competitors={allCompetitors ?? competitors}
              items={items ?? []}
              onOpen={setEditing}
            />
          </>
        )
      )}
      <PriceObservationForm
        opened={editing !== null}
        observation={editing === 'new' || editing === null ? null : editing}
        competitorId={competitorId ?? ''}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
