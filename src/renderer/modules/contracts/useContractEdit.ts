import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract } from '#shared/domain/contracts';
import { useRepos, ValidationError } from '#data';
import { notifyError } from '../../components/notify-error';

/**
 * Runs an edit of the contract's current revision. When the edit made revision n+1 (the revision
 * was sent), says so. A ValidationError goes back to the caller (to show it at its field) unless
 * `notifyValidation`; anything else is shown as a notification. Resolves true when it was saved.
 */
export function useContractEdit(contract: Contract | undefined) {
  const { t } = useTranslation();
  const repos = useRepos();
  return useCallback(
    async (
      edit: () => Promise<unknown>,
      { notifyValidation = true }: { notifyValidation?: boolean } = {},
    ): Promise<boolean> => {
      if (!contract) return false;
      // Read fresh: an earlier edit may have made a new revision the page has not drawn yet.
      const before =
        (await repos.contracts.get(contract.id))?.currentRevisionId ?? contract.currentRevisionId;
      try {
        await edit();
      } catch (error) {
        if (error instanceof ValidationError && !notifyValidation) throw error;
        notifyError(error, t);
        return false;
      }
      const after = await repos.contracts.get(contract.id);
      if (after && after.currentRevisionId !== before) {
        const [previous, next] = await Promise.all([
          repos.contracts.getRevision(before),
          repos.contracts.getRevision(after.currentRevisionId),
        ]);
        if (next) {
          notifications.show({
            id: `contract-revision-${next.id}`,
            color: 'blue',
            title: t('contracts.editor.revisionCreated', { number: next.number }),
            message: t('contracts.editor.revisionCreatedText', {
              number: next.number,
              previous: previous?.number ?? next.number - 1,
            }),
            autoClose: 8000,
          });
        }
      }
      return true;
    },
    [contract, repos, t],
  );
}

export type RunEdit = ReturnType<typeof useContractEdit>;
