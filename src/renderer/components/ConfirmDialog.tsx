import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Red for destructive actions (the default), the primary colour for others. */
  color?: string;
  /** More content between the text and the buttons (e.g. a follow-up date when sending). */
  children?: ReactNode;
  /** Keeps the confirm button disabled, e.g. while `children` holds an invalid value. */
  confirmDisabled?: boolean;
};

/** Asks before a destructive action; Enter confirms, Escape cancels. */
export function ConfirmDialog({
  opened,
  title,
  text,
  confirmLabel,
  onConfirm,
  onCancel,
  color = 'red',
  children,
  confirmDisabled = false,
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Text mb="lg">{text}</Text>
      {children}
      <Group justify="flex-end" mt={children ? 'lg' : undefined}>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          color={color}
          onClick={onConfirm}
          disabled={confirmDisabled}
          data-autofocus
          data-testid="confirm-button"
        >
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
