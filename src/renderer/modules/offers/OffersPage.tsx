import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { useClients, useOffers } from '#data';
import { ImportBundleButton } from './ImportBundleButton';
import { NewOfferModal } from './NewOfferModal';
import { latestRevisions, offerLabel } from './offer-list';
import { OfferStatusBadge } from './OfferStatusBadge';
import { TrashLink } from '../../components/TrashLink';

/** All offers, newest revision each, searchable by number, title and client. */
export function OffersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const offers = useOffers();
  const clients = useClients();
  const [creating, setCreating] = useState(false);
  const [query, setQuery] = useState('');
  const clientNames = useMemo(() => new Map((clients ?? []).map((c) => [c.id, c.name])), [clients]);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  const rows = useMemo(() => {
    const words = query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
    return latestRevisions(
      (offers ?? []).filter((offer) => clientNames.has(offer.clientId)),
    ).filter((offer) => {
      const text =
        `${offer.number} ${offer.title} ${clientNames.get(offer.clientId)}`.toLocaleLowerCase('de');
      return words.every((word) => text.includes(word));
    });
  }, [offers, clientNames, query]);

  if (offers === undefined || clients === undefined) return null;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs" align="center">
          <Title order={2}>{t('offers.title')}</Title>
          <TrashLink area="offers" />
        </Group>
        <Group gap="xs">
          <ImportBundleButton />
          <Button onClick={() => setCreating(true)}>{t('offers.new')}</Button>
        </Group>
      </Group>
      {offers.length === 0 ? (
        <EmptyState
          title={t('offers.empty')}
          text={t('offers.emptyText')}
          action={<Button onClick={() => setCreating(true)}>{t('offers.new')}</Button>}
        />
      ) : (
        <>
          <TextInput
            type="search"
            placeholder={`${t('offers.columns.number')}, ${t('offers.columns.title')}, ${t('offers.columns.client')} …`}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">
            {t('offers.count', { count: rows.length })}
          </Text>
          <Table highlightOnHover data-testid="offer-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('offers.columns.number')}</Table.Th>
                <Table.Th>{t('offers.columns.title')}</Table.Th>
                <Table.Th>{t('offers.columns.client')}</Table.Th>
                <Table.Th>{t('offers.columns.date')}</Table.Th>
                <Table.Th>{t('offers.columns.validUntil')}</Table.Th>
                <Table.Th>{t('offers.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((offer) => (
                <Table.Tr
                  key={offer.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/offers/${offer.id}`)}
                  onKeyDown={(event) =>
                    event.key === 'Enter' && void navigate(`/offers/${offer.id}`)
                  }
                >
                  <Table.Td ff="monospace">{offerLabel(offer)}</Table.Td>
                  <Table.Td>{offer.title}</Table.Td>
                  <Table.Td>{clientNames.get(offer.clientId)}</Table.Td>
                  <Table.Td>{dateFormat.format(new Date(`${offer.date}T12:00:00`))}</Table.Td>
                  <Table.Td>{dateFormat.format(new Date(`${offer.validUntil}T12:00:00`))}</Table.Td>
                  <Table.Td>
                    <OfferStatusBadge offer={offer} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <NewOfferModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
