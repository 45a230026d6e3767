import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_BLOCK_BODY_MAX } from '#shared/domain';
import { blockHeading, fillPlaceholders } from '#shared/text-blocks';
import type { PlaceholderContext, ResolvedChapter } from '#shared/text-blocks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRepos, CHAPTER_HEADING_MAX } from '#data';
import { MarkupPreview } from './MarkupPreview';
import { PlaceholderMenu } from './PlaceholderMenu';
import { insertAtSelection } from './text-block-list';
import { notifyError } from '../../components/notify-error';

type LibraryBlock = NonNullable<ResolvedChapter['block']>;

type Props = {
  /** The chapter row being adapted: its own heading and body ('' or absent = the library's). */
  chapter: { id: string; title?: string | undefined; body?: string | undefined } | null;
  block: LibraryBlock | null;
  context: PlaceholderContext;
  onClose: () => void;
};

const tokens = (names: readonly string[]) => names.map((name) => `{{${name}}}`).join(', ');

/**
 * "Für dieses Angebot anpassen": heading and body of one chapter for this offer only, prefilled
 * from the library, with a live preview filled with the offer's values. The library is untouched.
 */
export function ChapterAdaptModal({ chapter, block, context, onClose }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [heading, setHeading] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ heading?: string; body?: string }>({});
  const [busy, setBusy] = useState(false);
  const [confirmRestore, setConfirmRestore] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const opened = chapter !== null && block !== null;
  const adapted = (chapter?.title ?? '').trim() !== '' || (chapter?.body ?? '').trim() !== '';

  useEffect(() => {
    if (!chapter || !block) return;
    setHeading(chapter.title?.trim() ? chapter.title : blockHeading(block));
    setBody(chapter.body?.trim() ? chapter.body : block.body);
    setErrors({});
  }, [chapter, block]);

  if (!chapter || !block) return null;
  const filledHeading = fillPlaceholders(heading, context);
  const filledBody = fillPlaceholders(body, context);
  const unknown = [...new Set([...filledHeading.unknown, ...filledBody.unknown])];

  const problems = () => ({
    heading:
      heading.trim().length > CHAPTER_HEADING_MAX
        ? t('texts.adapt.headingTooLong', { max: CHAPTER_HEADING_MAX })
        : undefined,
    body:
      body.trim() === ''
        ? t('texts.adapt.bodyRequired')
        : body.length > TEXT_BLOCK_BODY_MAX
          ? t('texts.adapt.bodyTooLong', { max: TEXT_BLOCK_BODY_MAX.toLocaleString() })
          : undefined,
  });

  const save = async () => {
    const found = problems();
    setErrors(found);
    if (found.heading || found.body) return;
    // What equals the library is not stored: that part keeps following the library.
    const title = heading.trim() === blockHeading(block) ? '' : heading.trim();
    const text = body === block.body ? '' : body;
    setBusy(true);
    try {
      if (title === '' && text === '') await repos.offerChapters.restoreLibraryText(chapter.id);
      else await repos.offerChapters.adapt(chapter.id, { title, body: text });
      notifications.show({ message: t('texts.adapt.saved'), color: 'green' });
      onClose();
    } catch (error) {
      notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };
  const restore = async () => {
    setConfirmRestore(false);
    try {
      await repos.offerChapters.restoreLibraryText(chapter.id);
      notifications.show({ message: t('texts.adapt.restored') });
      onClose();
    } catch (error) {
      notifyError(error, t);
    }
  };
  const insert = (token: string) => {
    const element = bodyRef.current;
    const next = insertAtSelection({
      text: body,
      start: element?.selectionStart ?? body.length,
      end: element?.selectionEnd ?? body.length,
      token,
    });
    setBody(next.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('texts.adapt.title')} size="80rem">
      <form
        noValidate
        data-testid="chapter-adapt-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Text size="sm" c="dimmed" mb="sm">
          {t('texts.adapt.intro', { name: block.title })}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="xs">
            <TextInput
              label={t('texts.adapt.heading')}
              value={heading}
              onChange={(event) => setHeading(event.currentTarget.value)}
              error={errors.heading}
              data-autofocus
            />
            <Group justify="space-between" align="flex-end">
              <Text size="sm" fw={500}>
                {t('texts.adapt.body')}
              </Text>
              <PlaceholderMenu onPick={insert} />
            </Group>
            <Textarea
              aria-label={t('texts.adapt.body')}
              description={t('texts.fields.bodyHint')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              error={errors.body}
              autosize
              minRows={10}
              maxRows={16}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              ref={bodyRef}
            />
          </Stack>
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('texts.adapt.preview')}
            </Text>
            <Paper
              withBorder
              p="md"
              radius="sm"
              mih={200}
              mah={440}
              style={{ overflowY: 'auto' }}
              data-testid="chapter-adapt-preview"
            >
              <Text fw={700} mb="xs">
                {filledHeading.text}
              </Text>
              <MarkupPreview text={filledBody.text} markUnknown />
            </Paper>
            {unknown.length > 0 && (
              <Alert color="orange" data-testid="chapter-adapt-unknown">
                {t('texts.adapt.unknown', { names: tokens(unknown) })}
              </Alert>
            )}
          </Stack>
        </SimpleGrid>
        <Group justify="space-between" mt="md">
          <Button
            variant="subtle"
            color="red"
            disabled={!adapted}
            onClick={() => setConfirmRestore(true)}
          >
            {t('texts.adapt.restore')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('texts.adapt.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('texts.adapt.save')}
            </Button>
          </Group>
        </Group>
      </form>
      <ConfirmDialog
        opened={confirmRestore}
        title={t('texts.adapt.restoreTitle')}
        text={t('texts.adapt.restoreText')}
        confirmLabel={t('texts.adapt.restoreConfirm')}
        onConfirm={() => void restore()}
        onCancel={() => setConfirmRestore(false)}
      />
    </Modal>
  );
}
