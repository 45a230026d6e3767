import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { formatMoney } from '#shared/money';
import type { OfferSummary } from '#data';
import { offerLabel } from './offer-list';
import { OfferStatusBadge } from './OfferStatusBadge';
import { useUiLanguage } from '../../components/useUiLanguage';

/** Offers (latest revision each) with number, status and contract value; a click opens one. */
export function OfferSummaryList({
  offers,
  compact = false,
}: {
  offers: readonly OfferSummary[];
  compact?: boolean;
}) {
  const navigate = useNavigate();
  const language = useUiLanguage();
  return (
    <Stack gap={compact ? 2 : 'xs'}>
      {offers.map((offer) => (
        <UnstyledButton
          key={offer.id}
          onClick={() => void navigate(`/offers/${offer.id}`)}
          data-testid="offer-summary"
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              {!compact && (
                <Text fw={500} truncate>
                  {offer.title}
                </Text>
              )}
              <Text size="xs" c="dimmed" ff="monospace">
                {offerLabel(offer)}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" fw={500} data-testid="offer-summary-value">
                {formatMoney(offer.value, offer.currency, language)}
              </Text>
              <OfferStatusBadge offer={offer} />
            </Group>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
