import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersistState } from '../platform';

/** The non-blocking notice that the browser refused persistent storage; closes for good. */
export function StorageNotice({
  state,
  onClose,
}: {
  state: Extract<PersistState, 'refused' | 'unsupported'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      p="xs"
      title={t('storage.refusedTitle')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="storage-notice"
      role="status"
    >
      <Text size="xs">
        {t(state === 'refused' ? 'storage.refusedText' : 'storage.unsupportedText')}
      </Text>
    </Alert>
  );
}
