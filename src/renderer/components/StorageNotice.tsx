import { Alert, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersistState } from '../platform';

/** The non-blocking notice that the browser refused persistent storage; `onShown` once on screen. */
export function StorageNotice({
  state,
  onClose,
  onShown,
}: {
  state: Extract<PersistState, 'refused' | 'unsupported'>;
  onClose: () => void;
  onShown: () => void;
}) {
  const { t } = useTranslation();
  useEffect(onShown, [onShown]);
  return (
    <Alert
      color="orange"
      variant="light"
      p={8}
      title={t('storage.noticeTitle')}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xs)' } }}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="storage-notice"
      data-state={state}
      role="status"
    >
      <Text size="xs">{t('storage.noticeText')}</Text>
    </Alert>
  );
}
