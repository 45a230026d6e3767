import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import { useRepos } from '#data';
import { notifyError } from '../../../components/notify-error';
import { platform } from '../../../platform';
import { PlanExportProblem, mspdiBytes, planFileLabel } from './mspdi';

/** "MS-Project-XML exportieren": the offer's plan as MSPDI through the platform's save dialog. */
export function PlanExportButton({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const data = await mspdiBytes(repos, offer.id);
      const name = t('planExport.fileName', { label: planFileLabel(offer) });
      const saved = await platform.saveFile({
        suggestedName: name,
        data,
        filters: [{ name: 'MS Project XML', extensions: ['xml'] }],
      });
      if (saved.saved) {
        notifications.show({ color: 'green', message: t('planExport.exported', { name }) });
      }
    } catch (error) {
      notifyError(error, t, {
        title: t('planExport.failed'),
        explain: (problem) =>
          problem instanceof PlanExportProblem ? t(problem.key, problem.values) : undefined,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip label={t('planExport.mspdiHint')}>
      <Button
        variant="default"
        onClick={() => void run()}
        loading={busy}
        disabled={busy}
        data-testid="plan-export-mspdi"
      >
        {t('planExport.mspdi')}
      </Button>
    </Tooltip>
  );
}
