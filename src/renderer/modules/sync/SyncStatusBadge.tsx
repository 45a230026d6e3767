import { Badge, Button, Group, Loader, Popover, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { platform } from '../../platform';
import { useSync, useSyncStatus } from '../../sync/SyncProvider';
import { sessionOnlyKey } from './status-view';
import type { SyncAction } from './status-view';
import { useStatusView } from './useStatusView';
import { Keys } from '../../components/Keys';

/** Where the sync part of the settings opens. */
export const SYNC_SETTINGS_PATH = '/settings?tab=sync';
export const CONFLICTS_PATH = '/sync/conflicts';

/**
 * The always-visible sync status in the header: phase (with counts and progress while syncing),
 * a popover with reason, what to do and the one fitting action, pending changes and conflicts.
 */
export function SyncStatusBadge() {
  const sync = useSync();
  const status = useSyncStatus();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { view, text } = useStatusView(status);

  const act = (action: SyncAction) => {
    setOpened(false);
    if (action === 'sync-now') void sync.syncNow();
    else void navigate(SYNC_SETTINGS_PATH);
  };
  const actionLabel: Record<SyncAction, string> = {
    'sync-now': text('status.syncNow'),
    'set-up': text('status.setUp'),
    'log-in': text('status.logInAgain'),
  };

  return (
    <Group
      gap="xs"
      wrap="nowrap"
      data-testid="sync-status"
      data-phase={status.phase}
      data-pending={status.pending}
      data-conflicts={status.conflicts}
    >
      <Popover opened={opened} onChange={setOpened} width={340} position="bottom-end" withArrow>
        <Popover.Target>
          <Badge
            component="button"
            type="button"
            color={view.tone}
            variant="light"
            size="lg"
            style={{ cursor: 'pointer', textTransform: 'none' }}
            onClick={() => setOpened((open) => !open)}
            leftSection={status.phase === 'syncing' ? <Loader size={10} color="blue" /> : null}
            aria-label={text(view.label.key, view.label.params)}
            data-testid="sync-status-button"
          >
            {text(view.label.key, view.label.params)}
            {view.counts ? ` ${view.counts}` : ''}
          </Badge>
        </Popover.Target>
        <Popover.Dropdown data-testid="sync-status-details">
          <Stack gap="xs">
            {status.account && (
              <Text size="xs" c="dimmed">
                {status.account.workspaceName} · {status.account.serverUrl}
              </Text>
            )}
            {view.details.map((line) => (
              <Text key={line.key} size="sm">
                {text(line.key, line.params)}
              </Text>
            ))}
            {view.progressPct !== undefined && (
              <Progress value={view.progressPct} size="sm" aria-label={`${view.progressPct} %`} />
            )}
            {status.tokenPersistence === 'session' && (
              <Text size="xs" c="dimmed">
                {text(sessionOnlyKey(platform.kind))}
              </Text>
            )}
            <Group justify="space-between">
              <Button
                size="xs"
                onClick={() => act(view.action)}
                disabled={view.action === 'sync-now' && status.phase === 'syncing'}
                data-testid="sync-action"
              >
                {actionLabel[view.action]}
              </Button>
              {view.action === 'sync-now' && <Keys size="xs" keys="Ctrl+Shift+S" />}
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {view.progressPct !== undefined && (
        <Progress value={view.progressPct} w={80} size="sm" data-testid="sync-progress" />
      )}
      {view.pending !== undefined && (
        <Badge
          variant="light"
          color="gray"
          data-testid="pending-count"
          style={{ textTransform: 'none' }}
        >
          {text('status.pending', { count: view.pending })}
        </Badge>
      )}
      {status.conflicts > 0 && (
        <Badge
          component="a"
          href={`#${CONFLICTS_PATH}`}
          variant="filled"
          color="orange"
          style={{ cursor: 'pointer', textTransform: 'none' }}
          data-testid="conflicts-count"
        >
          {text('status.conflicts', { count: status.conflicts })}
        </Badge>
      )}
    </Group>
  );
}
