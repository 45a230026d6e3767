import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCompetitors } from '#data/analyses/hooks';
import { EmptyState } from '../../components/EmptyState';
import { formatDateInput } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';
import { CompetitionTabs } from './CompetitionTabs';
import { CompetitorProfileForm } from './CompetitorProfileForm';
import { filterCompetitors } from './competitor-list';
import { StaleBadge } from './StaleBadge';

/** The competitors: search, stale marks, a new competitor; a row opens its page. */
export function CompetitorsPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const competitors = useCompetitors();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const shown = useMemo(() => filterCompetitors(competitors ?? [], query), [competitors, query]);

  const newButton = (
    <Button onClick={() => setCreating(true)} data-testid="competitor-new">
      {t('analyses.competitors.new')}
    </Button>
  );
  const open = (id: string) => void navigate(`/competitors/${id}`);

  return (
    <Stack gap="sm">
      <CompetitionTabs actions={competitors && competitors.length > 0 ? newButton : undefined} />
      {competitors === undefined ? null : competitors.length === 0 ? (
        <EmptyState
          title={t('analyses.competitors.emptyTitle')}
          text={t('analyses.competitors.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <TextInput
            aria-label={t('analyses.competitors.search')}
            placeholder={t('analyses.competitors.search')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setQuery('');
              if (event.key === 'Enter' && shown[0]) open(shown[0].id);
            }}
            data-testid="competitor-search"
          />
          <Text size="sm" c="dimmed" data-testid="competitor-count">
            {query.trim()
              ? t('analyses.competitors.countFiltered', {
                  shown: shown.length,
                  count: competitors.length,
                })
              : t('analyses.competitors.count', { count: competitors.length })}
          </Text>
          {shown.length === 0 ? (
            <EmptyState
              title={t('analyses.competitors.noResults')}
              action={
                <Button variant="light" onClick={() => setQuery('')}>
                  {t('analyses.competitors.clearSearch')}
                </Button>
              }
            />
          ) : (
            <Table highlightOnHover data-testid="competitors-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('analyses.competitors.columns.name')}</Table.Th>
                  <Table.Th>{t('analyses.competitors.columns.segment')}</Table.Th>
                  <Table.Th>{t('analyses.competitors.columns.size')}</Table.Th>
                  <Table.Th>{t('analyses.competitors.columns.priceLevel')}</Table.Th>
                  <Table.Th>{t('analyses.competitors.columns.lastVerified')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((competitor) => (
                  <Table.Tr
                    key={competitor.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    onClick={() => open(competitor.id)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') open(competitor.id);
                    }}
                    data-testid="competitor-row"
                  >
                    <Table.Td fw={500}>{competitor.name}</Table.Td>
                    <Table.Td>{competitor.segment}</Table.Td>
                    <Table.Td>{competitor.size && t(`analyses.sizes.${competitor.size}`)}</Table.Td>
                    <Table.Td>
                      {competitor.priceLevel && (
                        <Badge variant="light" color="gray" size="sm">
                          {t(`analyses.priceLevels.${competitor.priceLevel}`)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {competitor.lastVerified &&
                          formatDateInput(competitor.lastVerified, language)}
                        <StaleBadge lastVerified={competitor.lastVerified} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('analyses.competitors.newTitle')}
        size="xl"
      >
        <CompetitorProfileForm
          competitor={null}
          onCancel={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            notifications.show({
              message: t('analyses.competitors.created', { name: saved.name }),
            });
            open(saved.id);
          }}
        />
      </Modal>
    </Stack>
  );
}
