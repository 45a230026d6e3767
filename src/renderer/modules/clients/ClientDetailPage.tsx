import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useRepos, useClient } from '#data';
import { Slot } from '../../app/slots';
import { ActivitiesPanel } from './ActivitiesPanel';
import { ClientFormModal } from './ClientFormModal';
import { ClientMasterData } from './ClientMasterData';
import { ContactsPanel } from './ContactsPanel';

/** One client: master data, contacts, opportunities and the activity timeline. */
export function ClientDetailPage() {
  const { clientId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repos = useRepos();
  const client = useClient(clientId);
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (client === undefined) return null;
  if (client === null || client.deleted) {
    return (
      <EmptyState
        title={t('clients.notFound')}
        action={
          <Button component={Link} to="/clients">
            {t('clients.backToList')}
          </Button>
        }
      />
    );
  }

  const remove = async () => {
    setConfirmDelete(false);
    await deleteWithUndo({
      label: client.name,
      remove: () => repos.clients.remove(client.id),
      restore: () => repos.clients.restore(client.id),
    });
    void navigate('/clients');
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/clients" size="sm">
        ← {t('clients.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="client-name">
            {client.name}
            {client.legalForm && !client.name.endsWith(client.legalForm)
              ? ` ${client.legalForm}`
              : ''}
          </Title>
          <Group gap={6} mt={4}>
            {client.industry && <Text c="dimmed">{client.industry}</Text>}
            {client.tags.map((tag) => (
              <Badge key={tag} variant="light" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          <Button variant="light" color="red" onClick={() => setConfirmDelete(true)}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <ClientMasterData client={client} />
            </Paper>
            <ContactsPanel clientId={client.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Slot name="client.detail" props={{ clientId: client.id }} />
            <ActivitiesPanel clientId={client.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ClientFormModal opened={editing} onClose={() => setEditing(false)} client={client} />
      <ConfirmDialog
        opened={confirmDelete}
        title={t('common.confirmDelete')}
        text={t('clients.deleteText', { name: client.name })}
        confirmLabel={t('common.delete')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void remove()}
      />
    </Stack>
  );
}
