import { useTranslation } from 'react-i18next';
import { notifyError } from './notify-error';

/** The writes of a repository as an edit dialog uses them. */
export type SavingRepository<I> = {
  create(input: I): Promise<unknown>;
  update(id: string, input: I): Promise<unknown>;
};

type SaveArgs<I> = {
  repository: SavingRepository<I>;
  existing: { id: string } | null | undefined;
  onClose: () => void;
  onError: (error: unknown) => void;
};

/** Updates `existing` or creates a new row, then closes; a failed write does not close and goes to onError. */
export async function saveAndClose<I>(
  input: I,
  { repository, existing, onClose, onError }: SaveArgs<I>,
): Promise<void> {
  try {
    if (existing) await repository.update(existing.id, input);
    else await repository.create(input);
  } catch (error) {
    onError(error);
    return;
  }
  onClose();
}

/**
 * An edit dialog's submit: updates `existing` or creates a new row, then closes the dialog; a
 * failed write leaves it open and shows the error.
 */
export function useSaveAndClose<I>(
  repository: SavingRepository<I>,
  existing: { id: string } | null | undefined,
  onClose: () => void,
): (input: I) => Promise<void> {
  const { t } = useTranslation();
  const onError = (error: unknown) => notifyError(error, t);
  return (input) => saveAndClose(input, { repository, existing, onClose, onError });
}
