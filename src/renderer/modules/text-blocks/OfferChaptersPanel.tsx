import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import { resolveChapters } from '#shared/text-blocks';
import type { PlaceholderContext, ResolvedChapter } from '#shared/text-blocks';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useOfferChapters, useRepos, useTextBlocks, useContacts } from '#data';
import { contactFullName, offerContact } from '#modules/offers';
import { ChapterAdaptModal } from './ChapterAdaptModal';
import { MarkupPreview } from './MarkupPreview';
import { addableBlocks } from './text-block-list';
import { notifyError } from '../../components/notify-error';

const dropdownOnlyWhenOpen = { keepMounted: false };

type Props = {
  offer: Pick<Offer, 'id' | 'status' | 'language' | 'clientId' | 'contactId'>;
  /** The offer's placeholder values (a DocumentData fits). */
  context: PlaceholderContext;
};

const tokens = (names: readonly string[]) => names.map((name) => `{{${name}}}`).join(', ');

/**
 * The offer's proposal chapters: library text blocks in order, filled for this offer, with
 * unknown placeholders listed as warnings. Read-only unless the offer is a draft.
 */
export function OfferChaptersPanel({ offer, context: given }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const deleteWithUndo = useDeleteWithUndo();
  const chapters = useOfferChapters(offer.id);
  const blocks = useTextBlocks();
  const [picked, setPicked] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adaptId, setAdaptId] = useState<string | null>(null);
  const readOnly = offer.status !== 'draft';
  // The offer's contact person names and salutes the addressee, as in the documents.
  const contacts = useContacts(offer.clientId);
  const contact = contacts && offerContact(offer, contacts);
  const contactName = contact ? contactFullName(contact) : '';
  const contactSalutation = contact?.salutation ?? '';
  const context = useMemo(
    () => ({ ...given, client: { ...given.client, contactName, contactSalutation } }),
    [given, contactName, contactSalutation],
  );
  const resolved = useMemo(
    () => resolveChapters({ chapters: chapters ?? [], blocks: blocks ?? [], context }),
    [chapters, blocks, context],
  );
  if (chapters === undefined || blocks === undefined) return null;

  const addable = addableBlocks({
    blocks,
    language: offer.language,
    chosen: new Set(chapters.map((chapter) => chapter.textBlockId)),
  });
  const withUnknown = resolved.filter((chapter) => chapter.unknown.length > 0);
  const empty = [...new Set(resolved.flatMap((chapter) => chapter.empty))];

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      notifyError(error, t);
    }
  };
  const add = () => {
    if (!picked) return;
    setPicked(null);
    void run(() => repos.offerChapters.add({ offerId: offer.id, textBlockId: picked }));
  };
  const move = (index: number, by: -1 | 1) => {
    const chapter = resolved[index];
    const neighbour = resolved[index + by];
    if (!chapter || !neighbour) return;
    const to = by < 0 ? { before: neighbour.id } : { after: neighbour.id };
    void run(() => repos.offerChapters.move(chapter.id, to));
  };
  const remove = (chapter: ResolvedChapter) =>
    void run(() =>
      deleteWithUndo({
        label: chapter.block?.title ?? t('texts.chapterList.missingBlock'),
        remove: () => repos.offerChapters.remove(chapter.id),
        restore: () => repos.offerChapters.restore(chapter.id),
      }),
    );

  return (
    <Stack gap="sm" data-testid="offer-chapters">
      <Title order={4}>{t('texts.chapterList.title')}</Title>
      {readOnly && (
        <Text size="sm" c="dimmed">
          {t('texts.chapterList.readOnly')}
        </Text>
      )}
      {withUnknown.length > 0 && (
        <Alert color="orange" title={t('texts.unknownPlaceholders')} data-testid="chapter-warnings">
          <Stack gap={2}>
            {withUnknown.map((chapter) => (
              <Text size="sm" key={chapter.id}>
                {t('texts.chapterList.unknownIn', {
                  title: chapter.block?.title ?? '',
                  names: tokens(chapter.unknown),
                })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {empty.length > 0 && (
        <Text size="sm" c="orange" data-testid="chapter-empty-values">
          {t('texts.chapterList.emptyValues', { names: tokens(empty) })}
        </Text>
      )}
      {resolved.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('texts.chapterList.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {resolved.map((chapter, index) => (
            <Paper key={chapter.id} withBorder p="xs" radius="sm" data-testid="offer-chapter">
              <Group justify="space-between" wrap="nowrap">
                <UnstyledButton
                  onClick={() => setOpenId(openId === chapter.id ? null : chapter.id)}
                  style={{ flex: 1 }}
                  disabled={!chapter.block}
                >
                  <Group gap="xs">
                    <Text size="sm" c="dimmed" w={20}>
                      {index + 1}.
                    </Text>
                    <Text size="sm" fw={500}>
                      {chapter.block ? chapter.title : t('texts.chapterList.missingBlock')}
                    </Text>
                    {chapter.block && (
                      <Badge size="xs" variant="light">
                        {t(`texts.chapters.${chapter.block.chapter}`)}
                      </Badge>
                    )}
                    {chapter.block && chapter.block.language !== offer.language && (
                      <Badge size="xs" color="orange" variant="outline">
                        {t('texts.chapterList.otherLanguage')}
                      </Badge>
                    )}
                    {!chapter.block && (
                      <Badge size="xs" color="red" variant="outline">
                        {t('texts.chapterList.missingBlock')}
                      </Badge>
                    )}
                    {chapter.adapted && !readOnly && (
                      <Badge
                        size="xs"
                        color="grape"
                        variant="light"
                        title={t('texts.chapterList.adaptedHint')}
                        data-testid="chapter-adapted"
                      >
                        {t('texts.chapterList.adapted')}
                      </Badge>
                    )}
                    {chapter.unknown.length > 0 && (
                      <Badge size="xs" color="orange">
                        {tokens(chapter.unknown)}
                      </Badge>
                    )}
                  </Group>
                </UnstyledButton>
                {!readOnly && (
                  <Group gap={4} wrap="nowrap">
                    {chapter.block && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setAdaptId(chapter.id)}
                        data-testid="chapter-adapt"
                      >
                        {t('texts.chapterList.adapt')}
                      </Button>
                    )}
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('texts.chapterList.moveUp')}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('texts.chapterList.moveDown')}
                      disabled={index === resolved.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('texts.chapterList.remove')}
                      onClick={() => remove(chapter)}
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                )}
              </Group>
              {openId === chapter.id && chapter.block && (
                <Paper p="sm" mt="xs" bg="var(--mantine-color-gray-0)">
                  <MarkupPreview text={chapter.body} />
                </Paper>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      <ChapterAdaptModal
        chapter={chapters.find((row) => row.id === adaptId) ?? null}
        block={resolved.find((row) => row.id === adaptId)?.block ?? null}
        context={context}
        onClose={() => setAdaptId(null)}
      />
      {!readOnly && (
        <Group gap="sm" align="flex-end">
          <Select
            aria-label={t('texts.chapterList.add')}
            placeholder={
              addable.length === 0
                ? t('texts.chapterList.noBlocks', {
                    language: t(`texts.languages.${offer.language}`),
                  })
                : t('texts.chapterList.addPlaceholder')
            }
            data={addable.map((block) => ({
              value: block.id,
              label: `${block.title} (${t(`texts.chapters.${block.chapter}`)})`,
            }))}
            value={picked}
            onChange={setPicked}
            // No closed dropdown kept mounted in the offer editor (each costs a layout at every open).
            comboboxProps={dropdownOnlyWhenOpen}
            disabled={addable.length === 0}
            searchable
            style={{ flex: 1 }}
          />
          <Button onClick={add} disabled={!picked}>
            {t('texts.chapterList.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
