import { Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { KioskHelp } from '#modules/presentations/kiosk';
import { Keys } from '../components/Keys';
import { useUiStore } from '../stores/ui.store';
import { useNavigation } from './navigation';
import { globalShortcuts, screenShortcutsAt, type ShortcutRow } from './shortcuts';
import { useModules } from './slots';

function ShortcutList({ rows, testId }: { rows: readonly ShortcutRow[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      {rows.map((row) => (
        <Group key={`${row.label}-${row.keys.join()}`} justify="space-between" wrap="nowrap">
          <Text size="sm">{t(row.label)}</Text>
          <Group gap={4} wrap="nowrap">
            {row.keys.map((keys, index) => (
              <Group key={keys} gap={4} wrap="nowrap">
                {index > 0 && (
                  <Text size="xs" c="dimmed">
                    /
                  </Text>
                )}
                <Keys keys={keys} />
              </Group>
            ))}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}

/** "?": the current screen's own keys first, then the ones that work everywhere. */
export function ShortcutsModal() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const opened = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  const screen = screenShortcutsAt(useModules(), pathname);
  const navigation = useNavigation();
  return (
    <Modal opened={opened} onClose={() => setOpen(false)} title={t('common.shortcuts')} size="lg">
      <Stack gap="md">
        {screen && (
          <Stack gap="xs">
            <Title order={5}>{t(`keyboard.screens.${screen.screen}`)}</Title>
            <ShortcutList rows={screen.rows} testId="shortcuts-screen" />
          </Stack>
        )}
        <Stack gap="xs">
          <Title order={5}>{t('keyboard.global')}</Title>
          <ShortcutList rows={globalShortcuts(navigation)} testId="shortcuts-global" />
        </Stack>
        <KioskHelp />
      </Stack>
    </Modal>
  );
}
