import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import type { PersistState } from '../platform';

const TEXT_KEYS: Record<PersistState, string> = {
  persisted: 'storage.persisted',
  refused: 'storage.refused',
  unsupported: 'storage.unsupported',
  'not-needed': 'storage.desktop',
};

/** The settings' view of persistent storage, with a way to ask the browser again. */
export function StoragePersistenceStatus() {
  const { t } = useTranslation();
  const [state, setState] = useState<PersistState | undefined>();
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void platform.persistStorage({ ask: false }).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, []);

  const askAgain = async () => {
    setAsking(true);
    try {
      setState(await platform.persistStorage({ ask: true }));
    } finally {
      setAsking(false);
    }
  };

  if (state === undefined) return null;
  const atRisk = state === 'refused' || state === 'unsupported';
  return (
    <Paper withBorder p="md" radius="md" data-testid="storage-status" data-state={state}>
      <Title order={5} mb="xs">
        {t('storage.settingsTitle')}
      </Title>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c={atRisk ? 'orange.8' : undefined}>
          {t(TEXT_KEYS[state])}
        </Text>
        {state === 'refused' && (
          <Button size="xs" variant="default" loading={asking} onClick={() => void askAgain()}>
            {t('storage.requestAgain')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
