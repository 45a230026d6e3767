import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BundlesPanel } from './BundlesPanel';
import { ImportWizard } from './ImportWizard';
import { ItemsPanel } from './ItemsPanel';
import { RolesPanel } from './RolesPanel';
import { TrashLink } from '../../components/TrashLink';

type CatalogTab = 'items' | 'bundles' | 'roles' | 'import';

/** The catalog: items, bundles, the rate card and the CSV/XLSX import. */
export function CatalogPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<CatalogTab>('items');

  return (
    <Stack h="calc(100vh - 52px - 2 * var(--mantine-spacing-md))" gap="sm">
      <Group gap="xs" align="center">
        <Title order={2}>{t('catalog.title')}</Title>
        <TrashLink area="catalog" />
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setTab((value ?? 'items') as CatalogTab)}
        keepMounted={false}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          {(['items', 'bundles', 'roles', 'import'] as const).map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`catalog.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="items" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <ItemsPanel onImport={() => setTab('import')} />
        </Tabs.Panel>
        <Tabs.Panel value="bundles" pt="sm">
          <BundlesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="roles" pt="sm">
          <RolesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="sm">
          <ImportWizard onShowItems={() => setTab('items')} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
