import { Alert, Button, Group, ScrollArea, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { valueExcerpt } from '#shared/catalog-import';
import type { ImportResult } from '#shared/catalog-import';
import { importMessage } from './import-file';

type Props = {
  result: ImportResult;
  running: boolean;
  onFix: () => void;
  onImport: () => void;
};

/** Every bad row with field, value and reason; nothing is written until the user decides. */
export function ImportCheckStep({ result, running, onFix, onImport }: Props) {
  const { t } = useTranslation();
  const { items, errors } = result;
  const badRows = new Set(errors.map((error) => error.row)).size;
  const total = items.length + badRows;
  const fieldLabel = (field: string | undefined) =>
    field ? t(`catalog.fields.${field}`, { defaultValue: field }) : '';

  return (
    <Stack gap="sm" data-testid="import-check">
      {errors.length === 0 ? (
        <Alert color="green">{t('catalog.importWizard.allValid', { count: items.length })}</Alert>
      ) : (
        <>
          <Alert color="orange" data-testid="import-error-summary">
            {t('catalog.importWizard.invalidSummary', { bad: badRows, total })}
          </Alert>
          <ScrollArea.Autosize mah={360}>
            <Table withTableBorder striped fz="sm" data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('catalog.importWizard.errorColumns.row')}</Table.Th>
                  <Table.Th>{t('catalog.importWizard.errorColumns.field')}</Table.Th>
                  <Table.Th>{t('catalog.importWizard.errorColumns.value')}</Table.Th>
                  <Table.Th>{t('catalog.importWizard.errorColumns.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errors.map((error, index) => (
                  <Table.Tr key={index} data-testid="import-error-row">
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>{fieldLabel(error.field)}</Table.Td>
                    <Table.Td ff="monospace">{valueExcerpt(error.value ?? '')}</Table.Td>
                    <Table.Td>{importMessage(t, error.message)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {items.length === 0 && (
            <Alert color="red">{t('catalog.importWizard.nothingValid')}</Alert>
          )}
        </>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onFix} disabled={running}>
          {t('catalog.importWizard.fixFile')}
        </Button>
        {items.length > 0 && (
          <Button
            onClick={onImport}
            loading={running}
            color={errors.length > 0 ? 'orange' : undefined}
          >
            {errors.length > 0
              ? t('catalog.importWizard.skipAndImport', { count: items.length })
              : t('catalog.importWizard.importAll', { count: items.length })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
