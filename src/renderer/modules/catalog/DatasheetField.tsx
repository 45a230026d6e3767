import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlatformError, platform } from '../../platform';
import { useRepos } from '#data';
import { DATASHEET_MAX_BYTES, isPdf } from './datasheet';
import { notifyError } from '../../components/notify-error';

type Props = {
  name: string;
  sha256: string;
  onChange: (datasheet: { name: string; sha256: string }) => void;
};

/** Picks a PDF datasheet (≤ 20 MB); the item stores its name and SHA-256. */
export function DatasheetField({ name, sha256, onChange }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [missing, setMissing] = useState(false);

  const choose = async () => {
    try {
      const file = await platform.openFile({ accept: ['pdf'], maxBytes: DATASHEET_MAX_BYTES });
      if (!file) return;
      if (!isPdf(file.data)) {
        notifications.show({ message: t('catalog.datasheet.notPdf'), color: 'red' });
        return;
      }
      const hash = await repos.blobs.put({ data: file.data, type: 'application/pdf' });
      setMissing(false);
      onChange({ name: file.name, sha256: hash });
    } catch (error) {
      notifyError(error, t, {
        explain: (e) =>
          e instanceof PlatformError && e.code === 'file-too-large'
            ? t('catalog.datasheet.tooLarge')
            : undefined,
      });
    }
  };

  const open = async () => {
    const blob = await repos.blobs.get(sha256);
    if (!blob) {
      // Synced from a colleague, bytes not yet on this device.
      setMissing(true);
      return;
    }
    await platform.saveFile({
      suggestedName: name || 'datenblatt.pdf',
      data: blob.data,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
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
        {sha256 && (
          <Button size="xs" variant="light" onClick={() => void open()}>
            {t('catalog.datasheet.open')}
          </Button>
        )}
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
      {missing && (
        <Text size="xs" c="orange" mt={4}>
          {t('catalog.datasheet.missing')}
        </Text>
      )}
    </div>
  );
}
