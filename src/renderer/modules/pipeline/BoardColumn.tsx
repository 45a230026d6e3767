import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Opportunity } from '#shared/domain';
import { formatMoney } from '#shared/money';
import type { StageColumn } from './pipeline';
import type { MoveTarget } from './PipelinePage';
import { stageColor } from './stage-colors';
import { PipelineValue } from '../../components/Internal';

type Props = {
  column: StageColumn;
  clientNames: ReadonlyMap<string, string>;
  language: 'de' | 'en';
  onMove: (id: string, target: MoveTarget) => void;
  onKeyMove: (id: string, direction: 'left' | 'right' | 'up' | 'down') => void;
  /** Opens the card's opportunity for editing (click, Enter or Space). */
  onOpen: (opportunity: Opportunity) => void;
};

const dragType = 'application/x-quotient-opportunity';
const arrowDirections = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
} as const;

/** One stage of the board; a drop lands before the card under the pointer's upper half. */
export function BoardColumn({ column, clientNames, language, onMove, onKeyMove, onOpen }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  const dropTarget = (event: DragEvent<HTMLDivElement>, draggedId: string): MoveTarget => {
    const cards = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-card-id]')].filter(
      (card) => card.dataset.cardId !== draggedId,
    );
    const next = cards.find((card) => {
      const box = card.getBoundingClientRect();
      return event.clientY < box.top + box.height / 2;
    });
    const index = next ? cards.indexOf(next) : cards.length;
    return {
      stage: column.stage,
      before: next?.dataset.cardId,
      after: index > 0 ? cards[index - 1]?.dataset.cardId : undefined,
    };
  };

  return (
    <div
      className="q-board-column"
      data-over={over}
      data-stage={column.stage}
      data-testid={`stage-${column.stage}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(dragType)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const id = event.dataTransfer.getData(dragType);
        if (!id) return;
        event.preventDefault();
        onMove(id, dropTarget(event, id));
      }}
    >
      <Group justify="space-between" mb={4} px={4}>
        <Badge color={stageColor[column.stage]} variant="filled">
          {t(`opportunities.stages.${column.stage}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {column.items.length}
        </Text>
      </Group>
      <Stack gap={0} px={4} mb="xs">
        <Text size="xs" c="dimmed">
          {t('pipeline.total')}:{' '}
          <b data-testid={`total-${column.stage}`}>
            <PipelineValue>{formatMoney(column.total, 'EUR', language)}</PipelineValue>
          </b>
        </Text>
        <Text size="xs" c="dimmed">
          {t('pipeline.weighted')}:{' '}
          <b data-testid={`weighted-${column.stage}`}>
            <PipelineValue>{formatMoney(column.weighted, 'EUR', language)}</PipelineValue>
          </b>
        </Text>
      </Stack>
      <Stack gap="xs">
        {column.items.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('pipeline.emptyColumn')}
          </Text>
        )}
        {column.items.map((item) => (
          <Paper
            key={item.id}
            withBorder
            p="xs"
            radius="sm"
            className="q-card"
            draggable
            tabIndex={0}
            data-card-id={item.id}
            aria-label={`${item.title}, ${t(`opportunities.stages.${column.stage}`)}`}
            onDragStart={(event) => {
              event.dataTransfer.setData(dragType, item.id);
              event.dataTransfer.effectAllowed = 'move';
            }}
            role="button"
            aria-roledescription={t('offers.opportunity.card')}
            onClick={(event) => {
              // The client link inside the card goes to the client instead.
              if ((event.target as HTMLElement).closest('a')) return;
              onOpen(item);
            }}
            onKeyDown={(event) => {
              if (event.target !== event.currentTarget) return;
              if ((event.key === 'Enter' || event.key === ' ') && !event.altKey) {
                event.preventDefault();
                onOpen(item);
                return;
              }
              const direction = arrowDirections[event.key as keyof typeof arrowDirections];
              if (!event.altKey || !direction) return;
              event.preventDefault();
              onKeyMove(item.id, direction);
            }}
          >
            <Text size="sm" fw={500} lineClamp={2}>
              {item.title}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              <Link to={`/clients/${item.clientId}`} draggable={false}>
                {clientNames.get(item.clientId)}
              </Link>
            </Text>
            <Group justify="space-between" mt={4}>
              <Text size="xs" fw={600}>
                <PipelineValue>{formatMoney(item.estimatedValue, 'EUR', language)}</PipelineValue>
              </Text>
              <Text size="xs" c="dimmed">
                {item.probability} %
              </Text>
            </Group>
          </Paper>
        ))}
      </Stack>
    </div>
  );
}
