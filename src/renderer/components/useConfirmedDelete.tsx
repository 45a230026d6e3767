import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { useDeleteWithUndo } from './useDeleteWithUndo';

type Target = {
  title: string;
  text: string;
  label: string;
  remove: () => Promise<void>;
  restore: () => Promise<void>;
};

/**
 * Delete from an edit dialog: asks first, then soft-deletes with undo. `target` is null for a
 * record that does not exist yet; `onDeleted` closes the dialog before the notification shows.
 */
export function useConfirmedDelete(
  target: Target | null,
  onDeleted: () => void,
): { ask: (() => void) | undefined; dialog: ReactNode } {
  const { t } = useTranslation();
  const deleteWithUndo = useDeleteWithUndo();
  const [asking, setAsking] = useState(false);
  const dialog = (
    <ConfirmDialog
      opened={asking}
      title={target?.title ?? ''}
      text={target?.text ?? ''}
      confirmLabel={t('common.delete')}
      onCancel={() => setAsking(false)}
      onConfirm={() => {
        setAsking(false);
        if (!target) return;
        onDeleted();
        void deleteWithUndo({
          label: target.label,
          remove: target.remove,
          restore: target.restore,
        });
      }}
    />
  );
  return { ask: target ? () => setAsking(true) : undefined, dialog };
}
