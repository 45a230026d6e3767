import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bundle } from '#shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useRepos, useBundles, useCatalogItems } from '#data';
import { bundleTotal } from './catalog-list';
import { BundleFormModal } from './BundleFormModal';
import { BundleTotalText } from './BundleTotalText';

/** Bundles with their list-price totals; a row opens the editor. */
export function BundlesPanel() {
  const { t } = useTranslation();
  const repos = useRepos();
  const bundles = useBundles();
  const items = useCatalogItems();
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Bundle | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Bundle | null>(null);
  const itemsById = useMemo(() => new Map((items ?? []).map((item) => [item.id, item])), [items]);

  if (bundles === undefined || items === undefined) return null;
  const newButton = (
    <Button onClick={() => setEditing('new')} disabled={items.length === 0}>
      {t('catalog.bundles.new')}
    </Button>
  );

  return (
    <Stack gap="sm">
      {bundles.length === 0 ? (
        <EmptyState
          title={t('catalog.bundles.emptyTitle')}
          text={items.length === 0 ? t('catalog.bundles.noItems') : t('catalog.bundles.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <Group justify="flex-end">{newButton}</Group>
          <Table highlightOnHover data-testid="bundles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalog.bundles.columns.name')}</Table.Th>
                <Table.Th>{t('catalog.bundles.columns.items')}</Table.Th>
                <Table.Th ta="right">{t('catalog.bundles.columns.total')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bundles.map((bundle) => (
                <Table.Tr
                  key={bundle.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer', opacity: bundle.active ? 1 : 0.6 }}
                  onClick={() => setEditing(bundle)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') setEditing(bundle);
                  }}
                  data-testid="bundle-row"
                >
                  <Table.Td>
                    <Text fw={500}>{bundle.name}</Text>
                    {bundle.description && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {bundle.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {t('catalog.bundles.itemCount', { count: bundle.items.length })}
                    {bundle.pricedAsPackage === true && (
                      <Badge size="xs" variant="light" ml={6} data-testid="bundle-package">
                        {t('catalog.bundles.package')}
                      </Badge>
                    )}
                    {!bundle.active && (
                      <Badge size="xs" variant="outline" color="gray" ml={6}>
                        {t('catalog.items.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <BundleTotalText total={bundleTotal(bundle, itemsById)} label={false} />
                  </Table.Td>
                  <Table.Td ta="right" w={100}>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={(event) => {
                        event.stopPropagation();
                        setDeleting(bundle);
                      }}
                    >
                      {t('common.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <BundleFormModal
        opened={editing !== null}
        bundle={editing === 'new' || editing === null ? undefined : editing}
        items={items}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('catalog.bundles.deleteTitle')}
        text={t('catalog.bundles.deleteText', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const bundle = deleting;
          setDeleting(null);
          if (!bundle) return;
          void deleteWithUndo({
            label: bundle.name,
            remove: () => repos.bundles.remove(bundle.id),
            restore: () => repos.bundles.restore(bundle.id),
          });
        }}
      />
    </Stack>
  );
}
