import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  onCancel: () => void;
  submitting: boolean;
  /** Shown on the left for an existing record; the caller confirms and offers undo. */
  onDelete?: () => void;
};

/** The footer of every form dialog: delete on the left, cancel and save on the right. */
export function FormActions({ onCancel, submitting, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify={onDelete ? 'space-between' : 'flex-end'} mt="lg">
      {onDelete && (
        <Button variant="subtle" color="red" onClick={onDelete}>
          {t('common.delete')}
        </Button>
      )}
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={submitting}>
          {t('common.save')}
        </Button>
      </Group>
    </Group>
  );
}
