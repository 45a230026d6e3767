import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, textBlockChapters } from '#shared/domain';
import type { Language, TextBlock, TextBlockChapter } from '#shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useTextBlocks } from '#data';
import { TextBlockFormModal } from './TextBlockFormModal';
import { filterTextBlocks } from './text-block-list';
import { TrashLink } from '../../components/TrashLink';
import { useUiLanguage } from '../../components/useUiLanguage';

/** The text-block library: filter by language and chapter, search, create, edit, delete. */
export function TextBlocksPage() {
  const { t } = useTranslation();
  const blocks = useTextBlocks();
  const uiLanguage = useUiLanguage();
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState<Language | null>(null);
  const [chapter, setChapter] = useState<TextBlockChapter | null>(null);
  const [editing, setEditing] = useState<TextBlock | 'new' | null>(null);
  const shown = useMemo(
    () => filterTextBlocks(blocks ?? [], { query, language, chapter }),
    [blocks, query, language, chapter],
  );
  if (blocks === undefined) return null;

  const newButton = <Button onClick={() => setEditing('new')}>{t('texts.new')}</Button>;
  const filtered = query !== '' || language !== null || chapter !== null;
  const clearFilters = () => {
    setQuery('');
    setLanguage(null);
    setChapter(null);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs" align="center">
          <Title order={2}>{t('texts.title')}</Title>
          <TrashLink area="texts" />
        </Group>
        {blocks.length > 0 && newButton}
      </Group>
      {blocks.length === 0 ? (
        <EmptyState
          title={t('texts.emptyTitle')}
          text={t('texts.emptyText', { example: '{{client.name}}' })}
          action={newButton}
        />
      ) : (
        <>
          <Group gap="sm" align="flex-end">
            <TextInput
              aria-label={t('texts.search')}
              placeholder={t('texts.search')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Select
              aria-label={t('texts.fields.language')}
              placeholder={t('texts.allLanguages')}
              data={languages.map((value) => ({ value, label: t(`texts.languages.${value}`) }))}
              value={language}
              onChange={(value) => setLanguage(value as Language | null)}
              clearable
              w={170}
            />
            <Select
              aria-label={t('texts.fields.chapter')}
              placeholder={t('texts.allChapters')}
              data={textBlockChapters.map((value) => ({
                value,
                label: t(`texts.chapters.${value}`),
              }))}
              value={chapter}
              onChange={(value) => setChapter(value as TextBlockChapter | null)}
              clearable
              w={220}
            />
          </Group>
          <Text size="sm" c="dimmed" data-testid="text-block-count">
            {filtered
              ? t('texts.countFiltered', { shown: shown.length, count: blocks.length })
              : t('texts.count', { count: blocks.length })}
          </Text>
          {shown.length === 0 ? (
            <EmptyState
              title={t('texts.noResults')}
              action={
                <Button variant="light" onClick={clearFilters}>
                  {t('texts.clearFilters')}
                </Button>
              }
            />
          ) : (
            <Table highlightOnHover data-testid="text-blocks-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('texts.columns.title')}</Table.Th>
                  <Table.Th>{t('texts.columns.chapter')}</Table.Th>
                  <Table.Th>{t('texts.columns.language')}</Table.Th>
                  <Table.Th>{t('texts.columns.tags')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((block) => (
                  <Table.Tr
                    key={block.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer', opacity: block.active ? 1 : 0.6 }}
                    onClick={() => setEditing(block)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') setEditing(block);
                    }}
                    data-testid="text-block-row"
                  >
                    <Table.Td fw={500}>
                      {block.title}
                      {!block.active && (
                        <Badge size="xs" variant="outline" color="gray" ml={6}>
                          {t('texts.inactive')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`texts.chapters.${block.chapter}`)}</Table.Td>
                    <Table.Td>{t(`texts.languages.${block.language}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {block.tags.map((tag) => (
                          <Badge key={tag} size="sm" variant="light">
                            {tag}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <TextBlockFormModal
        opened={editing !== null}
        block={editing === 'new' || editing === null ? undefined : editing}
        defaultLanguage={language ?? uiLanguage}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
