import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Offer } from '#shared/domain';
import { isEditable, localDate } from '#shared/offers/status';
import { formatDateInput } from '../../components/date-input';
import { useOfferRevisions } from '#data';
import { useOfferActions } from './useOfferActions';
import { useUiLanguage } from '../../components/useUiLanguage';

/**
 * Above a revision that cannot be edited: why (sent, accepted, rejected, replaced), and the way
 * on where there is one: a new revision of a sent or rejected offer (or its open draft), or the
 * current revision of a replaced one.
 */
export function ReadOnlyBanner({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const actions = useOfferActions(offer);
  const revisions = useOfferRevisions(offer.rootId);
  if (isEditable(offer)) return null;
  const day = (instant: string) => (instant ? formatDateInput(localDate(instant), language) : '');
  const draft = revisions?.find((row) => row.status === 'draft' && !row.deleted);
  const newest = revisions
    ?.filter((row) => !row.deleted && row.status !== 'superseded')
    .reduce<Offer | undefined>(
      (best, row) => (!best || row.revision > best.revision ? row : best),
      undefined,
    );

  const text =
    offer.status === 'accepted'
      ? t('offers.editor.readOnlyAccepted', { date: day(offer.acceptedAt) })
      : offer.status === 'sent'
        ? t('offers.editor.readOnlySent', { date: day(offer.sentAt) })
        : offer.status === 'rejected'
          ? t('offers.readOnly.rejected')
          : t('offers.readOnly.superseded');

  let action: { label: string; run: () => void } | null = null;
  if (offer.status === 'sent' || offer.status === 'rejected') {
    action = draft
      ? {
          label: t('offers.readOnly.openDraft', { revision: draft.revision }),
          run: () => void navigate(`/offers/${draft.id}`),
        }
      : {
          label: t('offers.readOnly.newRevision', {
            revision: Math.max(offer.revision, ...(revisions ?? []).map((row) => row.revision)) + 1,
          }),
          run: () => void actions.revise(),
        };
  } else if (offer.status === 'superseded' && newest && newest.id !== offer.id) {
    action = {
      label: t('offers.readOnly.openRevision', { revision: newest.revision }),
      run: () => void navigate(`/offers/${newest.id}`),
    };
  }

  return (
    <Alert
      color={offer.status === 'accepted' ? 'green' : offer.status === 'rejected' ? 'gray' : 'blue'}
      data-testid="read-only-banner"
      data-status={offer.status}
      py="xs"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{text}</Text>
        {action && (
          <Button
            size="compact-sm"
            variant="white"
            onClick={action.run}
            data-testid="read-only-action"
          >
            {action.label}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
