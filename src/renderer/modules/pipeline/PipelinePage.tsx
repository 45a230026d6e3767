import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, OpportunityStage } from '#shared/domain';
import { formatMoney } from '#shared/money';
import { EmptyState } from '../../components/EmptyState';
import { useRepos, useClients, useOpportunities } from '#data';
import type { OpportunityMove } from '#data';
import { BoardColumn } from './BoardColumn';
import { askLossDetailsIfLost } from './loss-prompt';
import { OpportunityFormModal } from './OpportunityFormModal';
import { buildBoard, keyboardTarget, openWeightedTotal } from './pipeline';
import { PipelineValue } from '../../components/Internal';
import { useUiLanguage } from '../../components/useUiLanguage';

/** Where a card lands: the data layer's board move of an opportunity. */
export type MoveTarget = OpportunityMove;

/**
 * The pipeline board: one column per stage, drag and drop or Alt+arrows, weighted totals; a
 * click or Enter on a card opens its opportunity for editing.
 */
export function PipelinePage() {
  const { t } = useTranslation();
  const repos = useRepos();
  const opportunities = useOpportunities();
  const clients = useClients();
  const language = useUiLanguage();
  const [editing, setEditing] = useState<Opportunity | null>(null);
  // A card moved by keyboard is rendered anew in its new place once the board re-reads: focus
  // it there, not the element that was removed.
  const focusAfterMove = useRef<{ id: string; stage: OpportunityStage } | null>(null);
  const focusMovedCard = useCallback(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    const card = document.querySelector<HTMLElement>(
      `[data-stage="${wanted.stage}"] [data-card-id="${CSS.escape(wanted.id)}"]`,
    );
    if (!card) return;
    focusAfterMove.current = null;
    card.focus();
  }, []);

  const clientNames = useMemo(
    () => new Map((clients ?? []).map((client) => [client.id, client.name])),
    [clients],
  );
  // Opportunities of a deleted client leave the board with their client (and come back on undo).
  const board = useMemo(
    () => buildBoard((opportunities ?? []).filter((item) => clientNames.has(item.clientId))),
    [opportunities, clientNames],
  );

  useEffect(focusMovedCard, [board, focusMovedCard]);

  if (opportunities === undefined || clients === undefined) return null;

  const move = async (id: string, target: MoveTarget) => {
    const item = opportunities.find((candidate) => candidate.id === id);
    if (!item) return;
    const moved = await repos.opportunities.move(id, target);
    askLossDetailsIfLost(item.stage, moved);
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
    if (!target) return;
    focusAfterMove.current = { id, stage: target.stage };
    void move(id, target).then(() => requestAnimationFrame(focusMovedCard));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('pipeline.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('pipeline.moveHint')} {t('offers.opportunity.openHint')}
          </Text>
        </div>
        <Paper withBorder px="md" py="xs" radius="md">
          <Text size="xs" c="dimmed">
            {t('pipeline.weightedTotal')}
          </Text>
          <Text fw={700} size="lg" data-testid="pipeline-weighted-total">
            <PipelineValue>{formatMoney(openWeightedTotal(board), 'EUR', language)}</PipelineValue>
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
              onOpen={setEditing}
            />
          ))}
        </div>
      )}
      {editing && (
        <OpportunityFormModal
          clientId={editing.clientId}
          opportunity={editing}
          opened
          onClose={() => {
            const id = editing.id;
            setEditing(null);
            // Back to the card the dialog was opened from.
            requestAnimationFrame(() =>
              document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus(),
            );
          }}
        />
      )}
    </Stack>
  );
}
