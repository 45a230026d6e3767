import { Badge, Button, Group, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '#shared/domain';
import { formatDecimal, formatMoney, toDecimal } from '#shared/money';
import { EmptyState } from '../../components/EmptyState';
import { Internal } from '../../components/Internal';
import { useRoles } from '#data';
import { marginPct } from './catalog-list';
import { RoleFormModal } from './RoleFormModal';
import { useUiLanguage } from '../../components/useUiLanguage';

/** The rate card: roles with day rate, internal cost, margin, hourly rate and people available. */
export function RolesPanel() {
  const { t } = useTranslation();
  const locale = useUiLanguage();
  const roles = useRoles();
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  if (roles === undefined) return null;
  const newButton = <Button onClick={() => setEditing('new')}>{t('catalog.roles.new')}</Button>;
  const money = (value: string, currency: string) => formatMoney(value, currency, locale);

  return (
    <Stack gap="sm">
      {roles.length === 0 ? (
        <EmptyState
          title={t('catalog.roles.emptyTitle')}
          text={t('catalog.roles.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <Group justify="flex-end">{newButton}</Group>
          <Table highlightOnHover data-testid="roles-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalog.roles.columns.name')}</Table.Th>
                <Table.Th ta="right">{t('catalog.roles.columns.dayRate')}</Table.Th>
                <Internal>
                  <Table.Th ta="right">{t('catalog.roles.columns.costPerDay')}</Table.Th>
                  <Table.Th ta="right">{t('catalog.roles.columns.margin')}</Table.Th>
                </Internal>
                <Table.Th ta="right">{t('catalog.roles.columns.hourlyRate')}</Table.Th>
                <Table.Th ta="right">{t('catalog.roles.columns.capacity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roles.map((role) => {
                const margin = marginPct({
                  purchasePrice: role.costPerDay,
                  listPrice: role.dayRate,
                });
                return (
                  <Table.Tr
                    key={role.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer', opacity: role.active ? 1 : 0.6 }}
                    onClick={() => setEditing(role)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') setEditing(role);
                    }}
                    data-testid="role-row"
                  >
                    <Table.Td fw={500}>
                      {role.name}
                      {!role.active && (
                        <Badge size="xs" variant="outline" color="gray" ml={6}>
                          {t('catalog.items.inactive')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{money(role.dayRate, role.currency)}</Table.Td>
                    <Internal>
                      <Table.Td ta="right">{money(role.costPerDay, role.currency)}</Table.Td>
                      <Table.Td ta="right">
                        {margin === null ? '' : `${formatDecimal(margin, locale, 1)} %`}
                      </Table.Td>
                    </Internal>
                    <Table.Td ta="right">
                      {money(toDecimal(role.dayRate).div(8).toFixed(), role.currency)}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="role-capacity-cell">
                      {role.capacity ?? 1}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
      <RoleFormModal
        opened={editing !== null}
        role={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
