import { ActionIcon, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { analysisKinds, type Analysis, type AnalysisKind } from '#shared/domain/analyses';
import { useClients, useOpportunities, useRepos } from '#data';
import { useAnalyses } from '#data/analyses/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatDateInput, localIsoDate } from '../../../components/date-input';
import { EmptyState } from '../../../components/EmptyState';
import { notifyError } from '../../../components/notify-error';
import { useDeleteWithUndo } from '../../../components/useDeleteWithUndo';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { CompetitionTabs } from '../CompetitionTabs';
import { NewAnalysisModal } from './NewAnalysisModal';

/** The analyses (route `analyses`): filter by kind and client, create, open, delete. */
export function AnalysesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repos = useRepos();
  const language = useUiLanguage();
  const deleteWithUndo = useDeleteWithUndo();
  const all = useAnalyses();
  const clients = useClients();
  const opportunities = useOpportunities();
  const [kind, setKind] = useState<AnalysisKind | null>(null);
  const [clientId, setClientId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Analysis | null>(null);

  const clientNames = useMemo(
    () => new Map((clients ?? []).map((client) => [client.id, client.name])),
    [clients],
  );
  const opportunityTitles = useMemo(
    () => new Map((opportunities ?? []).map((row) => [row.id, row.title])),
    [opportunities],
  );
  const shown = useMemo(
    () =>
      (all ?? []).filter(
        (analysis) =>
          (kind === null || analysis.kind === kind) &&
          (clientId === null || analysis.clientId === clientId),
      ),
    [all, kind, clientId],
  );
  if (all === undefined) return null;

  const clientOptions = [...new Set(all.map((analysis) => analysis.clientId))]
    .filter((id) => id !== '')
    .map((id) => ({ value: id, label: clientNames.get(id) ?? '…' }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const subjectText = (analysis: Analysis) => {
    if (analysis.subject === 'company') return t('analysisEditors.subjects.company');
    const client = clientNames.get(analysis.clientId) ?? '…';
    if (analysis.subject === 'client') return `${t('analysisEditors.subjects.client')}: ${client}`;
    const opportunity = opportunityTitles.get(analysis.opportunityId) ?? '…';
    return `${t('analysisEditors.subjects.opportunity')}: ${opportunity} (${client})`;
  };
  const filtered = kind !== null || clientId !== null;
  const newButton = (
    <Button onClick={() => setCreating(true)} data-testid="new-analysis">
      {t('analysisEditors.new')}
    </Button>
  );
  const remove = (analysis: Analysis) =>
    deleteWithUndo({
      label: analysis.title,
      remove: () => repos.analyses.remove(analysis.id),
      restore: () => repos.analyses.restore(analysis.id),
    }).catch((error: unknown) => notifyError(error, t));

  return (
    <Stack gap="sm">
      <CompetitionTabs actions={all.length > 0 ? newButton : undefined} />
      {all.length === 0 ? (
        <EmptyState
          title={t('analysisEditors.emptyTitle')}
          text={t('analysisEditors.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <Group gap="sm" align="flex-end">
            <Select
              aria-label={t('analysisEditors.fields.kind')}
              placeholder={t('analysisEditors.allKinds')}
              data={analysisKinds.map((value) => ({
                value,
                label: t(`analysisEditors.kinds.${value}`),
              }))}
              value={kind}
              onChange={(value) => setKind(value as AnalysisKind | null)}
              clearable
              clearButtonProps={{
                'aria-label': t('analysisEditors.clearFilter', {
                  name: t('analysisEditors.fields.kind'),
                }),
              }}
              w={260}
              data-testid="analyses-filter-kind"
            />
            <Select
              aria-label={t('analysisEditors.fields.client')}
              placeholder={t('analysisEditors.allClients')}
              data={clientOptions}
              value={clientId}
              onChange={setClientId}
              clearable
              clearButtonProps={{
                'aria-label': t('analysisEditors.clearFilter', {
                  name: t('analysisEditors.fields.client'),
                }),
              }}
              searchable
              w={280}
              data-testid="analyses-filter-client"
            />
          </Group>
          <Text size="sm" c="dimmed" data-testid="analyses-count">
            {filtered
              ? t('analysisEditors.countFiltered', { shown: shown.length, count: all.length })
              : t('analysisEditors.count', { count: all.length })}
          </Text>
          {shown.length === 0 ? (
            <EmptyState
              title={t('analysisEditors.noResults')}
              action={
                <Button
                  variant="light"
                  onClick={() => {
                    setKind(null);
                    setClientId(null);
                  }}
                >
                  {t('analysisEditors.clearFilters')}
                </Button>
              }
            />
          ) : (
            <Table highlightOnHover data-testid="analyses-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('analysisEditors.columns.kind')}</Table.Th>
                  <Table.Th>{t('analysisEditors.columns.title')}</Table.Th>
                  <Table.Th>{t('analysisEditors.columns.subject')}</Table.Th>
                  <Table.Th>{t('analysisEditors.columns.updated')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((analysis) => (
                  <Table.Tr
                    key={analysis.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(`/analyses/${analysis.id}`)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') void navigate(`/analyses/${analysis.id}`);
                    }}
                    data-testid="analysis-row"
                  >
                    <Table.Td>
                      <Text size="sm" c="blue.8" fw={500}>
                        {t(`analysisEditors.kinds.${analysis.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td fw={500}>{analysis.title}</Table.Td>
                    <Table.Td>{subjectText(analysis)}</Table.Td>
                    <Table.Td>
                      {formatDateInput(localIsoDate(new Date(analysis.updatedAt)), language)}
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('analysisEditors.delete')}
                        onClick={(event) => {
                          event.stopPropagation();
                          setDeleting(analysis);
                        }}
                        onKeyDown={(event) => event.stopPropagation()}
                        data-testid="analysis-delete"
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <NewAnalysisModal opened={creating} onClose={() => setCreating(false)} defaultKind={kind} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('analysisEditors.deleteTitle')}
        text={t('analysisEditors.deleteText', { name: deleting?.title ?? '' })}
        confirmLabel={t('analysisEditors.deleteConfirm')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void remove(target);
        }}
      />
    </Stack>
  );
}
