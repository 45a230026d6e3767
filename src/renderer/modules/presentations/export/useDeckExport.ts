import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '#data';
import { notifyError } from '../../../components/notify-error';
import { platform } from '../../../platform';
import { DECK_FILE_FILTERS, buildDeckExport } from './deck-export';
import type { DeckExportKind } from './deck-export';

export type DeckExport = {
  /** Builds the file in the document worker and saves it; false when cancelled or failed. */
  exportFile: (kind: DeckExportKind, options?: { withNotes?: boolean }) => Promise<boolean>;
  busy: boolean;
};

/**
 * Exports the deck as PDF or PowerPoint: built from the presentable deck in the document worker
 * with progress, saved through the platform's save dialog as "<deck title>.pdf" like the other
 * exports. Speaker notes go into the PowerPoint only with `withNotes`, never into the PDF.
 */
export function useDeckExport(deckId: string): DeckExport {
  const { t } = useTranslation();
  const repos = useRepos();
  const [busy, setBusy] = useState(false);

  const exportFile = useCallback(
    async (kind: DeckExportKind, options: { withNotes?: boolean } = {}): Promise<boolean> => {
      const id = `deck-export-${deckId}-${kind}`;
      setBusy(true);
      notifications.show({
        id,
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t('presentationExport.step.loading'),
      });
      try {
        const { data, name } = await buildDeckExport(repos, deckId, kind, {
          withNotes: options.withNotes ?? false,
          onStep: (step) =>
            notifications.update({
              id,
              loading: true,
              autoClose: false,
              message: t(`presentationExport.step.${step}`),
            }),
        });
        const saved = await platform.saveFile({
          suggestedName: name,
          data,
          filters: [DECK_FILE_FILTERS[kind]],
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
          message: t('presentationExport.done', { name }),
        });
        return true;
      } catch (error) {
        // A deck without slides is refused by the builder: say so plainly.
        notifyError(error, t, {
          id,
          title: t('presentationExport.failed'),
          explain: (cause) =>
            cause instanceof Error && cause.message.includes('deck.slides is empty')
              ? t('presentationExport.empty')
              : undefined,
        });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [deckId, repos, t],
  );

  return { exportFile, busy };
}
