import { Alert, Badge, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { platform } from '../../platform';
import { useSync } from '../../sync/SyncProvider';
import type { SyncAccount, SyncStatus } from '../../sync/types';
import { formatDateTime, sessionOnlyKey } from './status-view';
import { useStatusView } from './useStatusView';

/** The connected state: where and as whom this device syncs, its status, sync now and log out. */
export function SyncConnected({ status, account }: { status: SyncStatus; account: SyncAccount }) {
  const sync = useSync();
  const [confirming, setConfirming] = useState(false);
  const { view, language, relative, text } = useStatusView(status);

  const logOut = async () => {
    setConfirming(false);
    const { serverSessionEnded } = await sync.logout();
    notifications.show(
      serverSessionEnded
        ? { message: text('settings.loggedOut') }
        : { message: text('settings.loggedOutLocally'), color: 'yellow', autoClose: false },
    );
  };

  const rows: [string, string][] = [
    [text('settings.server'), account.serverUrl],
    [text('settings.user'), account.email],
    [text('settings.workspace'), account.workspaceName],
    [
      text('settings.lastSync'),
      status.lastSyncedAt
        ? `${formatDateTime(status.lastSyncedAt, language)} (${relative(status.lastSyncedAt)})`
        : text('settings.never'),
    ],
  ];

  return (
    <Stack gap="sm" data-testid="sync-connected">
      <Group gap="xs">
        <Badge color={view.tone} variant="light" style={{ textTransform: 'none' }}>
          {text(view.label.key, view.label.params)}
          {view.counts ? ` ${view.counts}` : ''}
        </Badge>
      </Group>
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {view.progressPct !== undefined && <Progress value={view.progressPct} size="sm" />}
      {status.phase === 'error' ? (
        <Alert color="red" title={text(view.label.key)} data-testid="sync-error">
          {view.details.map((line) => (
            <Text key={line.key} size="sm">
              {text(line.key, line.params)}
            </Text>
          ))}
        </Alert>
      ) : (
        // Up to date: the table already says when; other phases explain themselves here.
        status.phase !== 'idle' &&
        view.details.map((line) => (
          <Text key={line.key} size="sm" c="dimmed">
            {text(line.key, line.params)}
          </Text>
        ))
      )}
      {status.tokenPersistence === 'session' && (
        <Text size="xs" c="dimmed">
          {text(sessionOnlyKey(platform.kind))}
        </Text>
      )}
      <Group justify="space-between">
        <Button
          variant="default"
          color="red"
          onClick={() => setConfirming(true)}
          data-testid="sync-logout"
        >
          {text('settings.logOut')}
        </Button>
        <Button
          onClick={() => void sync.syncNow()}
          loading={status.phase === 'syncing'}
          data-testid="sync-now"
        >
          {text('status.syncNow')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={text('settings.logOutTitle')}
        text={
          status.pending > 0
            ? text('settings.logOutText', { count: status.pending })
            : text('settings.logOutTextNone')
        }
        confirmLabel={text('settings.logOut')}
        onConfirm={() => void logOut()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
