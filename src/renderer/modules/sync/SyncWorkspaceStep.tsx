import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginReply } from '#shared/sync/protocol';
import { useSync } from '../../sync/SyncProvider';
import { loginErrorText } from './login-form';

type Props = {
  reply: LoginReply;
  serverUrl: string;
  /** Back to the login form (the fresh login is forgotten). */
  onBack: () => void;
};

/** Picks one of the account's workspaces and binds this device to it. */
export function SyncWorkspaceStep({ reply, serverUrl, onBack }: Props) {
  const { t } = useTranslation();
  const sync = useSync();
  const [workspaceId, setWorkspaceId] = useState<string | null>(
    reply.workspaces.length === 1 ? (reply.workspaces[0]?.id ?? null) : null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  if (reply.workspaces.length === 0) {
    return (
      <Stack gap="sm">
        <Alert color="orange" data-testid="sync-login-error" role="alert">
          {t('sync.login.noWorkspaces')}
        </Alert>
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('sync.settings.back')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const connect = async () => {
    if (!workspaceId) return;
    setBusy(true);
    setError(undefined);
    try {
      await sync.selectWorkspace(workspaceId);
    } catch (failure) {
      const text = loginErrorText(failure, serverUrl);
      setError(t(`sync.${text.key}`, text.params ?? {}));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="sync-workspace-step">
      <Text size="sm">
        {reply.user.email} · {serverUrl}
      </Text>
      <Select
        label={t('sync.settings.workspace')}
        placeholder={t('sync.settings.workspacePlaceholder')}
        data={reply.workspaces.map((workspace) => ({
          value: workspace.id,
          label: `${workspace.name} (${t(`sync.settings.roles.${workspace.role}`)})`,
        }))}
        value={workspaceId}
        onChange={setWorkspaceId}
        allowDeselect={false}
        withAsterisk
        data-testid="sync-workspace"
      />
      {error && (
        <Alert color="red" data-testid="sync-login-error" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('sync.settings.back')}
        </Button>
        <Button
          onClick={() => void connect()}
          disabled={!workspaceId}
          loading={busy}
          data-testid="sync-connect"
        >
          {t('sync.settings.connect')}
        </Button>
      </Group>
    </Stack>
  );
}
