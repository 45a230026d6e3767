import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClients } from '#data';
import { EmptyState } from '../../components/EmptyState';
import { useUiStore } from '../../stores/ui.store';
import { facetsOf, selectClients, type ClientSort } from './client-list';
import { ClientTable } from './ClientTable';
import { DueFollowUps } from './DueFollowUps';
import { useClientSearch } from './useClientSearch';
import { TrashLink } from '../../components/TrashLink';
import { Keys } from '../../components/Keys';

/** The client list: search-as-you-type, filters, sortable virtualized table. */
export function ClientListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clients = useClients();
  const openClientForm = useUiStore((state) => state.openClientForm);
  const searchFocusRequest = useUiStore((state) => state.searchFocusRequest);
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [industry, setIndustry] = useState<string | null>(null);
  const [sort, setSort] = useState<ClientSort>({ key: 'name', direction: 'asc' });
  const { matches, ready } = useClientSearch(query, clients);

  useEffect(() => {
    if (searchFocusRequest > 0) searchRef.current?.focus();
  }, [searchFocusRequest]);

  const facets = useMemo(() => facetsOf(clients ?? []), [clients]);
  const rows = useMemo(
    () => selectClients({ clients: clients ?? [], filter: { matches, tag, industry }, sort }),
    [clients, matches, tag, industry, sort],
  );

  if (clients === undefined) return null;
  const total = clients.length;
  const filtered = matches !== null || tag !== null || industry !== null;

  return (
    <Stack h="calc(100vh - 52px - 2 * var(--mantine-spacing-md))" gap="sm">
      <Group justify="space-between">
        <Group gap="xs" align="center">
          <Title order={2}>{t('clients.title')}</Title>
          <TrashLink area="clients" />
        </Group>
        <Button onClick={openClientForm} rightSection={<Keys size="xs" keys="Ctrl+N" />}>
          {t('clients.new')}
        </Button>
      </Group>
      <DueFollowUps />
      {total === 0 ? (
        <EmptyState
          title={t('clients.emptyTitle')}
          text={t('clients.emptyText')}
          action={<Button onClick={openClientForm}>{t('clients.new')}</Button>}
        />
      ) : (
        <>
          <Group gap="sm">
            <TextInput
              ref={searchRef}
              type="search"
              aria-label={t('shortcuts.search')}
              placeholder={t('clients.searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setQuery('');
                if (event.key === 'ArrowDown') {
                  event.preventDefault();
                  document.querySelector<HTMLElement>('[data-row-index="0"]')?.focus();
                }
              }}
              rightSection={<Keys size="xs" keys="Ctrl+K" />}
              rightSectionWidth={64}
              style={{ flex: 1 }}
              data-testid="client-search"
              data-search-ready={ready}
            />
            <Select
              aria-label={t('clients.allTags')}
              placeholder={t('clients.allTags')}
              data={facets.tags}
              value={tag}
              onChange={setTag}
              clearable
              searchable
              w={180}
            />
            <Select
              aria-label={t('clients.allIndustries')}
              placeholder={t('clients.allIndustries')}
              data={facets.industries}
              value={industry}
              onChange={setIndustry}
              clearable
              searchable
              w={200}
            />
          </Group>
          <Text size="sm" c="dimmed" data-testid="client-count">
            {filtered
              ? t('clients.countFiltered', { shown: rows.length, count: total })
              : t('clients.count', { count: total })}
          </Text>
          {rows.length === 0 ? (
            <EmptyState
              title={
                query ? t('clients.noResults', { query }) : t('clients.noResults', { query: '' })
              }
              action={
                <Button
                  variant="light"
                  onClick={() => {
                    setQuery('');
                    setTag(null);
                    setIndustry(null);
                  }}
                >
                  {t('clients.clearFilters')}
                </Button>
              }
            />
          ) : (
            <ClientTable
              rows={rows}
              sort={sort}
              onSort={setSort}
              onOpen={(id) => void navigate(`/clients/${id}`)}
            />
          )}
        </>
      )}
    </Stack>
  );
}
