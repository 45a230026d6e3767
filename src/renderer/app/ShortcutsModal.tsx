import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../stores/ui.store';
import { shortcutTable } from './shortcuts';

export function ShortcutsModal() {
  const { t } = useTranslation();
  const opened = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  return (
    <Modal opened={opened} onClose={() => setOpen(false)} title={t('common.shortcuts')}>
      <Stack gap="xs">
        {shortcutTable.map((row) => (
          <Group key={row.keys} justify="space-between">
            <Text size="sm">{t(row.label)}</Text>
            <Kbd>{row.keys}</Kbd>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
