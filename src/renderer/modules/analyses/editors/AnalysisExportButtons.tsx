import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '#shared/domain/analyses';
import { notifyError } from '../../../components/notify-error';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { platform } from '../../../platform';
import { exportAnalysisFile } from '../../../workers/analysis-export.client';
import { pickInput } from './draft';

type Props = {
  analysis: Analysis;
  names: Record<string, string>;
  companyName: string;
  /** The company's brand colour for headings and table heads ('' for Quotient's blue). */
  brandColor: string;
  /** While the draft is not saved (invalid or waiting), the file would not show the screen. */
  disabled: boolean;
};

/** "Word" and "Excel": the stored analysis as a Word section or an Excel sheet with formulas. */
export function AnalysisExportButtons({
  analysis,
  names,
  companyName,
  brandColor,
  disabled,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  const run = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      const file = await exportAnalysisFile(format, {
        analysis: pickInput(analysis),
        names,
        language,
        companyName,
        ...(brandColor === '' ? {} : { brandColor }),
      });
      const saved = await platform.saveFile({ suggestedName: file.fileName, data: file.bytes });
      if (saved.saved) {
        notifications.show({
          color: 'green',
          message: t('analysisEditors.exported', { name: file.fileName }),
        });
      }
    } catch (error) {
      notifyError(error, t, { title: t('analysisEditors.exportFailed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="default"
        onClick={() => void run('docx')}
        loading={busy === 'docx'}
        disabled={disabled || busy !== null}
        data-testid="analysis-export-docx"
      >
        {t('analysisEditors.exportWord')}
      </Button>
      <Button
        variant="default"
        onClick={() => void run('xlsx')}
        loading={busy === 'xlsx'}
        disabled={disabled || busy !== null}
        data-testid="analysis-export-xlsx"
      >
        {t('analysisEditors.exportExcel')}
      </Button>
    </Group>
  );
}
