import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '#shared/money';
import type { BundleImportPreview } from '#data';
import { useUiLanguage } from '../../components/useUiLanguage';

export type PreviewRequest = { name: string; preview: BundleImportPreview };

type Props = {
  /** The file read and validated, waiting for confirmation; null when closed. */
  request: PreviewRequest | null;
  onCancel: () => void;
  onConfirm: () => void;
};

/** Shows what an offer-file import will create; nothing is written until "Importieren". */
export function ImportPreviewModal({ request, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const preview = request?.preview;
  const money = (value: string) => formatMoney(value, preview?.currency ?? 'EUR', language);
  const rows: [string, string][] = preview
    ? [
        [
          t('offerImport.offer'),
          t('offerImport.offerValue', {
            number: preview.number,
            revision: preview.revision,
            title: preview.title,
          }),
        ],
        [
          t('offerImport.client'),
          t(preview.client.existing ? 'offerImport.clientExisting' : 'offerImport.clientNew', {
            name: preview.client.name,
          }),
        ],
        [
          t('offerImport.content'),
          t('offerImport.contentValue', {
            sections: preview.sections,
            lines: preview.lines,
            count: preview.chapters,
          }),
        ],
        [t('offerImport.oneTime'), money(preview.totals.oneTime)],
        ...(Number(preview.totals.monthly) !== 0
          ? [[t('offerImport.monthly'), money(preview.totals.monthly)] as [string, string]]
          : []),
        ...(Number(preview.totals.yearly) !== 0
          ? [[t('offerImport.yearly'), money(preview.totals.yearly)] as [string, string]]
          : []),
      ]
    : [];
  return (
    <Modal
      opened={request !== null}
      onClose={onCancel}
      title={t('offerImport.previewTitle')}
      size="lg"
    >
      {request && preview && (
        <Stack gap="sm">
          <Text size="sm">{t('offerImport.previewIntro', { name: request.name })}</Text>
          <Table data-testid="import-preview" withRowBorders={false} verticalSpacing={4}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w="30%" scope="row">
                    {label}
                  </Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {preview.exists && (
            <Alert
              color="red"
              title={t('offerImport.problems')}
              data-testid="import-preview-problems"
            >
              {t('offerImport.exists', { number: preview.number, revision: preview.revision })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('offerImport.cancel')}
            </Button>
            <Button onClick={onConfirm} disabled={preview.exists} data-autofocus>
              {t('offerImport.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
