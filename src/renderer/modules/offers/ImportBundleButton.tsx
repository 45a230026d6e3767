import { Button, List, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BundleInvalidError, OfferExistsError, useRepos, useOfferSettings } from '#data';
import { platform } from '../../platform';
import { ImportPreviewModal } from './ImportPreviewModal';
import type { PreviewRequest } from './ImportPreviewModal';
import { ImportRateModal } from './ImportRateModal';
import type { RateRequest } from './ImportRateModal';
import { bundleProblemText, errorMessage } from '../../components/notify-error';

type PendingImport = RateRequest & { json: unknown };
type PendingPreview = PreviewRequest & { json: unknown; exchangeRate?: string };

/**
 * Imports a `*.quotient-offer.json`: every problem is listed and nothing is written on error.
 * An offer not in EUR whose file names no exchange rate asks for the rate first; then a preview
 * shows what will be created, and only its "Importieren" writes.
 */
export function ImportBundleButton() {
  const { t } = useTranslation();
  const repos = useRepos();
  const settings = useOfferSettings();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [preview, setPreview] = useState<PendingPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const showProblems = (error: unknown) => {
    if (error instanceof BundleInvalidError) {
      setProblems(error.problems.map((problem) => bundleProblemText(problem, t)));
    } else if (error instanceof OfferExistsError) {
      setProblems([t('offers.import.exists', { number: error.number, revision: error.revision })]);
    } else {
      setProblems([errorMessage(error, t)]);
    }
  };

  // Validates and shows what would be created; nothing is written here.
  const runPreview = async (name: string, json: unknown, exchangeRate?: string) => {
    setBusy(true);
    try {
      const options = exchangeRate === undefined ? {} : { exchangeRate };
      const result = await repos.previewOfferBundle(json, options);
      setPreview({ name, preview: result, json, ...options });
    } catch (error) {
      showProblems(error);
    } finally {
      setBusy(false);
    }
  };

  const runImport = async (name: string, json: unknown, exchangeRate?: string) => {
    setBusy(true);
    try {
      const result = await repos.importOfferBundle(
        json,
        exchangeRate === undefined ? {} : { exchangeRate },
      );
      notifications.show({ color: 'green', message: t('offers.import.done', { name }) });
      void navigate(`/offers/${result.offerId}`);
    } catch (error) {
      showProblems(error);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async () => {
    let file: Awaited<ReturnType<typeof platform.openFile>>;
    try {
      file = await platform.openFile({ accept: ['json'], maxBytes: 10 * 1024 * 1024 });
    } catch (error) {
      // Too large or unreadable: said in the UI language, not left as an unhandled rejection.
      showProblems(error);
      return;
    }
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(file.data));
    } catch {
      setProblems([t('offers.import.notJson', { name: file.name })]);
      return;
    }
    // Loaded on first import, like the importer: the bundle schema stays out of start-up.
    const { bundleNeedsExchangeRate, parseOfferBundle } = await import('#shared/bundle');
    const parsed = parseOfferBundle(json);
    if (parsed.ok && bundleNeedsExchangeRate(parsed.bundle)) {
      const currency = parsed.bundle.offer.currency as Exclude<
        typeof parsed.bundle.offer.currency,
        'EUR'
      >;
      setPending({
        name: file.name,
        currency,
        defaultRate: settings?.exchangeRates[currency] ?? '',
        json,
      });
      return;
    }
    // An invalid file goes through the preview too: it lists every problem.
    await runPreview(file.name, json);
  };

  return (
    <>
      <Button variant="default" loading={busy} onClick={() => void importFile()}>
        {t('offers.export.import')}
      </Button>
      <ImportRateModal
        request={pending}
        onCancel={() => setPending(null)}
        onConfirm={(rate) => {
          const request = pending;
          setPending(null);
          if (request) void runPreview(request.name, request.json, rate);
        }}
      />
      <ImportPreviewModal
        request={preview}
        onCancel={() => setPreview(null)}
        onConfirm={() => {
          const request = preview;
          setPreview(null);
          if (request) void runImport(request.name, request.json, request.exchangeRate);
        }}
      />
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
