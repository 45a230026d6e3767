import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlatformError, platform } from '../../platform';
import { DATASHEET_MAX_BYTES, isPdf, rememberDatasheet, sha256Hex } from './datasheet';

type Props = {
  name: string;
  sha256: string;
  onChange: (datasheet: { name: string; sha256: string }) => void;
};

/** Picks a PDF datasheet (≤ 20 MB); the item stores its name and SHA-256. */
export function DatasheetField({ name, sha256, onChange }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);

  const choose = async () => {
    try {
      const file = await platform.openFile({ accept: ['pdf'], maxBytes: DATASHEET_MAX_BYTES });
      if (!file) return;
      if (!isPdf(file.data)) {
        notifications.show({ message: t('catalog.datasheet.notPdf'), color: 'red' });
        return;
      }
      const hash = await sha256Hex(file.data);
      rememberDatasheet(hash, file.data);
      setPicked(hash);
      onChange({ name: file.name, sha256: hash });
    } catch (error) {
      const tooLarge = error instanceof PlatformError && error.code === 'file-too-large';
      notifications.show({
        title: t('common.errorTitle'),
        message: tooLarge ? t('catalog.datasheet.tooLarge') : String(error),
        color: 'red',
      });
    }
  };

  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t('catalog.fields.datasheet')}
      </Text>
      <Group gap="xs">
        <Text size="sm" c={sha256 ? undefined : 'dimmed'} data-testid="datasheet-name">
          {sha256 ? name : t('catalog.datasheet.none')}
        </Text>
        <Button size="xs" variant="default" onClick={() => void choose()}>
          {sha256 ? t('catalog.datasheet.replace') : t('catalog.datasheet.choose')}
        </Button>
        {sha256 && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => onChange({ name: '', sha256: '' })}
          >
            {t('catalog.datasheet.remove')}
          </Button>
        )}
      </Group>
      {picked && picked === sha256 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('catalog.datasheet.pending', { hash: sha256.slice(0, 12) })}
        </Text>
      )}
    </div>
  );
}
