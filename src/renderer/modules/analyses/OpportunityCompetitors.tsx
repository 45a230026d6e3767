import { Anchor, Group, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Opportunity } from '#shared/domain';
import { useOpportunities, useRepos } from '#data';
import { useAllCompetitors, useBattlecards } from '#data/analyses/hooks';
import { notifyError } from '../../components/notify-error';
import { BattlecardSummary } from './BattlecardSummary';

/**
 * On an existing opportunity (slot 'opportunity.detail'): the competitors in play and the
 * incumbent among them, saved at once, and their battlecards.
 */
export function OpportunityCompetitors({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const competitors = useAllCompetitors();
  // The stored row, live: the dialog's copy may be the one it was opened with.
  const live = useOpportunities()?.find((row) => row.id === opportunity.id) ?? opportunity;
  const inPlay = live.competitorIds ?? [];
  const incumbentId = live.incumbentId ?? '';
  const cards = useBattlecards(inPlay);
  if (competitors === undefined) return null;

  const byId = new Map(competitors.map((competitor) => [competitor.id, competitor]));
  // Deleted competitors can no longer be chosen; one already in play stays listed.
  const options = competitors
    .filter((competitor) => !competitor.deleted || inPlay.includes(competitor.id))
    .map((competitor) => ({ value: competitor.id, label: competitor.name }));
  const save = (ids: string[], incumbent: string) =>
    repos.winLoss
      .setCompetitorsInPlay(opportunity.id, ids, ids.includes(incumbent) ? incumbent : '')
      .catch((error: unknown) => notifyError(error, t));

  return (
    <Stack gap="xs" data-testid="opportunity-competitors">
      <Group justify="space-between">
        <Title order={5}>{t('analyses.inPlay.title')}</Title>
        <Anchor component={Link} to="/competitors" size="xs">
          {t('analyses.inPlay.manage')}
        </Anchor>
      </Group>
      {competitors.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analyses.inPlay.noCompetitors')}
        </Text>
      ) : (
        <Group align="flex-end" gap="sm" grow>
          <MultiSelect
            label={t('analyses.inPlay.pick')}
            data={options}
            value={inPlay}
            onChange={(ids) => void save(ids, incumbentId)}
            searchable
            clearable
            data-testid="opportunity-competitors-pick"
          />
          <Select
            label={t('analyses.inPlay.incumbent')}
            placeholder={t('analyses.inPlay.incumbentNone')}
            data={inPlay.map((id) => ({ value: id, label: byId.get(id)?.name ?? id }))}
            value={incumbentId === '' ? null : incumbentId}
            onChange={(id) => void save(inPlay, id ?? '')}
            clearable
            disabled={inPlay.length === 0}
            data-testid="opportunity-incumbent"
          />
        </Group>
      )}
      {inPlay.map((id) => {
        const competitor = byId.get(id);
        if (!competitor) return null;
        return (
          <BattlecardSummary
            key={id}
            competitor={competitor}
            card={cards?.find((card) => card.competitorId === id)}
            incumbent={id === incumbentId}
          />
        );
      })}
    </Stack>
  );
}
