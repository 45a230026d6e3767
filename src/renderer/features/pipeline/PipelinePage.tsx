import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityStage } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import { EmptyState } from '../../components/EmptyState';
import { useRepos } from '../../db';
import { useClients, useOpportunities } from '../../db/hooks';
import { BoardColumn } from './BoardColumn';
import { buildBoard, keyboardTarget, openWeightedTotal } from './pipeline';

export type MoveTarget = { stage: OpportunityStage; before?: string; after?: string };

/** The pipeline board: one column per stage, drag and drop or Alt+arrows, weighted totals. */
export function PipelinePage() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const opportunities = useOpportunities();
  const clients = useClients();
  const language = i18n.language === 'en' ? 'en' : 'de';

  const clientNames = useMemo(
    () => new Map((clients ?? []).map((client) => [client.id, client.name])),
    [clients],
  );
  // Opportunities of a deleted client leave the board with their client (and come back on undo).
  const board = useMemo(
    () => buildBoard((opportunities ?? []).filter((item) => clientNames.has(item.clientId))),
    [opportunities, clientNames],
  );

  if (opportunities === undefined || clients === undefined) return null;

  const move = async (id: string, target: MoveTarget) => {
    const item = opportunities.find((candidate) => candidate.id === id);
    if (!item) return;
    await repos.opportunities.move(id, target);
    if (target.stage !== item.stage) {
      notifications.show({
        message: t('pipeline.moved', {
          title: item.title,
          stage: t(`opportunities.stages.${target.stage}`),
        }),
        autoClose: 2500,
      });
    }
  };
  const moveByKey = (id: string, direction: 'left' | 'right' | 'up' | 'down') => {
    const target = keyboardTarget(board, id, direction);
    if (target) void move(id, target).then(() => focusCard(id));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('pipeline.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('pipeline.moveHint')}
          </Text>
        </div>
        <Paper withBorder px="md" py="xs" radius="md">
          <Text size="xs" c="dimmed">
            {t('pipeline.weightedTotal')}
          </Text>
          <Text fw={700} size="lg" data-testid="pipeline-weighted-total">
            {formatMoney(openWeightedTotal(board), 'EUR', language)}
          </Text>
        </Paper>
      </Group>
      {board.every((column) => column.items.length === 0) ? (
        <EmptyState title={t('pipeline.emptyTitle')} text={t('pipeline.emptyText')} />
      ) : (
        <div className="q-board" data-testid="pipeline-board">
          {board.map((column) => (
            <BoardColumn
              key={column.stage}
              column={column}
              clientNames={clientNames}
              language={language}
              onMove={(id, target) => void move(id, target)}
              onKeyMove={moveByKey}
            />
          ))}
        </div>
      )}
    </Stack>
  );
}

function focusCard(id: string) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus(),
  );
}
