import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetitorAttachment } from '#shared/domain/analyses';
import { RowNotFoundError, useRepos } from '#data';
import { useCompetitorAttachments } from '#data/analyses/hooks';
import { PlatformError, platform } from '../../platform';
import { notifyError } from '../../components/notify-error';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useUiLanguage } from '../../components/useUiLanguage';
import { ATTACHMENT_MAX_BYTES, formatSize, mimeTypeOf } from './attachment-file';

/** A competitor's files (datasheets, price lists): add through the file picker, open, remove. */
export function AttachmentsPanel({
  competitorId,
  readOnly = false,
}: {
  competitorId: string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const language = useUiLanguage();
  const attachments = useCompetitorAttachments(competitorId);
  const deleteWithUndo = useDeleteWithUndo();
  const [missing, setMissing] = useState<string | null>(null);

  const add = async () => {
    try {
      const file = await platform.openFile({ maxBytes: ATTACHMENT_MAX_BYTES });
      if (!file) return;
      await repos.competitorAttachments.attach(competitorId, {
        name: file.name,
        mimeType: mimeTypeOf(file.name),
        bytes: file.data,
      });
      notifications.show({ message: t('analyses.attachments.added', { name: file.name }) });
    } catch (error) {
      notifyError(error, t, {
        explain: (e) =>
          e instanceof PlatformError && e.code === 'file-too-large'
            ? t('analyses.attachments.tooLarge')
            : undefined,
      });
    }
  };

  const open = async (attachment: CompetitorAttachment) => {
    try {
      const data = await repos.competitorAttachments.readBytes(attachment.id);
      setMissing(null);
      await platform.saveFile({ suggestedName: attachment.name, data });
    } catch (error) {
      // Synced from a colleague, bytes not yet on this device.
      if (error instanceof RowNotFoundError) setMissing(attachment.id);
      else notifyError(error, t);
    }
  };

  const remove = (attachment: CompetitorAttachment) =>
    void deleteWithUndo({
      label: attachment.name,
      remove: () => repos.competitorAttachments.remove(attachment.id),
      restore: () => repos.competitorAttachments.restore(attachment.id),
    }).catch((error: unknown) => notifyError(error, t));

  return (
    <Stack gap="xs" data-testid="competitor-attachments">
      <Group justify="space-between">
        <div>
          <Title order={3}>{t('analyses.attachments.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('analyses.attachments.hint')}
          </Text>
        </div>
        {!readOnly && (
          <Button variant="default" onClick={() => void add()} data-testid="attachment-add">
            {t('analyses.attachments.add')}
          </Button>
        )}
      </Group>
      {attachments !== undefined && attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('analyses.attachments.empty')}
        </Text>
      )}
      {attachments !== undefined && attachments.length > 0 && (
        <Table>
          <Table.Tbody>
            {attachments.map((attachment) => (
              <Table.Tr key={attachment.id} data-testid="attachment-row">
                <Table.Td fw={500}>
                  {attachment.name}
                  {missing === attachment.id && (
                    <Text size="xs" c="orange">
                      {t('analyses.attachments.missing')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td c="dimmed" w={100}>
                  {formatSize(attachment.size, language)}
                </Table.Td>
                <Table.Td w={200}>
                  <Group gap={4} justify="flex-end">
                    <Button size="xs" variant="light" onClick={() => void open(attachment)}>
                      {t('analyses.attachments.open')}
                    </Button>
                    {!readOnly && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => remove(attachment)}
                      >
                        {t('analyses.attachments.remove')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
