import { Button, Group, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mappingFields, requiredMappingFields, valueExcerpt } from '#shared/catalog-import';
import type { Mapping, MappingField } from '#shared/catalog-import';

type Props = {
  rows: string[][];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  onBack: () => void;
  onNext: () => void;
};

const PREVIEW_ROWS = 5;

/** One select per item field, pre-filled by the guessed mapping, and a preview of the first rows. */
export function ImportMappingStep({ rows, mapping, onChange, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const header = rows[0] ?? [];
  const columns = header.map((name, index) => ({
    value: String(index),
    label: valueExcerpt(name.trim()) || `#${index + 1}`,
  }));
  const mapped = mappingFields.filter((field) => mapping[field] !== undefined);
  const complete = requiredMappingFields.every((field) => mapping[field] !== undefined);
  const preview = rows
    .slice(1)
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .slice(0, PREVIEW_ROWS);

  const setColumn = (field: MappingField, value: string | null) => {
    const next: Mapping = { ...mapping };
    if (value === null) delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };

  return (
    <Stack gap="sm" data-testid="import-mapping">
      <Text size="sm" c="dimmed">
        {t('catalog.importWizard.mappingHint')}
      </Text>
      <SimpleGrid cols={3} spacing="sm">
        {mappingFields.map((field) => (
          <Select
            key={field}
            label={t(`catalog.fields.${field}`)}
            withAsterisk={requiredMappingFields.includes(field)}
            placeholder={t('catalog.importWizard.notMapped')}
            data={columns}
            value={mapping[field] === undefined ? null : String(mapping[field])}
            onChange={(value) => setColumn(field, value)}
            clearable
          />
        ))}
      </SimpleGrid>
      <Text fw={500} size="sm">
        {t('catalog.importWizard.preview')}
      </Text>
      <ScrollArea>
        <Table withTableBorder striped fz="sm" data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              {mapped.map((field) => (
                <Table.Th key={field}>{t(`catalog.fields.${field}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.map((cells, index) => (
              <Table.Tr key={index}>
                {mapped.map((field) => (
                  <Table.Td key={field}>
                    {valueExcerpt(cells[mapping[field] as number] ?? '')}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('catalog.importWizard.back')}
        </Button>
        <Button onClick={onNext} disabled={!complete}>
          {t('catalog.importWizard.check')}
        </Button>
      </Group>
    </Stack>
  );
}
