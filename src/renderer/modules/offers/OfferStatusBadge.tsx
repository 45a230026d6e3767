import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Offer, OfferDisplayStatus } from '#shared/domain';
import { displayStatus } from '#shared/offers/status';
import { localToday } from './offer-defaults';

const colors: Record<OfferDisplayStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'green',
  rejected: 'red',
  expired: 'orange',
  superseded: 'dark',
};

export function OfferStatusBadge({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const status = displayStatus(offer, localToday());
  return (
    <Badge color={colors[status]} variant="light" data-testid="offer-status">
      {t(`offers.status.${status}`)}
    </Badge>
  );
}
