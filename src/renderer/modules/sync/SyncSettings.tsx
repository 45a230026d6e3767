import { Alert, Box, Paper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginReply } from '#shared/sync/protocol';
import { useSync, useSyncStatus } from '../../sync/SyncProvider';
import { loginErrorText } from './login-form';
import { ParkedChanges } from './ParkedChanges';
import { SyncConnected } from './SyncConnected';
import { SyncLoginForm } from './SyncLoginForm';
import { SyncWorkspaceStep } from './SyncWorkspaceStep';

type Step =
  { kind: 'login'; error?: string } | { kind: 'workspace'; reply: LoginReply; serverUrl: string };

/**
 * The settings' sync section: log in, pick a workspace, then the connected state. A device that
 * synced before logs back in to its own workspace without the picker.
 */
export function SyncSettings() {
  const { t } = useTranslation();
  const sync = useSync();
  const status = useSyncStatus();
  const [step, setStep] = useState<Step>({ kind: 'login' });
  const bound = status.account;

  const onLoggedIn = async (reply: LoginReply, serverUrl: string) => {
    const rebind = bound && reply.workspaces.some((w) => w.id === bound.workspaceId);
    if (!rebind) {
      setStep({ kind: 'workspace', reply, serverUrl });
      return;
    }
    try {
      await sync.selectWorkspace(bound.workspaceId);
    } catch (error) {
      const text = loginErrorText(error, serverUrl);
      setStep({ kind: 'login', error: t(`sync.${text.key}`, text.params ?? {}) });
    }
  };

  const back = () => {
    setStep({ kind: 'login' });
    void sync.logout();
  };

  // A revoked or expired login shows the form again, prefilled, instead of the connected state.
  const expired = status.phase === 'error' && status.error?.code === 'unauthorized';
  const connected = status.phase !== 'signed-out' && !!bound && !expired;
  // Once connected, a later logout starts from the login form, not the finished workspace step.
  useEffect(() => {
    if (connected) setStep({ kind: 'login' });
  }, [connected]);
  let body;
  if (connected && bound) {
    body = <SyncConnected status={status} account={bound} />;
  } else if (step.kind === 'workspace') {
    body = <SyncWorkspaceStep reply={step.reply} serverUrl={step.serverUrl} onBack={back} />;
  } else {
    body = (
      <>
        {(step.error ?? expired) && (
          <Alert color="red" mb="sm" role="alert" data-testid="sync-login-error">
            {step.error ?? t('sync.errors.unauthorized.reason')}
          </Alert>
        )}
        <SyncLoginForm {...(bound ? { account: bound } : {})} onLoggedIn={onLoggedIn} />
      </>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" maw={640} data-testid="sync-settings">
      <Title order={4} mb="xs">
        {t('sync.settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('sync.settings.intro')}
      </Text>
      {body}
      {bound && (
        <Box mt="lg">
          <ParkedChanges />
        </Box>
      )}
    </Paper>
  );
}
