import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import { documentFileName } from '#shared/documents/types';
import { useRepos } from '#data';
import { platform } from '../../platform';
import { generateDocument } from '../../workers/documents.client';
import { collectOffer, ExportProblem, type CollectedOffer, type ExportKind } from './offer-export';
import { useCustomerModeStore } from '../../stores/customer-mode.store';
import { isInternalExport } from './customer-safe';
import { notifyError } from '../../components/notify-error';

const mime = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  bundle: 'application/json',
} as const;

/**
 * Exports an offer revision: builds the file in the document worker with progress, saves it
 * through the platform and archives it on the offer, so the team knows what was sent. The
 * check before exporting (useSendCheck) runs first, in the header; it also covers placeholders.
 */
export function useOfferExport(offer: Offer) {
  const { t } = useTranslation();
  const repos = useRepos();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (kind: ExportKind, collected: CollectedOffer) => {
      const format = kind === 'bundle' ? 'bundle' : kind === 'docx' ? 'docx' : 'xlsx';
      const internal = kind === 'xlsx-internal';
      const extension = format === 'bundle' ? 'quotient-offer.json' : format;
      const id = `export-${offer.id}-${kind}`;
      const name = documentFileName({
        number: offer.number,
        revision: offer.revision,
        clientName: collected.data.client.name,
        extension,
      }).replace(/\.xlsx$/, internal ? ` intern.xlsx` : '.xlsx');
      setBusy(true);
      notifications.show({
        id,
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t(`offers.export.step.loading`),
      });
      try {
        const data =
          format === 'bundle'
            ? new TextEncoder().encode(`${JSON.stringify(collected.bundle(), null, 2)}\n`)
            : await generateDocument(format, collected.data, (step) =>
                notifications.update({
                  id,
                  loading: true,
                  autoClose: false,
                  message: t(`offers.export.step.${step}`),
                }),
              );
        const saved = await platform.saveFile({ suggestedName: name, data });
        if (!saved.saved) {
          notifications.hide(id);
          return;
        }
        await repos.documents.archive({
          offerId: offer.id,
          revision: offer.revision,
          kind: format,
          name,
          internal,
          mimeType: mime[format],
          data,
        });
        notifications.update({
          id,
          loading: false,
          autoClose: 4000,
          withCloseButton: true,
          color: 'green',
          message: t('offers.export.done', { name }),
        });
      } catch (error) {
        notifyError(error, t, { id, title: t('offers.export.failed') });
      } finally {
        setBusy(false);
      }
    },
    [offer, repos, t],
  );

  const start = useCallback(
    async (kind: ExportKind) => {
      // The menu hides them in the customer mode; no other way exports them then either.
      if (useCustomerModeStore.getState().on && isInternalExport(kind)) return;
      try {
        const collected = await collectOffer(repos, offer, kind === 'xlsx-internal');
        await run(kind, collected);
      } catch (error) {
        notifyError(error, t, {
          title: t('offers.export.failed'),
          explain: (e) => (e instanceof ExportProblem ? t(e.key) : undefined),
        });
      }
    },
    [repos, offer, run, t],
  );

  /** PDF from the print view: bytes on the desktop (saved and archived), the print dialog in a browser. */
  const printPdf = useCallback(async () => {
    setBusy(true);
    try {
      const client = await repos.clients.get(offer.clientId);
      const result = await platform.printOffer(offer.id);
      if (result.kind !== 'pdf') return;
      const name = documentFileName({
        number: offer.number,
        revision: offer.revision,
        clientName: client?.name ?? '',
        extension: 'pdf',
      });
      const saved = await platform.saveFile({ suggestedName: name, data: result.data });
      if (!saved.saved) return;
      await repos.documents.archive({
        offerId: offer.id,
        revision: offer.revision,
        kind: 'pdf',
        name,
        internal: false,
        mimeType: 'application/pdf',
        data: result.data,
      });
      notifications.show({ color: 'green', message: t('offers.export.done', { name }) });
    } catch (error) {
      notifyError(error, t, { title: t('offers.export.failed') });
    } finally {
      setBusy(false);
    }
  }, [offer, repos, t]);

  return {
    busy,
    printPdf: () => void printPdf(),
    exportAs: (kind: ExportKind) => void start(kind),
  };
}
