import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogKinds } from '#shared/domain';
import type { CatalogItem, CatalogKind } from '#shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useCatalogItems } from '#data';
import { filterItems } from './catalog-list';
import { ItemFormModal } from './ItemFormModal';
import { ItemTable } from './ItemTable';

/** The item list: search, kind filter, inactive toggle, virtualized table, item form. */
export function ItemsPanel({ onImport }: { onImport: () => void }) {
  const { t } = useTranslation();
  const items = useCatalogItems();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<CatalogKind | null>(null);
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<CatalogItem | 'new' | null>(null);
  const rows = useMemo(
    () => filterItems(items ?? [], { query, kind, showInactive }),
    [items, query, kind, showInactive],
  );

  if (items === undefined) return null;
  const total = items.length;
  const newButton = <Button onClick={() => setEditing('new')}>{t('catalog.items.new')}</Button>;

  return (
    <Stack gap="sm" h="100%">
      {total === 0 ? (
        <EmptyState
          title={t('catalog.items.emptyTitle')}
          text={t('catalog.items.emptyText')}
          action={
            <Group>
              {newButton}
              <Button variant="light" onClick={onImport}>
                {t('catalog.tabs.import')}
              </Button>
            </Group>
          }
        />
      ) : (
        <>
          <Group gap="sm">
            <TextInput
              type="search"
              aria-label={t('catalog.items.search')}
              placeholder={t('catalog.items.search')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setQuery('');
              }}
              style={{ flex: 1 }}
              data-testid="item-search"
            />
            <Select
              aria-label={t('catalog.items.allKinds')}
              placeholder={t('catalog.items.allKinds')}
              data={catalogKinds.map((value) => ({ value, label: t(`catalog.kinds.${value}`) }))}
              value={kind}
              onChange={(value) => setKind(value as CatalogKind | null)}
              clearable
              w={200}
            />
            <Switch
              label={t('catalog.items.showInactive')}
              checked={showInactive}
              onChange={(event) => setShowInactive(event.currentTarget.checked)}
            />
            {newButton}
          </Group>
          <Text size="sm" c="dimmed" data-testid="item-count">
            {rows.length === total
              ? t('catalog.items.count', { count: total })
              : t('catalog.items.countFiltered', { shown: rows.length, count: total })}
          </Text>
          {rows.length === 0 ? (
            <EmptyState
              title={t('catalog.items.noResults')}
              action={
                <Button
                  variant="light"
                  onClick={() => {
                    setQuery('');
                    setKind(null);
                    setShowInactive(true);
                  }}
                >
                  {t('catalog.items.clearFilters')}
                </Button>
              }
            />
          ) : (
            <ItemTable rows={rows} onOpen={setEditing} />
          )}
        </>
      )}
      <ItemFormModal
        opened={editing !== null}
        item={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
