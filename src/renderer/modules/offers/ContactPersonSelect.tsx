import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact, Language } from '#shared/domain';
import { placeholderToken, salutation } from '#shared/text-blocks';
import { addresseeName } from '#shared/text-blocks/salutation';
import { useContacts } from '#data';

/** "Dr. Katrin Wendler": the contact as documents address it. */
export const contactFullName = (
  contact: Pick<Contact, 'firstName' | 'lastName' | 'title'>,
): string => addresseeName(contact);

/** The contact an offer preselects: the client's primary (main) contact, else none. */
export const defaultContactId = (contacts: readonly Contact[] | undefined): string =>
  contacts?.find((contact) => contact.primary)?.id ?? '';

type Props = {
  clientId: string;
  /** '' for none. */
  value: string;
  onChange: (contactId: string) => void;
  /** The document language the salutation preview is shown in. */
  language: Language;
  disabled?: boolean;
  /** The offer's terms grid: small, without the hint. */
  compact?: boolean;
};

/** The offer's contact person: one of the client's contacts or none, with the salutation it gives. */
export function ContactPersonSelect({
  clientId,
  value,
  onChange,
  language,
  disabled,
  compact,
}: Props) {
  const { t } = useTranslation();
  const contacts = useContacts(clientId);
  const chosen = contacts?.find((contact) => contact.id === value);
  const preview = t('offers.fields.salutationPreview', {
    text: salutation(chosen ? contactFullName(chosen) : '', language, chosen?.salutation ?? ''),
  });
  const data = [
    { value: '', label: t('offers.fields.contactNone') },
    ...(contacts ?? []).map((contact) => ({
      value: contact.id,
      label: [
        contactFullName(contact),
        contact.role,
        contact.primary ? t('offers.fields.contactPrimary') : '',
      ]
        .filter((part) => part !== '')
        .join(' · '),
    })),
  ];
  return (
    <Stack gap={2}>
      <Select
        label={t('offers.fields.contact')}
        size={compact ? 'xs' : 'sm'}
        description={
          compact
            ? undefined
            : t('offers.fields.contactHint', {
                name: placeholderToken('client.contactName'),
                salutation: placeholderToken('client.salutation'),
              })
        }
        data={data}
        value={value}
        onChange={(next) => onChange(next ?? '')}
        allowDeselect={false}
        disabled={disabled === true || !clientId}
        searchable
        data-testid="offer-contact"
      />
      <Text size="xs" c="dimmed" truncate={compact} title={preview} data-testid="offer-salutation">
        {preview}
      </Text>
    </Stack>
  );
}
