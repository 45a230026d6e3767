import { Button, Group, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { useSync, useSyncStatus } from '../../sync/SyncProvider';
import type { SyncConflict } from '../../sync/types';
import { tableLabels } from '../../app/module-registry';
import { useModules } from '../../app/slots';
import { conflictNoteKey, fieldLabel, formatConflictValue, stampTime } from './conflict-view';
import { formatDateTime } from './status-view';
import { useUiLanguage } from '../../components/useUiLanguage';
import { notifyError } from '../../components/notify-error';

/**
 * Unresolved sync conflicts: per field my overwritten value and the stored one, who wrote each
 * and when; "keep mine" writes mine again as a new edit, "keep current" dismisses.
 */
export function ConflictsPage() {
  const { t, i18n } = useTranslation();
  const sync = useSync();
  const tables = tableLabels(useModules());
  const { conflicts: count } = useSyncStatus();
  const [conflicts, setConflicts] = useState<SyncConflict[] | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  const reload = useCallback(() => sync.listConflicts().then(setConflicts), [sync]);
  // The status count changes when a pull finds new conflicts or another tab resolves one.
  useEffect(() => {
    void reload();
  }, [reload, count]);

  const language = useUiLanguage();
  const lookup = (key: string) => {
    const text = i18n.getResource(i18n.language, 'translation', key) as unknown;
    return typeof text === 'string' ? text : undefined;
  };
  const words = {
    empty: t('sync.conflicts.emptyValue'),
    yes: t('sync.conflicts.yes'),
    no: t('sync.conflicts.no'),
  };
  const byline = (who: string | undefined, hlc: string) => {
    const time = stampTime(hlc);
    return t('sync.conflicts.by', {
      who: who || t('sync.conflicts.unknownAuthor'),
      when: time ? formatDateTime(time, language) : hlc,
    });
  };

  const resolve = async (conflict: SyncConflict, keep: 'local' | 'remote', field: string) => {
    setBusy(conflict.id);
    try {
      await sync.resolveConflict(conflict.id, keep);
      notifications.show({
        message:
          keep === 'local'
            ? t('sync.conflicts.restored', { field })
            : t('sync.conflicts.dismissed'),
        color: 'green',
      });
      await reload();
    } catch (error) {
      notifyError(error, t, { title: t('sync.conflicts.failed') });
    } finally {
      setBusy(undefined);
    }
  };

  if (conflicts === undefined) return <Loader size="sm" />;

  return (
    <Stack gap="sm" data-testid="conflicts-page">
      <Title order={2}>{t('sync.conflicts.title')}</Title>
      {conflicts.length === 0 ? (
        <EmptyState title={t('sync.conflicts.emptyTitle')} text={t('sync.conflicts.emptyText')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" maw={760}>
            {t('sync.conflicts.intro')}
          </Text>
          <Table verticalSpacing="sm" data-testid="conflict-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.conflicts.record')}</Table.Th>
                <Table.Th>{t('sync.conflicts.field')}</Table.Th>
                <Table.Th>{t('sync.conflicts.mine')}</Table.Th>
                <Table.Th>{t('sync.conflicts.theirs')}</Table.Th>
                <Table.Th>{t('sync.conflicts.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conflicts.map((conflict) => {
                const labels = tables[conflict.table];
                const field = fieldLabel({
                  table: conflict.table,
                  field: conflict.field,
                  lookup,
                  prefixes: labels?.fields ?? [],
                });
                const tableName =
                  lookup(labels?.label ?? `sync.tables.${conflict.table}`) ?? conflict.table;
                const note = conflictNoteKey(conflict);
                return (
                  <Table.Tr
                    key={conflict.id}
                    data-testid="conflict-row"
                    data-table={conflict.table}
                    data-field={conflict.field}
                  >
                    <Table.Td>
                      <Text fw={500}>{conflict.label ?? conflict.rowId}</Text>
                      <Text size="xs" c="dimmed">
                        {tableName}
                      </Text>
                      {note && (
                        <Text size="xs" c="orange.8" data-testid="conflict-note">
                          {t(note)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{field}</Table.Td>
                    <Table.Td data-testid="local-value">
                      <Text style={{ wordBreak: 'break-word' }}>
                        {formatConflictValue(conflict.localValue, words)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {byline(conflict.localBy, conflict.localHlc)}
                      </Text>
                    </Table.Td>
                    <Table.Td data-testid="remote-value">
                      <Text style={{ wordBreak: 'break-word' }}>
                        {formatConflictValue(conflict.remoteValue, words)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {byline(conflict.remoteBy, conflict.remoteHlc)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Tooltip label={t('sync.conflicts.keepMineHint')} multiline w={240}>
                          <Button
                            size="xs"
                            loading={busy === conflict.id}
                            disabled={busy !== undefined && busy !== conflict.id}
                            onClick={() => void resolve(conflict, 'local', field)}
                            data-testid="keep-local"
                          >
                            {t('sync.conflicts.keepMine')}
                          </Button>
                        </Tooltip>
                        <Tooltip label={t('sync.conflicts.keepTheirsHint')} multiline w={240}>
                          <Button
                            size="xs"
                            variant="default"
                            disabled={busy !== undefined}
                            onClick={() => void resolve(conflict, 'remote', field)}
                            data-testid="keep-remote"
                          >
                            {t('sync.conflicts.keepTheirs')}
                          </Button>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
