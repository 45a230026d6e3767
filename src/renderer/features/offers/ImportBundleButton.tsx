import { Button, List, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BundleInvalidError, OfferExistsError, useRepos } from '../../db';
import { platform } from '../../platform';

/** Imports a `*.quotient-offer.json`: every problem is listed and nothing is written on error. */
export function ImportBundleButton() {
  const { t } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const importFile = async () => {
    const file = await platform.openFile({ accept: ['json'], maxBytes: 10 * 1024 * 1024 });
    if (!file) return;
    setBusy(true);
    try {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(file.data));
      } catch {
        setProblems([t('offers.import.notJson', { name: file.name })]);
        return;
      }
      const result = await repos.importOfferBundle(json);
      notifications.show({ color: 'green', message: t('offers.import.done', { name: file.name }) });
      void navigate(`/offers/${result.offerId}`);
    } catch (error) {
      if (error instanceof BundleInvalidError) {
        setProblems(error.problems.map((problem) => `${problem.path}: ${problem.message}`));
      } else if (error instanceof OfferExistsError) {
        setProblems([
          t('offers.import.exists', { number: error.number, revision: error.revision }),
        ]);
      } else {
        setProblems([error instanceof Error ? error.message : String(error)]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="default" loading={busy} onClick={() => void importFile()}>
        {t('offers.export.import')}
      </Button>
      <Modal
        opened={problems.length > 0}
        onClose={() => setProblems([])}
        title={t('offers.import.failed')}
        size="lg"
      >
        <Text size="sm" mb="sm">
          {t('offers.import.nothingWritten')}
        </Text>
        <List size="sm" spacing={4} data-testid="import-problems">
          {problems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      </Modal>
    </>
  );
}
