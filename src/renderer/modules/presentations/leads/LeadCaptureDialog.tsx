import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lead } from '#shared/domain/presentations';
import { useDeck } from '#data/presentations/hooks';
import { LeadCaptureForm } from './LeadCaptureForm';

type Props = {
  deckId: string;
  opened: boolean;
  onClose: () => void;
  /** Called with the saved lead before the dialog closes. */
  onSaved?: (lead: Lead) => void;
};

/**
 * The lead form in a dialog (the presenter's "L", the lead-capture slide, the leads page). Esc and
 * a click outside do not close it behind the form's back: the form asks before throwing input away.
 */
export function LeadCaptureDialog({ deckId, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const deck = useDeck(deckId);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={deck ? t('leads.capture.titleFor', { deck: deck.title }) : t('leads.capture.title')}
      size="xl"
      closeOnEscape={false}
      closeOnClickOutside={false}
      withCloseButton={false}
      data-testid="lead-dialog"
    >
      {opened && (
        <LeadCaptureForm
          deckId={deckId}
          onSaved={(lead) => {
            onSaved?.(lead);
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
