import { addresseeName } from '#shared/text-blocks/salutation';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '#shared/domain';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useRepos, useContacts } from '#data';
import { ContactFormModal } from './ContactFormModal';

/** The client's contacts, primary first. */
export function ContactsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const contacts = useContacts(clientId);
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);

  const sorted = [...(contacts ?? [])].sort(
    (a, b) => Number(b.primary) - Number(a.primary) || a.lastName.localeCompare(b.lastName, 'de'),
  );

  return (
    <Paper withBorder p="md" radius="md" data-testid="contacts-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('contacts.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setEditing('new')}>
          {t('contacts.new')}
        </Button>
      </Group>
      {sorted.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('contacts.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {sorted.map((contact) => (
            <Group
              key={contact.id}
              justify="space-between"
              align="flex-start"
              wrap="nowrap"
              data-testid="contact-row"
            >
              <div>
                <Group gap={6}>
                  <Text fw={500}>{addresseeName(contact)}</Text>
                  {contact.primary && (
                    <Badge size="xs" variant="filled">
                      {t('contacts.primary')}
                    </Badge>
                  )}
                </Group>
                {contact.role && (
                  <Text size="sm" c="dimmed">
                    {contact.role}
                  </Text>
                )}
                <Group gap="md">
                  {contact.email && (
                    <Anchor size="sm" href={`mailto:${contact.email}`}>
                      {contact.email}
                    </Anchor>
                  )}
                  {contact.phone && <Text size="sm">{contact.phone}</Text>}
                </Group>
              </div>
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('common.edit')}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${t('common.edit')}: ${contact.lastName}`}
                    onClick={() => setEditing(contact)}
                  >
                    ✎
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('common.delete')}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('common.delete')}: ${contact.lastName}`}
                    onClick={() =>
                      void deleteWithUndo({
                        label: `${contact.firstName} ${contact.lastName}`.trim(),
                        remove: () => repos.contacts.remove(contact.id),
                        restore: () => repos.contacts.restore(contact.id),
                      })
                    }
                  >
                    ✕
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <ContactFormModal
        clientId={clientId}
        contact={editing === 'new' ? undefined : (editing ?? undefined)}
        opened={editing !== null}
        isFirst={sorted.length === 0}
        onClose={() => setEditing(null)}
      />
    </Paper>
  );
}
