import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '#shared/domain';
import { formatMoney } from '#shared/money';
import { dateLanguageOf, formatDateInput } from '../../components/date-input';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useRepos, useClientOpportunities } from '#data';
import { NewOfferModal } from '#modules/offers';
import { OpportunityOffers } from '#modules/offers';
import { OpportunityFormModal } from './OpportunityFormModal';
import { stageColor } from './stage-colors';
import { PipelineValue } from '../../components/Internal';
import { useUiLanguage } from '../../components/useUiLanguage';

/** The opportunities of one client, with their stage, value and offers; each can start an offer. */
export function OpportunitiesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const opportunities = useClientOpportunities(clientId);
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const [offerFor, setOfferFor] = useState<string | null>(null);
  const language = useUiLanguage();

  return (
    <Paper withBorder p="md" radius="md" data-testid="opportunities-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('opportunities.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setEditing('new')}>
          {t('opportunities.new')}
        </Button>
      </Group>
      {opportunities && opportunities.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('opportunities.empty')}
        </Text>
      )}
      <Stack gap="xs">
        {(opportunities ?? []).map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap" data-testid="opportunity-row">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text fw={500} truncate>
                {item.title}
              </Text>
              <Text size="xs" c="dimmed">
                <PipelineValue>{formatMoney(item.estimatedValue, 'EUR', language)}</PipelineValue> ·{' '}
                {item.probability} %
                {item.expectedCloseDate
                  ? ` · ${formatDateInput(item.expectedCloseDate, dateLanguageOf(language))}`
                  : ''}
                {item.stage === 'lost' && item.lostReason ? ` · ${item.lostReason}` : ''}
              </Text>
              <OpportunityOffers opportunityId={item.id} />
              <Button
                size="compact-xs"
                variant="subtle"
                px={0}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => setOfferFor(item.id)}
                aria-label={`${t('offers.opportunity.newOffer')}: ${item.title}`}
                data-testid="opportunity-new-offer"
              >
                + {t('offers.opportunity.newOffer')}
              </Button>
            </Stack>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Badge color={stageColor[item.stage]} variant="light" data-testid="opportunity-stage">
                {t(`opportunities.stages.${item.stage}`)}
              </Badge>
              <ActionIcon
                variant="subtle"
                aria-label={`${t('common.edit')}: ${item.title}`}
                onClick={() => setEditing(item)}
              >
                ✎
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`${t('common.delete')}: ${item.title}`}
                onClick={() =>
                  void deleteWithUndo({
                    label: item.title,
                    remove: () => repos.opportunities.remove(item.id),
                    restore: () => repos.opportunities.restore(item.id),
                  })
                }
              >
                ✕
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
      <NewOfferModal
        opened={offerFor !== null}
        onClose={() => setOfferFor(null)}
        clientId={clientId}
        opportunityId={offerFor ?? undefined}
      />
      <OpportunityFormModal
        clientId={clientId}
        opportunity={editing === 'new' ? undefined : (editing ?? undefined)}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Paper>
  );
}
