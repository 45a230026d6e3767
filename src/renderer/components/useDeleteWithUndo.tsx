import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '#shared/ids';
import { useUndoStore } from '../stores/undo.store';
import { notifyError } from './notify-error';

type SoftDelete = { label: string; remove: () => Promise<void>; restore: () => Promise<void> };

/** Soft-deletes, then offers Undo in a notification and on Ctrl+Z. Nothing is hard-deleted. */
export function useDeleteWithUndo(): (action: SoftDelete) => Promise<void> {
  const { t } = useTranslation();
  const push = useUndoStore((state) => state.push);
  const take = useUndoStore((state) => state.take);

  return useCallback(
    async ({ label, remove, restore }: SoftDelete) => {
      await remove();
      const id = newId();
      push({ id, label, undo: restore });
      notifications.show({
        id,
        autoClose: 8000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('common.deletedNotice', { name: label })}</Text>
            <Button
              size="xs"
              variant="light"
              data-testid="undo-button"
              onClick={() => {
                const entry = take(id);
                notifications.hide(id);
                if (!entry) return;
                entry.undo().then(
                  () =>
                    notifications.show({ message: t('common.restoredNotice', { name: label }) }),
                  (error: unknown) => {
                    // Still undoable: back on the stack, with the reason shown.
                    push(entry);
                    notifyError(error, t, { title: t('common.undoFailed') });
                  },
                );
              }}
            >
              {t('common.undo')}
            </Button>
          </Group>
        ),
      });
    },
    [push, take, t],
  );
}
