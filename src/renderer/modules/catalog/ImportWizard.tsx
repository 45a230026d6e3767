import { Alert, Button, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guessMapping, validateImport } from '#shared/catalog-import';
import type { Mapping } from '#shared/catalog-import';
import { useRepos } from '#data';
import { platform } from '../../platform';
import { readImportFileInWorker } from '../../workers/catalog-import.client';
import { dataRowCount, fileErrorMessage } from './import-file';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportMappingStep } from './ImportMappingStep';

type LoadedFile = { name: string; rows: string[][] };
type Summary = { imported: number; skipped: number };

/** CSV/XLSX import: choose a file, map columns, check every row, import in one transaction. */
export function ImportWizard({ onShowItems }: { onShowItems: () => void }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const result = useMemo(
    () => (file && step === 2 ? validateImport({ rows: file.rows, mapping }) : null),
    [file, mapping, step],
  );

  const restart = () => {
    setStep(0);
    setFile(null);
    setMapping({});
    setSummary(null);
    setProblem(null);
  };

  const choose = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const picked = await platform.openFile({ accept: ['csv', 'xlsx'] });
      if (!picked) return;
      // In a worker: a large file (or one built to be) must not freeze the window.
      const rows = await readImportFileInWorker(picked);
      if (dataRowCount(rows) === 0) {
        setProblem(t('catalog.importWizard.emptyFile'));
        return;
      }
      setFile({ name: picked.name, rows });
      setMapping(guessMapping(rows[0] ?? []));
      setStep(1);
    } catch (error) {
      setProblem(t('catalog.importWizard.readFailed', { reason: fileErrorMessage(t, error) }));
    } finally {
      setBusy(false);
    }
  };

  const runImport = async () => {
    if (!result) return;
    setBusy(true);
    setProblem(null);
    try {
      // One transaction: all valid rows or none.
      const created = await repos.catalog.bulkCreate(result.items);
      setSummary({
        imported: created.length,
        skipped: new Set(result.errors.map((error) => error.row)).size,
      });
      setStep(3);
    } catch (error) {
      setProblem(t('catalog.importWizard.importFailed', { reason: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="import-wizard">
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('catalog.importWizard.steps.file')}>
          <Stack gap="sm" mt="md" align="flex-start">
            <Text size="sm" c="dimmed">
              {t('catalog.importWizard.fileHint')}
            </Text>
            <Button onClick={() => void choose()} loading={busy} data-testid="import-choose">
              {t('catalog.importWizard.choose')}
            </Button>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('catalog.importWizard.steps.mapping')}>
          {file && (
            <Stack gap="sm" mt="md">
              <Text size="sm" fw={500} data-testid="import-file-info">
                {t('catalog.importWizard.fileInfo', {
                  name: file.name,
                  count: dataRowCount(file.rows),
                })}
              </Text>
              <ImportMappingStep
                rows={file.rows}
                mapping={mapping}
                onChange={setMapping}
                onBack={restart}
                onNext={() => setStep(2)}
              />
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t('catalog.importWizard.steps.check')}>
          {result && (
            <Stack mt="md">
              <ImportCheckStep
                result={result}
                running={busy}
                onFix={restart}
                onImport={() => void runImport()}
              />
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Completed>
          {summary && (
            <Stack gap="sm" mt="md" data-testid="import-summary">
              <Alert color="green">
                {t('catalog.importWizard.summary', { count: summary.imported })}
                {summary.skipped > 0 &&
                  ` ${t('catalog.importWizard.summarySkipped', { count: summary.skipped })}`}
              </Alert>
              <Group>
                <Button onClick={onShowItems}>{t('catalog.importWizard.showItems')}</Button>
                <Button variant="default" onClick={restart}>
                  {t('catalog.importWizard.again')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Completed>
      </Stepper>
      {problem && (
        <Alert color="red" mt="md" data-testid="import-problem">
          {problem}
        </Alert>
      )}
    </Paper>
  );
}
