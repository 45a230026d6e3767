import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  useRepos,
  useClientOpportunities,
  useClients,
  useCompany,
  useContacts,
  useOfferSettings,
} from '#data';
import { ContactPersonSelect, defaultContactId } from './ContactPersonSelect';
import { localToday, newOfferDefaults } from './offer-defaults';
import { notifyError } from '../../components/notify-error';

type Props = {
  opened: boolean;
  onClose: () => void;
  clientId?: string;
  /** Started from an opportunity: it is preselected and lends the offer its title. */
  opportunityId?: string;
};

/** Creates an offer for a client (and optionally one of its opportunities), then opens it. */
export function NewOfferModal({ opened, onClose, clientId, opportunityId }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();
  const clients = useClients();
  const company = useCompany();
  const settings = useOfferSettings();
  const [client, setClient] = useState<string | null>(clientId ?? null);
  const [opportunity, setOpportunity] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ client?: string; title?: string }>({});
  const [busy, setBusy] = useState(false);
  const opportunities = useClientOpportunities(client ?? '');
  const contacts = useContacts(client ?? '');
  // undefined until the user picks: the client's main contact is preselected.
  const [pickedContact, setPickedContact] = useState<string | undefined>(undefined);
  const contactId = pickedContact ?? defaultContactId(contacts);

  useEffect(() => {
    if (!opened) return;
    setClient(clientId ?? null);
    setOpportunity(opportunityId ?? null);
    setTitle('');
    setPickedContact(undefined);
    setErrors({});
  }, [opened, clientId, opportunityId]);

  // The preselected opportunity's title, once the client's opportunities are read.
  const preselected = opportunities?.find((item) => item.id === opportunityId);
  useEffect(() => {
    if (opened && preselected) setTitle((current) => current || preselected.title);
  }, [opened, preselected]);

  const create = async () => {
    const chosen = clients?.find((candidate) => candidate.id === client);
    const nextErrors = {
      client: chosen ? undefined : t('validation.required'),
      title: title.trim() ? undefined : t('validation.required'),
    };
    setErrors(nextErrors);
    if (!chosen || !settings || nextErrors.title) return;
    setBusy(true);
    try {
      const offer = await repos.offers.create({
        ...newOfferDefaults({
          client: chosen,
          company: company ?? null,
          settings,
          today: localToday(),
          title: title.trim(),
          opportunityId: opportunity ?? '',
        }),
        contactId,
      });
      onClose();
      void navigate(`/offers/${offer.id}`);
    } catch (error) {
      notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('offers.newTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
        data-testid="new-offer-form"
      >
        <Stack gap="sm">
          <Select
            label={t('offers.fields.client')}
            data={(clients ?? []).map((candidate) => ({
              value: candidate.id,
              label: candidate.name,
            }))}
            value={client}
            onChange={(value) => {
              setClient(value);
              setOpportunity(null);
              setPickedContact(undefined);
            }}
            searchable
            withAsterisk
            error={errors.client}
            limit={50}
          />
          <Select
            label={t('offers.fields.opportunity')}
            data={(opportunities ?? []).map((item) => ({ value: item.id, label: item.title }))}
            value={opportunity}
            onChange={(value) => {
              setOpportunity(value);
              const chosen = opportunities?.find((item) => item.id === value);
              if (chosen && !title) setTitle(chosen.title);
            }}
            clearable
            disabled={!client}
            data-testid="new-offer-opportunity"
          />
          <ContactPersonSelect
            clientId={client ?? ''}
            value={contactId}
            onChange={setPickedContact}
            language={clients?.find((candidate) => candidate.id === client)?.language ?? 'de'}
          />
          <TextInput
            label={t('offers.fields.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            withAsterisk
            error={errors.title}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('offers.new')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
