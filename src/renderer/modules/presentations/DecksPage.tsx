import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Deck } from '#shared/domain/presentations';
import { useRepos, ValidationError } from '#data';
import { useDeckSlides, useDecks } from '#data/presentations/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateInput } from '../../components/date-input';
import { EmptyState } from '../../components/EmptyState';
import { CopyIcon } from '../../components/icons';
import { notifyError } from '../../components/notify-error';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useUiLanguage } from '../../components/useUiLanguage';

/** The decks (route `presentations`): the list, "Neuer Foliensatz", duplicate, delete with undo. */
export function DecksPage() {
  const { t } = useTranslation();
  const decks = useDecks();
  const [creating, setCreating] = useState(false);
  if (decks === undefined) return null;

  const newButton = (
    <Button onClick={() => setCreating(true)} data-testid="deck-new">
      {t('presentations.list.new')}
    </Button>
  );
  return (
    <Stack gap="md" data-testid="decks-page">
      <Group justify="space-between">
        <Title order={2}>{t('presentations.title')}</Title>
        <Group gap="sm">
          <Button
            variant="default"
            component={Link}
            to="/presentations/leads"
            data-testid="decks-leads"
          >
            {t('presentations.list.leads')}
          </Button>
          {decks.length > 0 && newButton}
        </Group>
      </Group>
      {decks.length === 0 ? (
        <EmptyState
          title={t('presentations.list.emptyTitle')}
          text={t('presentations.list.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('presentations.list.count', { count: decks.length })}
          </Text>
          <Table highlightOnHover data-testid="decks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('presentations.list.columns.title')}</Table.Th>
                <Table.Th>{t('presentations.list.columns.fair')}</Table.Th>
                <Table.Th>{t('presentations.list.columns.slides')}</Table.Th>
                <Table.Th>{t('presentations.list.columns.language')}</Table.Th>
                <Table.Th>{t('presentations.list.columns.prices')}</Table.Th>
                <Table.Th>{t('presentations.list.columns.changed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decks.map((deck) => (
                <DeckRow key={deck.id} deck={deck} />
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <NewDeckModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function DeckRow({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const repos = useRepos();
  const slides = useDeckSlides(deck.id);
  const deleteWithUndo = useDeleteWithUndo();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const open = () => void navigate(`/presentations/${deck.id}`);

  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = await repos.decks.duplicateDeck(deck.id);
      notifications.show({
        message: t('presentations.list.duplicated', { title: deck.title, copy: copy.title }),
      });
    } catch (error) {
      notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Table.Tr
      data-testid={`deck-row-${deck.id}`}
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      onClick={open}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter') open();
        if (event.key === 'Delete') setAsking(true);
      }}
    >
      <Table.Td>
        <Anchor
          component={Link}
          to={`/presentations/${deck.id}`}
          onClick={(event) => event.stopPropagation()}
          fw={500}
          size="sm"
          underline="hover"
        >
          {deck.title}
        </Anchor>
      </Table.Td>
      <Table.Td>{deck.fairName}</Table.Td>
      <Table.Td data-testid={`deck-slide-count-${deck.id}`}>{slides?.length ?? ''}</Table.Td>
      <Table.Td>{t(`presentations.languages.${deck.language}`)}</Table.Td>
      <Table.Td>
        {deck.hidePrices ? (
          <Badge size="sm" variant="light" color="orange">
            {t('presentations.list.pricesHidden')}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('presentations.list.pricesShown')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{formatDateInput(deck.updatedAt.slice(0, 10), language)}</Table.Td>
      <Table.Td
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Tooltip label={t('presentations.list.duplicate')}>
            <ActionIcon
              variant="subtle"
              loading={busy}
              aria-label={t('presentations.list.duplicateLabel', { title: deck.title })}
              data-testid={`deck-duplicate-${deck.id}`}
              onClick={() => void duplicate()}
            >
              <CopyIcon />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('presentations.list.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('presentations.list.deleteLabel', { title: deck.title })}
              data-testid={`deck-delete-${deck.id}`}
              onClick={() => setAsking(true)}
            >
              ✕
            </ActionIcon>
          </Tooltip>
        </Group>
        <ConfirmDialog
          opened={asking}
          title={t('presentations.list.deleteTitle')}
          text={t('presentations.list.deleteText', { title: deck.title })}
          confirmLabel={t('common.delete')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void deleteWithUndo({
              label: deck.title,
              remove: () => repos.decks.remove(deck.id),
              restore: () => repos.decks.restore(deck.id),
            }).catch((error: unknown) => notifyError(error, t));
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** Asks for the title, creates the deck (in the UI language) and opens it. */
function NewDeckModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setTitle('');
    setError(null);
    onClose();
  };
  const create = async () => {
    if (title.trim() === '') {
      setError(t('presentations.settings.titleRequired'));
      return;
    }
    setSaving(true);
    try {
      const deck = await repos.decks.createDeck({ title: title.trim() });
      close();
      void navigate(`/presentations/${deck.id}`);
    } catch (caught) {
      if (caught instanceof ValidationError) setError(t('presentations.settings.titleRequired'));
      else notifyError(caught, t);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('presentations.list.newTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('presentations.list.newName')}
            placeholder={t('presentations.list.newNamePlaceholder')}
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            maxLength={200}
            withAsterisk
            data-autofocus
            data-testid="deck-new-title"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('presentations.list.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="deck-new-create">
              {t('presentations.list.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
