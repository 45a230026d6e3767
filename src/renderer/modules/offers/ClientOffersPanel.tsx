import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfferSummaries } from '#data';
import { NewOfferModal } from './NewOfferModal';
import { OfferSummaryList } from './OfferSummaryList';

/** The client's offers (newest revision each) with status and contract value on the client page. */
export function ClientOffersPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const offers = useOfferSummaries({ clientId });
  const [creating, setCreating] = useState(false);

  return (
    <Paper withBorder p="md" radius="md" data-testid="client-offers-panel">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('offers.clientPanel.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setCreating(true)}>
          {t('offers.new')}
        </Button>
      </Group>
      {offers && offers.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('offers.clientPanel.empty')}
        </Text>
      )}
      <OfferSummaryList offers={offers ?? []} />
      <NewOfferModal opened={creating} onClose={() => setCreating(false)} clientId={clientId} />
    </Paper>
  );
}
