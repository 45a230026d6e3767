import { Badge, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionLabel } from '#shared/contracts';
import type { ClauseDiff, ContractLanguage, RedlinePart } from '#shared/contracts';
import { redlineEntries, visibleEntries, type RedlineKind } from './redline-view';

const kindColor: Record<RedlineKind, string> = {
  added: 'green',
  removed: 'red',
  moved: 'blue',
  changed: 'orange',
  unchanged: 'gray',
};

/** Clauses whose text the redline shows; a clause only moved or unchanged shows it on request. */
const WITH_TEXT = new Set<RedlineKind>(['added', 'removed', 'changed']);

const insertStyle = {
  color: 'var(--mantine-color-green-9)',
  backgroundColor: 'var(--mantine-color-green-0)',
  textDecoration: 'underline',
  textDecorationColor: 'var(--mantine-color-green-7)',
} as const;
const deleteStyle = {
  color: 'var(--mantine-color-red-9)',
  backgroundColor: 'var(--mantine-color-red-0)',
  textDecoration: 'line-through',
  textDecorationColor: 'var(--mantine-color-red-7)',
} as const;

/** Word-level parts: insertions green and underlined, deletions red and struck through. */
function Parts({ parts }: { parts: readonly RedlinePart[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((part, index) =>
        part.op === 'insert' ? (
          <ins
            key={index}
            style={insertStyle}
            title={t('contractReview.redline.inserted')}
            data-op="insert"
          >
            {part.text}
          </ins>
        ) : part.op === 'delete' ? (
          <del
            key={index}
            style={deleteStyle}
            title={t('contractReview.redline.deleted')}
            data-op="delete"
          >
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The redline between two revisions in the app: a summary, then each clause with its marks
 * (added, removed, moved, changed) and its word-level changes; unchanged clauses on request.
 */
export function RedlineView({ diff, language }: { diff: ClauseDiff; language: ContractLanguage }) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const entries = redlineEntries(diff);
  const shown = visibleEntries(entries, showUnchanged);
  const counts = Object.entries(diff.counts).filter(([, count]) => count > 0) as [
    RedlineKind,
    number,
  ][];

  return (
    <Stack gap="sm" data-testid="redline-view">
      <Group justify="space-between">
        <Group gap={6} data-testid="redline-summary">
          {counts.map(([kind, count]) => (
            <Badge
              key={kind}
              color={kindColor[kind]}
              variant="light"
              data-testid={`redline-count-${kind}`}
            >
              {t(`contractReview.redline.summary.${kind}`, { count })}
            </Badge>
          ))}
        </Group>
        <Switch
          size="sm"
          label={t('contractReview.redline.showUnchanged')}
          checked={showUnchanged}
          onChange={(event) => setShowUnchanged(event.currentTarget.checked)}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('contractReview.redline.legend')}
      </Text>
      {shown.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="redline-none">
          {t('contractReview.redline.none')}
        </Text>
      )}
      {shown.map((entry) => (
        <Paper
          key={`${entry.kinds[0]}-${entry.clauseId}`}
          withBorder
          p="sm"
          data-testid="redline-clause"
          data-kinds={entry.kinds.join(' ')}
          data-clause={entry.clauseId}
        >
          <Group gap="xs" mb={4} wrap="nowrap" align="baseline">
            <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
              {sectionLabel(entry.number, language)}
            </Text>
            <Text fw={600} style={{ flex: 1 }}>
              <Parts parts={entry.title} />
            </Text>
            {entry.kinds.map((kind) => (
              <Badge key={kind} size="sm" color={kindColor[kind]} variant="light">
                {t(`contractReview.redline.kind.${kind}`)}
              </Badge>
            ))}
            {entry.movedFrom !== null && (
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('contractReview.redline.movedFrom', {
                  section: sectionLabel(entry.movedFrom, language),
                })}
              </Text>
            )}
          </Group>
          {(showUnchanged || entry.kinds.some((kind) => WITH_TEXT.has(kind))) && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <Parts parts={entry.body} />
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
