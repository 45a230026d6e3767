import { Button, Group, Menu, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leadRatings, leadStatuses, type Lead } from '#shared/domain/presentations';
import { useCatalogItems, useRepos } from '#data';
import { useDecks, useLeads } from '#data/presentations/hooks';
import { EmptyState } from '../../../components/EmptyState';
import { notifyError } from '../../../components/notify-error';
import { exportLeads } from '../export';
import { LeadCaptureDialog } from './LeadCaptureDialog';
import { LeadEvidenceModal } from './LeadEvidenceModal';
import { LeadRow } from './LeadRow';
import {
  defaultLeadFilters,
  filterLeads,
  storeFilter,
  type LeadFilters,
  type RatingFilter,
  type StatusFilter,
} from './leads-view';

/**
 * The leads captured at the fair (route `presentations/leads`): filters by deck, status and
 * rating, duplicate hints, conversion into a client in two clicks, a draft offer from the
 * interests, discard with undo, CSV and Excel export, and each lead's consent evidence.
 */
export function LeadsPage() {
  const { t } = useTranslation();
  const repos = useRepos();
  const [filters, setFilters] = useState<LeadFilters>(defaultLeadFilters);
  const leads = useLeads(storeFilter(filters));
  const decks = useDecks();
  const items = useCatalogItems();
  const [capturing, setCapturing] = useState<string | null>(null);
  const [evidence, setEvidence] = useState<Lead | null>(null);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);

  const deckTitles = useMemo(
    () => new Map((decks ?? []).map((deck) => [deck.id, deck.title])),
    [decks],
  );
  const itemNames = useMemo(
    () => new Map((items ?? []).map((item) => [item.id, item.name])),
    [items],
  );
  if (leads === undefined || decks === undefined) return null;
  const shown = filterLeads(leads, filters);
  // The deck column only when the list mixes decks: the row needs its width for the actions.
  const showDeck = new Set(shown.map((lead) => lead.deckId)).size > 1;
  const filtered = filters.deckId !== '' || filters.status !== 'active' || filters.rating !== 'all';

  const runExport = async (kind: 'csv' | 'xlsx') => {
    setExporting(kind);
    try {
      await exportLeads(repos, kind, storeFilter(filters));
    } catch (error) {
      notifyError(error, t);
    } finally {
      setExporting(null);
    }
  };

  const captureButton =
    filters.deckId !== '' ? (
      <Button onClick={() => setCapturing(filters.deckId)} data-testid="leads-capture">
        {t('leads.capture.button')}
      </Button>
    ) : (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button disabled={decks.length === 0} data-testid="leads-capture">
            {t('leads.capture.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('leads.capture.chooseDeck')}</Menu.Label>
          {decks.map((deck) => (
            <Menu.Item
              key={deck.id}
              onClick={() => setCapturing(deck.id)}
              data-testid={`leads-capture-deck-${deck.id}`}
            >
              {deck.title}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    );

  return (
    <Stack gap="md" data-testid="leads-page">
      <Group justify="space-between">
        <Title order={2}>{t('leads.title')}</Title>
        <Group gap="sm">
          <Button.Group>
            <Button
              variant="default"
              loading={exporting === 'csv'}
              disabled={shown.length === 0}
              onClick={() => void runExport('csv')}
              data-testid="leads-export-csv"
            >
              {t('leads.list.exportCsv')}
            </Button>
            <Button
              variant="default"
              loading={exporting === 'xlsx'}
              disabled={shown.length === 0}
              onClick={() => void runExport('xlsx')}
              data-testid="leads-export-xlsx"
            >
              {t('leads.list.exportXlsx')}
            </Button>
          </Button.Group>
          {/* The empty state carries the button itself. */}
          {!(shown.length === 0 && !filtered) && captureButton}
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('leads.list.filters.deck')}
          data={[
            { value: '', label: t('leads.list.filters.allDecks') },
            ...decks.map((deck) => ({ value: deck.id, label: deck.title })),
          ]}
          value={filters.deckId}
          onChange={(value) => setFilters({ ...filters, deckId: value ?? '' })}
          allowDeselect={false}
          w={260}
          data-testid="leads-filter-deck"
        />
        <Select
          label={t('leads.list.filters.status')}
          data={[
            { value: 'active', label: t('leads.list.filters.active') },
            ...leadStatuses.map((status) => ({
              value: status,
              label: t(`leads.statuses.${status}`),
            })),
          ]}
          value={filters.status}
          onChange={(value) =>
            setFilters({ ...filters, status: (value ?? 'active') as StatusFilter })
          }
          allowDeselect={false}
          w={220}
          data-testid="leads-filter-status"
        />
        <Select
          label={t('leads.list.filters.rating')}
          data={[
            { value: 'all', label: t('leads.list.filters.allRatings') },
            ...leadRatings.map((rating) => ({
              value: rating,
              label: t(`leads.ratings.${rating}`),
            })),
          ]}
          value={filters.rating}
          onChange={(value) => setFilters({ ...filters, rating: (value ?? 'all') as RatingFilter })}
          allowDeselect={false}
          w={200}
          data-testid="leads-filter-rating"
        />
      </Group>
      {shown.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('leads.list.emptyFilteredTitle')}
            text={t('leads.list.emptyFilteredText')}
            action={
              <Button variant="default" onClick={() => setFilters(defaultLeadFilters)}>
                {t('leads.list.resetFilters')}
              </Button>
            }
          />
        ) : (
          <EmptyState
            title={t('leads.list.emptyTitle')}
            text={t('leads.list.emptyText')}
            action={decks.length > 0 ? captureButton : undefined}
          />
        )
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="leads-count">
            {t('leads.list.count', { count: shown.length })}
          </Text>
          <Table.ScrollContainer minWidth={880}>
            <Table verticalSpacing="xs" data-testid="leads-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('leads.list.columns.captured')}</Table.Th>
                  <Table.Th>{t('leads.list.columns.name')}</Table.Th>
                  {showDeck && <Table.Th>{t('leads.list.columns.deck')}</Table.Th>}
                  <Table.Th>{t('leads.list.columns.interests')}</Table.Th>
                  <Table.Th>{t('leads.list.columns.rating')}</Table.Th>
                  <Table.Th>{t('leads.list.columns.followUp')}</Table.Th>
                  <Table.Th>{t('leads.list.columns.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((lead) => (
                  <LeadRow
                    key={lead.id}
                    lead={lead}
                    deckTitle={showDeck ? (deckTitles.get(lead.deckId) ?? lead.fairName) : null}
                    itemNames={itemNames}
                    onEvidence={() => setEvidence(lead)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {capturing !== null && (
        <LeadCaptureDialog deckId={capturing} opened onClose={() => setCapturing(null)} />
      )}
      <LeadEvidenceModal
        lead={evidence}
        deckTitle={evidence ? (deckTitles.get(evidence.deckId) ?? evidence.fairName) : ''}
        onClose={() => setEvidence(null)}
      />
    </Stack>
  );
}
