import { Checkbox, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import { DateField } from '../../components/DateField';
import { formatDateInput } from '../../components/date-input';
import { useContacts } from '#data';
import type { FollowUpChoice } from './useFollowUpChoice';
import { useUiLanguage } from '../../components/useUiLanguage';

/**
 * "Wiedervorlage am …" in the dialogs that mark an offer sent: a checkbox to set one (on by
 * default) and its day, prefilled a week before the validity ends. Resets when it is shown.
 */
export function FollowUpFields({
  offer,
  choice,
}: {
  offer: Pick<Offer, 'clientId' | 'contactId'>;
  choice: FollowUpChoice;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // The follow-up names the offer's contact person while that is still one of the client's.
  const contact = useContacts(offer.clientId)?.find((row) => row.id === (offer.contactId ?? ''));
  const contactName = contact ? `${contact.firstName} ${contact.lastName}`.trim() : '';
  const { reset } = choice;
  // Shown = a dialog opened: start from today's default, not from an earlier opening.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once per showing
  useEffect(() => reset(), []);
  const { enabled, dueDate, sentOn } = choice.state;
  const error = choice.error;
  return (
    <Stack gap={6} data-testid="follow-up-fields">
      <Checkbox
        label={t('offers.followUp.enabled')}
        checked={enabled}
        onChange={(event) => choice.setEnabled(event.currentTarget.checked)}
        data-testid="follow-up-enabled"
      />
      {enabled && (
        <DateField
          label={t('offers.followUp.dueDate')}
          value={dueDate}
          onChange={choice.setDueDate}
          minDate={sentOn}
          clearable
          error={error === null ? undefined : t(error, { date: formatDateInput(sentOn, language) })}
          data-testid="follow-up-date"
          w={200}
        />
      )}
      {enabled && (
        <Text size="xs" c="dimmed">
          {contactName
            ? t('offers.followUp.hintContact', { name: contactName })
            : t('offers.followUp.hint')}
        </Text>
      )}
    </Stack>
  );
}
