import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '#data';
import { useContractRevisions, useRevisionClauses } from '#data/contracts/hooks';
import { clauseDiff } from '#shared/contracts';
import type { ClauseDiff } from '#shared/contracts';
import type { Contract } from '#shared/domain/contracts';
import { notifyError } from '../../../components/notify-error';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { exportRedline, resolvedRevisionClauses } from '../export';
import { RedlineView } from './RedlineView';
import { defaultRedlinePair, formatInstant, revisionStage, shortHash } from './review-view';

const stageColor = { editing: 'gray', frozen: 'blue', signed: 'green' } as const;

type Loaded = { key: string; diff: ClauseDiff } | { key: string; failed: true };

/**
 * The contract's revisions (number, state, frozen at, hash, signed at) and the redline between
 * any two of them, in the app and as a Word file with tracked changes.
 */
export function RevisionsTab({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const revisions = useContractRevisions(contract.id);
  const live = (revisions ?? []).filter((revision) => !revision.deleted);
  const [picked, setPicked] = useState<{ from: string | null; to: string | null }>({
    from: null,
    to: null,
  });
  const fallback = defaultRedlinePair(live);
  const known = (id: string | null) => (id && live.some((row) => row.id === id) ? id : null);
  const from = known(picked.from) ?? fallback?.from ?? null;
  const to = known(picked.to) ?? fallback?.to ?? null;
  // Live clauses of both sides: an edit in the editor recomputes the redline.
  const fromClauses = useRevisionClauses(from ?? undefined);
  const toClauses = useRevisionClauses(to ?? undefined);
  const fromRow = live.find((row) => row.id === from);
  const toRow = live.find((row) => row.id === to);
  const key = [
    from,
    to,
    contract.language,
    fromRow?.updatedAt,
    toRow?.updatedAt,
    fromClauses?.map((clause) => `${clause.id}:${clause.updatedAt}`).join(','),
    toClauses?.map((clause) => `${clause.id}:${clause.updatedAt}`).join(','),
  ].join('|');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    if (!from || !to || from === to || !fromClauses || !toClauses) return;
    let current = true;
    Promise.all([
      resolvedRevisionClauses(repos, from, contract.language),
      resolvedRevisionClauses(repos, to, contract.language),
    ])
      .then(([older, newer]) => current && setLoaded({ key, diff: clauseDiff(older, newer) }))
      .catch(() => current && setLoaded({ key, failed: true }));
    return () => {
      current = false;
    };
    // `key` stands for from, to, the language and both sides' rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const runExport = async () => {
    if (!from || !to) return;
    setExporting(true);
    try {
      await exportRedline(repos, contract.id, from, to);
    } catch (error) {
      notifyError(error, t);
    } finally {
      setExporting(false);
    }
  };

  if (revisions === undefined) return <Loader size="sm" />;
  const options = [...live]
    .sort((a, b) => a.number - b.number)
    .map((row) => ({
      value: row.id,
      label: t('contractReview.revisions.option', { number: row.number }),
    }));
  const result = loaded?.key === key ? loaded : null;

  return (
    <Stack gap="md" data-testid="revisions-tab">
      <Title order={4}>{t('contractReview.revisions.title')}</Title>
      {live.length === 0 ? (
        <Text c="dimmed">{t('contractReview.revisions.empty')}</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing={6} data-testid="revision-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contractReview.revisions.columns.number')}</Table.Th>
              <Table.Th>{t('contractReview.revisions.columns.state')}</Table.Th>
              <Table.Th>{t('contractReview.revisions.columns.frozenAt')}</Table.Th>
              <Table.Th>{t('contractReview.revisions.columns.hash')}</Table.Th>
              <Table.Th>{t('contractReview.revisions.columns.signedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...live]
              .sort((a, b) => b.number - a.number)
              .map((row) => {
                const stage = revisionStage(row);
                return (
                  <Table.Tr key={row.id} data-testid={`revision-row-${row.number}`}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {row.number}
                        </Text>
                        {row.id === contract.currentRevisionId && (
                          <Badge size="xs" variant="outline">
                            {t('contractReview.revisions.current')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={stageColor[stage]}>
                        {t(`contractReview.revisions.state.${stage}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatInstant(row.frozenAt, language) || '–'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace" title={row.contentHash || undefined}>
                        {row.contentHash ? shortHash(row.contentHash) : '–'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatInstant(row.signedAt, language) || '–'}</Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
          </Table.Tbody>
        </Table>
      )}

      <Title order={5}>{t('contractReview.revisions.compare')}</Title>
      {live.length < 2 ? (
        <Text size="sm" c="dimmed" data-testid="redline-need-two">
          {t('contractReview.revisions.needTwo')}
        </Text>
      ) : (
        <>
          <Group align="flex-end" gap="sm">
            <Select
              label={t('contractReview.revisions.from')}
              data={options}
              value={from}
              onChange={(value) => setPicked((current) => ({ ...current, from: value }))}
              allowDeselect={false}
              w={180}
              data-testid="redline-from"
            />
            <Select
              label={t('contractReview.revisions.to')}
              data={options}
              value={to}
              onChange={(value) => setPicked((current) => ({ ...current, to: value }))}
              allowDeselect={false}
              w={180}
              data-testid="redline-to"
            />
            <Button
              variant="default"
              onClick={() => void runExport()}
              loading={exporting}
              disabled={!from || !to || from === to}
              data-testid="redline-export"
            >
              {t('contractReview.revisions.export')}
            </Button>
          </Group>
          {from === to ? (
            <Text size="sm" c="dimmed">
              {t('contractReview.revisions.same')}
            </Text>
          ) : result === null ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('contractReview.revisions.loading')}</Text>
            </Group>
          ) : 'failed' in result ? (
            <Alert color="red" variant="light">
              {t('contractReview.revisions.failed')}
            </Alert>
          ) : (
            <RedlineView diff={result.diff} language={contract.language} />
          )}
        </>
      )}
    </Stack>
  );
}
