import { Alert, Anchor, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PriceObservation } from '#shared/domain/analyses';
import { useCatalogItems, useRepos } from '#data';
import { useAllCompetitors, useCompetitor, usePriceObservations } from '#data/analyses/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../components/notify-error';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { AttachmentsPanel } from './AttachmentsPanel';
import { BattlecardEditor } from './BattlecardEditor';
import { CompetitorProfileForm } from './CompetitorProfileForm';
import { PriceObservationForm } from './PriceObservationForm';
import { PriceObservationsTable } from './PriceObservationsTable';
import { StaleBadge } from './StaleBadge';

/** One competitor: its profile, battlecard, attachments and observed prices; delete (soft). */
export function CompetitorDetailPage() {
  const { t } = useTranslation();
  const { competitorId } = useParams();
  const navigate = useNavigate();
  const repos = useRepos();
  const competitor = useCompetitor(competitorId);
  const allCompetitors = useAllCompetitors();
  const items = useCatalogItems();
  const observations = usePriceObservations(competitorId ? { competitorId } : undefined);
  const deleteWithUndo = useDeleteWithUndo();
  const [asking, setAsking] = useState(false);
  const [editingPrice, setEditingPrice] = useState<PriceObservation | 'new' | null>(null);

  const back = (
    <Anchor component={Link} to="/competitors" size="sm">
      ← {t('analyses.competitors.back')}
    </Anchor>
  );
  if (competitor === undefined) return null;
  if (competitor === null) {
    return (
      <Stack gap="sm">
        {back}
        <Title order={2}>{t('analyses.competitors.notFound')}</Title>
        <Text c="dimmed">{t('analyses.competitors.notFoundText')}</Text>
      </Stack>
    );
  }

  const remove = () => {
    setAsking(false);
    void navigate('/competitors');
    deleteWithUndo({
      label: competitor.name,
      remove: () => repos.competitors.remove(competitor.id),
      restore: () => repos.competitors.restore(competitor.id),
    }).catch((error: unknown) => notifyError(error, t));
  };
  const restore = () =>
    repos.competitors.restore(competitor.id).then(
      () => notifications.show({ message: t('common.restoredNotice', { name: competitor.name }) }),
      (error: unknown) => notifyError(error, t),
    );

  return (
    <Stack gap="sm" data-testid="competitor-page">
      {back}
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={2} data-testid="competitor-title">
            {competitor.name}
          </Title>
          <StaleBadge lastVerified={competitor.lastVerified} testId="competitor-stale" />
        </Group>
        {!competitor.deleted && (
          <Button
            variant="subtle"
            color="red"
            onClick={() => setAsking(true)}
            data-testid="competitor-delete"
          >
            {t('analyses.competitors.delete')}
          </Button>
        )}
      </Group>
      {competitor.deleted ? (
        <Alert color="orange" data-testid="competitor-deleted">
          <Group justify="space-between">
            <Text size="sm">{t('analyses.competitors.deletedNotice')}</Text>
            <Button size="xs" variant="light" onClick={() => void restore()}>
              {t('analyses.competitors.restore')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <Tabs defaultValue="profile">
          <Tabs.List>
            <Tabs.Tab value="profile" data-testid="competitor-tab-profile">
              {t('analyses.profile.title')}
            </Tabs.Tab>
            <Tabs.Tab value="battlecard" data-testid="competitor-tab-battlecard">
              {t('analyses.battlecard.title')}
            </Tabs.Tab>
            <Tabs.Tab value="attachments" data-testid="competitor-tab-attachments">
              {t('analyses.attachments.title')}
            </Tabs.Tab>
            <Tabs.Tab value="prices" data-testid="competitor-tab-prices">
              {t('analyses.prices.title')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="profile" pt="sm">
            <Paper withBorder p="md" radius="md">
              <CompetitorProfileForm competitor={competitor} />
            </Paper>
          </Tabs.Panel>
          <Tabs.Panel value="battlecard" pt="sm">
            <Paper withBorder p="md" radius="md">
              <BattlecardEditor competitorId={competitor.id} />
            </Paper>
          </Tabs.Panel>
          <Tabs.Panel value="attachments" pt="sm">
            <Paper withBorder p="md" radius="md">
              <AttachmentsPanel competitorId={competitor.id} />
            </Paper>
          </Tabs.Panel>
          <Tabs.Panel value="prices" pt="sm">
            <Paper withBorder p="md" radius="md">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={3}>{t('analyses.prices.title')}</Title>
                  <Button variant="default" onClick={() => setEditingPrice('new')}>
                    {t('analyses.prices.new')}
                  </Button>
                </Group>
                {observations !== undefined && observations.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('analyses.prices.emptyTitle')}
                  </Text>
                ) : (
                  <PriceObservationsTable
                    observations={observations ?? []}
                    competitors={allCompetitors ?? []}
                    items={items ?? []}
                    onOpen={setEditingPrice}
                    showCompetitor={false}
                  />
                )}
              </Stack>
            </Paper>
          </Tabs.Panel>
        </Tabs>
      )}
      <PriceObservationForm
        opened={editingPrice !== null}
        observation={editingPrice === 'new' || editingPrice === null ? null : editingPrice}
        competitorId={competitor.id}
        onClose={() => setEditingPrice(null)}
      />
      <ConfirmDialog
        opened={asking}
        title={t('analyses.competitors.deleteTitle')}
        text={t('analyses.competitors.deleteText', { name: competitor.name })}
        confirmLabel={t('common.delete')}
        onCancel={() => setAsking(false)}
        onConfirm={remove}
      />
    </Stack>
  );
}
