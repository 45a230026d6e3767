import { formResolver } from '../../components/form-resolver';
import {
  Alert,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveAndClose } from '../../components/useSaveAndClose';
import { languages, textBlockChapters, textBlockInputSchema } from '#shared/domain';
import type { Language, TextBlock, TextBlockInput } from '#shared/domain';
import { findPlaceholders, placeholderNames } from '#shared/text-blocks';
import { fieldError } from '../../components/form-errors';
import { useConfirmedDelete } from '../../components/useConfirmedDelete';
import { useRepos } from '#data';
import { MarkupPreview } from './MarkupPreview';
import { PlaceholderMenu } from './PlaceholderMenu';
import { FormActions } from '../../components/FormActions';
import { insertAtSelection } from './text-block-list';

type Props = {
  opened: boolean;
  onClose: () => void;
  block?: TextBlock;
  /** Language of a new block (the list's language filter, else the UI's). */
  defaultLanguage: Language;
};

const toFormValues = (block: TextBlock | undefined, language: Language): TextBlockInput => ({
  title: block?.title ?? '',
  heading: block?.heading ?? '',
  body: block?.body ?? '',
  language: block?.language ?? language,
  tags: block?.tags ?? [],
  chapter: block?.chapter ?? 'other',
  active: block?.active ?? true,
});

const known = new Set<string>(placeholderNames);

/** Create or edit a text block: markup body with live preview and a placeholder menu. */
export function TextBlockFormModal({ opened, onClose, block, defaultLanguage }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const removal = useConfirmedDelete(
    block
      ? {
          title: t('texts.deleteTitle'),
          text: t('texts.deleteText', { name: block.title }),
          label: block.title,
          remove: () => repos.textBlocks.remove(block.id),
          restore: () => repos.textBlocks.restore(block.id),
        }
      : null,
    onClose,
  );
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const { register, control, handleSubmit, reset, setValue, getValues, formState } =
    useForm<TextBlockInput>({
      resolver: formResolver(textBlockInputSchema),
      defaultValues: toFormValues(block, defaultLanguage),
      mode: 'onTouched',
    });
  const err = (name: keyof TextBlockInput & string) => fieldError(t, formState.errors, name);
  const body = useWatch({ control, name: 'body' });
  const unknown = findPlaceholders(body ?? '').filter((name) => !known.has(name));
  const { ref: registerBodyRef, ...bodyField } = register('body');

  useEffect(() => {
    if (opened) reset(toFormValues(block, defaultLanguage));
  }, [opened, block, reset, defaultLanguage]);

  const insert = (token: string) => {
    const element = bodyRef.current;
    const text = getValues('body');
    const next = insertAtSelection({
      text,
      start: element?.selectionStart ?? text.length,
      end: element?.selectionEnd ?? text.length,
      token,
    });
    setValue('body', next.text, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    // Put the caret after the token once React has written the new value.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = handleSubmit(useSaveAndClose(repos.textBlocks, block, onClose));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={block ? t('texts.editTitle') : t('texts.newTitle')}
      size="90rem"
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="text-block-form">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mb="sm">
          <TextInput
            label={t('texts.fields.title')}
            description={t('texts.fields.titleHint')}
            withAsterisk
            data-autofocus
            {...register('title')}
            error={err('title')}
          />
          <TextInput
            label={t('texts.fields.heading')}
            description={t('texts.fields.headingHint')}
            {...register('heading')}
            error={err('heading')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <Controller
            control={control}
            name="chapter"
            render={({ field }) => (
              <Select
                label={t('texts.fields.chapter')}
                data={textBlockChapters.map((value) => ({
                  value,
                  label: t(`texts.chapters.${value}`),
                }))}
                value={field.value}
                allowDeselect={false}
                onChange={(value) => value && field.onChange(value)}
              />
            )}
          />
          <Controller
            control={control}
            name="language"
            render={({ field }) => (
              <Select
                label={t('texts.fields.language')}
                data={languages.map((value) => ({ value, label: t(`texts.languages.${value}`) }))}
                value={field.value}
                allowDeselect={false}
                onChange={(value) => value && field.onChange(value)}
              />
            )}
          />
          <Controller
            control={control}
            name="tags"
            render={({ field }) => (
              <TagsInput
                label={t('texts.fields.tags')}
                placeholder={t('texts.fields.tagsPlaceholder')}
                value={field.value}
                onChange={field.onChange}
                clearable
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="sm">
          <Stack gap={4}>
            <Group justify="space-between" align="flex-end">
              <Text size="sm" fw={500}>
                {t('texts.fields.body')}
              </Text>
              <PlaceholderMenu onPick={insert} />
            </Group>
            <Textarea
              aria-label={t('texts.fields.body')}
              description={t('texts.fields.bodyHint')}
              autosize
              minRows={14}
              maxRows={24}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...bodyField}
              ref={(element) => {
                registerBodyRef(element);
                bodyRef.current = element;
              }}
              error={err('body')}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('texts.preview')}
            </Text>
            <Paper withBorder p="md" radius="sm" mih={200} style={{ overflowY: 'auto' }} mah={560}>
              {body?.trim() ? (
                <MarkupPreview text={body} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('texts.previewEmpty')}
                </Text>
              )}
            </Paper>
            {unknown.length > 0 && (
              <Alert
                color="orange"
                title={t('texts.unknownPlaceholders')}
                data-testid="unknown-placeholders"
              >
                {t('texts.unknownPlaceholdersText', {
                  names: unknown.map((name) => `{{${name}}}`).join(', '),
                  interpolation: { escapeValue: false },
                })}
              </Alert>
            )}
          </Stack>
        </SimpleGrid>
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch
              mt="md"
              label={t('texts.fields.active')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        <FormActions
          onCancel={onClose}
          submitting={formState.isSubmitting}
          onDelete={removal.ask}
        />
      </form>
      {removal.dialog}
    </Modal>
  );
}
