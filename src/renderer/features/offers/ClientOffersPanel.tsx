import { Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClientOffers } from '../../db/hooks';
import { NewOfferModal } from './NewOfferModal';
import { latestRevisions, offerLabel } from './offer-list';
import { OfferStatusBadge } from './OfferStatusBadge';

/** The client's offers (newest revision each) on the client page. */
export function ClientOffersPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const offers = useClientOffers(clientId);
  const [creating, setCreating] = useState(false);
  const rows = latestRevisions(offers ?? []);

  return (
    <Paper withBorder p="md" radius="md" data-testid="client-offers-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('offers.clientPanel.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setCreating(true)}>
          {t('offers.new')}
        </Button>
      </Group>
      {offers && rows.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('offers.clientPanel.empty')}
        </Text>
      )}
      <Stack gap="xs">
        {rows.map((offer) => (
          <UnstyledButton key={offer.id} onClick={() => void navigate(`/offers/${offer.id}`)}>
            <Group justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={500} truncate>
                  {offer.title}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {offerLabel(offer)}
                </Text>
              </div>
              <OfferStatusBadge offer={offer} />
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
      <NewOfferModal opened={creating} onClose={() => setCreating(false)} clientId={clientId} />
    </Paper>
  );
}
