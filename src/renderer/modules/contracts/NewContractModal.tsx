import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CONTRACT_TYPES, evbItRecommendation, offerFacts } from '#shared/contracts';
import type { ContractLanguage, ContractType, EvbItRecommendation } from '#shared/contracts';
import type { Client, Offer, OfferLine } from '#shared/domain';
import { useClientOffers, useClients, useOfferLines, useRepos } from '#data';
import { notifyError } from '../../components/notify-error';
import { useUiLanguage } from '../../components/useUiLanguage';
import { factsLines, isPublicSectorClient } from './contract-view';

type Props = { opened: boolean; onClose: () => void; clientId?: string };

/** "Neuer Vertrag": client, offer revision, type, language and title; EVB-IT for public clients. */
export function NewContractModal({ opened, onClose, clientId }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.newContract.title')} size="lg">
      {opened && <NewContractForm onClose={onClose} initialClientId={clientId ?? null} />}
    </Modal>
  );
}

/** The recommendation for a public-sector client, or null when no offer line fits a form. */
export function recommendationFor(
  client: Pick<Client, 'country'>,
  lines: readonly OfferLine[],
): EvbItRecommendation | null {
  return evbItRecommendation(
    offerFacts({ lines: factsLines(lines), clientCountry: client.country, publicSector: true }),
  );
}

function NewContractForm({
  onClose,
  initialClientId,
}: {
  onClose: () => void;
  initialClientId: string | null;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();
  const uiLanguage = useUiLanguage();
  const clients = useClients();
  const [clientId, setClientId] = useState<string | null>(initialClientId);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [type, setType] = useState<ContractType>('werkvertrag');
  const [language, setLanguage] = useState<ContractLanguage | null>(null);
  const [title, setTitle] = useState('');
  const [publicSector, setPublicSector] = useState<boolean | null>(null);
  const [clientError, setClientError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const offers = useClientOffers(clientId ?? '');
  const lines = useOfferLines(offerId ?? '');

  const client = clients?.find((row) => row.id === clientId);
  const isPublic = publicSector ?? (client ? isPublicSectorClient(client) : false);
  const contractLanguage: ContractLanguage = language ?? (client?.language === 'en' ? 'en' : 'de');
  const offerOptions = useMemo(
    () =>
      [...(offers ?? [])]
        .sort(
          (a: Offer, b: Offer) =>
            b.date.localeCompare(a.date) ||
            a.number.localeCompare(b.number) ||
            b.revision - a.revision,
        )
        .map((offer) => ({
          value: offer.id,
          label: t('contracts.newContract.offerOption', {
            number: offer.number || '–',
            revision: offer.revision,
            title: offer.title,
            status: t(`contracts.newContract.offerStatuses.${offer.status}`),
          }),
        })),
    [offers, t],
  );
  const recommendation = useMemo(() => {
    if (!client || !isPublic || !offerId || lines === undefined) return undefined;
    try {
      return recommendationFor(client, lines);
    } catch {
      return null;
    }
  }, [client, isPublic, offerId, lines]);
  const placeholderTitle = client
    ? t('contracts.newContract.titlePlaceholder', {
        type: t(`contracts.types.${type}`),
        client: client.name,
      })
    : '';

  const create = async () => {
    if (!clientId) {
      setClientError(t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      const { contract } = await repos.contracts.createFromOffer({
        clientId,
        offerId: offerId ?? '',
        type,
        language: contractLanguage,
        title: title.trim() || `${t(`contracts.types.${type}`)} ${client?.name ?? ''}`.trim(),
      });
      notifications.show({
        color: 'green',
        message: t('contracts.newContract.created', { title: contract.title }),
      });
      onClose();
      void navigate(`/contracts/${contract.id}`);
    } catch (error) {
      notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="new-contract-form">
      <Select
        label={t('contracts.newContract.client')}
        placeholder={t('contracts.newContract.clientPlaceholder')}
        data={(clients ?? []).map((row) => ({ value: row.id, label: row.name }))}
        value={clientId}
        onChange={(value) => {
          setClientId(value);
          setOfferId(null);
          setPublicSector(null);
          setLanguage(null);
          setClientError(undefined);
        }}
        searchable
        required
        error={clientError}
        data-testid="new-contract-client"
      />
      <Select
        label={t('contracts.newContract.offer')}
        placeholder={t('contracts.newContract.offerNone')}
        data={offerOptions}
        value={offerId}
        onChange={setOfferId}
        disabled={!clientId}
        clearable
        searchable
        data-testid="new-contract-offer"
      />
      <Group grow align="flex-start">
        <Select
          label={t('contracts.newContract.type')}
          data={CONTRACT_TYPES.map((value) => ({ value, label: t(`contracts.types.${value}`) }))}
          value={type}
          onChange={(value) => value && setType(value as ContractType)}
          allowDeselect={false}
          data-testid="new-contract-type"
        />
        <Select
          label={t('contracts.newContract.language')}
          data={(['de', 'en'] as const).map((value) => ({
            value,
            label: t(`contracts.languages.${value}`),
          }))}
          value={contractLanguage}
          onChange={(value) => value && setLanguage(value as ContractLanguage)}
          allowDeselect={false}
          data-testid="new-contract-language"
        />
      </Group>
      <TextInput
        label={t('contracts.newContract.contractTitle')}
        placeholder={placeholderTitle}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        maxLength={200}
        data-testid="new-contract-title"
      />
      {client && (
        <Checkbox
          label={t('contracts.newContract.publicSector')}
          description={t('contracts.newContract.publicSectorHint')}
          checked={isPublic}
          onChange={(event) => setPublicSector(event.currentTarget.checked)}
          data-testid="new-contract-public-sector"
        />
      )}
      {client && isPublic && (
        <Alert color="blue" variant="light" data-testid="evb-it-recommendation">
          {!offerId ? (
            <Text size="sm">{t('contracts.newContract.evbNoOffer')}</Text>
          ) : recommendation === undefined ? null : recommendation === null ? (
            <Text size="sm">{t('contracts.newContract.evbNone')}</Text>
          ) : (
            <Stack gap={4}>
              <Text fw={600} size="sm" data-testid="evb-it-type">
                {t('contracts.newContract.evbTitle', { type: recommendation.type })}
              </Text>
              <Text size="sm">{recommendation.reason[uiLanguage]}</Text>
              <Text size="sm" mt={4}>
                {t('contracts.newContract.evbData')}
              </Text>
              <List size="sm" spacing={0}>
                {recommendation.offerData.map((item) => (
                  <List.Item key={item.key}>{item.label[uiLanguage]}</List.Item>
                ))}
              </List>
              {recommendation.alsoConsider.length > 0 && (
                <Text size="sm" c="dimmed">
                  {t('contracts.newContract.evbAlso', {
                    types: recommendation.alsoConsider.join(', '),
                  })}
                </Text>
              )}
            </Stack>
          )}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onClose}>
          {t('contracts.newContract.cancel')}
        </Button>
        <Button onClick={() => void create()} loading={busy} data-testid="new-contract-create">
          {t('contracts.newContract.create')}
        </Button>
      </Group>
    </Stack>
  );
}
