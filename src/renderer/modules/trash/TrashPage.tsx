import { Badge, Button, Group, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { newId } from '#shared/ids';
import { EmptyState } from '../../components/EmptyState';
import { TrashBlockedError, trashAreas, useRepos, useTrash } from '#data';
import type { TrashArea, TrashEntry } from '#data';
import { useUndoStore } from '../../stores/undo.store';
import { blockedMessage, entryKey, trashPath } from './trash-view';
import { notifyError } from '../../components/notify-error';

const isArea = (value: string | undefined): value is TrashArea =>
  trashAreas.some((area) => area === value);

/** The Papierkorb: per area the deleted records, newest first, each one restorable. */
export function TrashPage() {
  const { area } = useParams();
  if (!isArea(area)) return <Navigate to={trashPath('clients')} replace />;
  return <TrashAreaView area={area} />;
}

function TrashAreaView({ area }: { area: TrashArea }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const trash = useTrash(area);

  return (
    <Stack gap="sm" data-testid="trash-page">
      <Title order={2}>{t('trash.title')}</Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('trash.intro')}
      </Text>
      <Tabs
        value={area}
        onChange={(value) => value && void navigate(trashPath(value as TrashArea))}
      >
        <Tabs.List>
          {trashAreas.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`trash-tab-${value}`}>
              {t(`trash.areas.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {trash === undefined ? (
        <Loader size="sm" />
      ) : trash.entries.length === 0 ? (
        <EmptyState title={t('trash.empty.title')} text={t(`trash.empty.${area}`)} />
      ) : (
        <>
          {trash.total > trash.entries.length && (
            <Text size="sm" c="dimmed">
              {t('trash.showing', { shown: trash.entries.length, total: trash.total })}
            </Text>
          )}
          <TrashTable entries={trash.entries} />
        </>
      )}
    </Stack>
  );
}

function TrashTable({ entries }: { entries: TrashEntry[] }) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const push = useUndoStore((state) => state.push);
  const take = useUndoStore((state) => state.take);
  const [busy, setBusy] = useState<string | undefined>();
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
  };
  const name = (entry: TrashEntry) => entry.label || t('trash.unnamed');
  const explain = (entry: TrashEntry) => {
    if (!entry.blocked) return undefined;
    const { key, values } = blockedMessage(entry.blocked);
    const status = values.status && t(`offers.status.${values.status}`);
    return t(key, { ...values, name: values.name || t('trash.unnamed'), status });
  };

  const showError = (entry: TrashEntry, error: unknown) =>
    notifyError(error, t, {
      title: t('trash.restoreFailed'),
      explain: (e) =>
        e instanceof TrashBlockedError ? explain({ ...entry, blocked: e.block }) : undefined,
    });

  const restore = async (entry: TrashEntry) => {
    setBusy(entryKey(entry));
    try {
      await repos.trash.restore(entry.kind, entry.id);
    } catch (error) {
      showError(entry, error);
      return;
    } finally {
      setBusy(undefined);
    }
    const label = name(entry);
    const id = newId();
    // Undo deletes it again: back into the trash.
    push({
      id,
      label,
      undo: () => repos.trash.remove(entry.kind, entry.id),
      undoneNotice: t('common.deletedNotice', { name: label }),
    });
    notifications.show({
      id,
      autoClose: 8000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('trash.restored', { name: label })}</Text>
          <Button
            size="xs"
            variant="light"
            style={{ flexShrink: 0 }}
            data-testid="undo-button"
            onClick={() => {
              const undo = take(id);
              notifications.hide(id);
              undo?.undo().catch((error: unknown) => showError(entry, error));
            }}
          >
            {t('common.undo')}
          </Button>
        </Group>
      ),
    });
  };

  return (
    <Table verticalSpacing="sm" data-testid="trash-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('trash.columns.what')}</Table.Th>
          <Table.Th>{t('trash.columns.deleted')}</Table.Th>
          <Table.Th w={180}>{t('trash.columns.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const reason = explain(entry);
          return (
            <Table.Tr key={entryKey(entry)} data-testid="trash-row" data-kind={entry.kind}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
                    {t(`trash.kinds.${entry.kind}`)}
                  </Badge>
                  <Text fw={500} style={{ wordBreak: 'break-word' }}>
                    {name(entry)}
                  </Text>
                </Group>
                {entry.parentLabel && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('trash.belongsTo', { name: entry.parentLabel })}
                  </Text>
                )}
                {reason && (
                  <Text size="sm" c="orange.8" mt={4} data-testid="trash-blocked">
                    {reason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {when(entry.deletedAt)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('trash.deletedBy', { who: entry.deletedBy || t('trash.unknownAuthor') })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  disabled={
                    entry.blocked !== undefined || (busy !== undefined && busy !== entryKey(entry))
                  }
                  loading={busy === entryKey(entry)}
                  onClick={() => void restore(entry)}
                  aria-label={`${t('trash.restore')}: ${name(entry)}`}
                >
                  {t('trash.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
