import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '#data';
import { ContractExportError } from '#shared/documents/contracts/contract-text';
import type { ContractExportIssue } from '#shared/documents/contracts/contract-text';
import { notifyError } from '../../../components/notify-error';
import { platform } from '../../../platform';
import { buildContractFile } from '../../../workers/contract-export.client';
import { FILE_FILTERS, contractDocumentInput, contractFileName } from './contract-export';

export type ContractExportKind = 'docx' | 'pdf';

export type ContractExport = {
  /** Builds the file in the document worker and saves it; false when blocked, cancelled or failed. */
  exportFile: (kind: ContractExportKind) => Promise<boolean>;
  busy: boolean;
  /** What blocked the last export (each item fixed where it points), null when nothing did. */
  issues: ContractExportIssue[] | null;
  clearIssues: () => void;
};

/**
 * Exports the contract's current revision as Word or PDF: built in the document worker with progress,
 * saved through the platform's save dialog like the offer export. A contract that cannot be exported
 * (unknown placeholder, missing variable, unknown reference, missing party detail) sets `issues`.
 */
export function useContractExport(contractId: string): ContractExport {
  const { t } = useTranslation();
  const repos = useRepos();
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<ContractExportIssue[] | null>(null);

  const exportFile = useCallback(
    async (kind: ContractExportKind): Promise<boolean> => {
      const id = `contract-export-${contractId}-${kind}`;
      setBusy(true);
      setIssues(null);
      notifications.show({
        id,
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t('contractExport.step.loading'),
      });
      try {
        const input = await contractDocumentInput(repos, contractId);
        const data = await buildContractFile(kind, input, (step) =>
          notifications.update({
            id,
            loading: true,
            autoClose: false,
            message: t(`contractExport.step.${step}`),
          }),
        );
        const name = contractFileName(input.title, `Revision ${input.revision}`, kind);
        const saved = await platform.saveFile({
          suggestedName: name,
          data,
          filters: [FILE_FILTERS[kind]],
        });
        if (!saved.saved) {
          notifications.hide(id);
          return false;
        }
        notifications.update({
          id,
          loading: false,
          autoClose: 4000,
          withCloseButton: true,
          color: 'green',
          message: t('contractExport.done', { name }),
        });
        return true;
      } catch (error) {
        if (error instanceof ContractExportError) {
          notifications.hide(id);
          setIssues(error.issues);
          return false;
        }
        notifyError(error, t, { id, title: t('contractExport.failed') });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [contractId, repos, t],
  );

  const clearIssues = useCallback(() => setIssues(null), []);
  return { exportFile, busy, issues, clearIssues };
}
