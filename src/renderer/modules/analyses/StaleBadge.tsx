import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STALE_AFTER_DAYS } from '#shared/domain/analyses';
import { isStale } from '#shared/analyses';
import { clock } from './today';

/** "veraltet" when a profile or battlecard was not verified for 90 days (or never); else nothing. */
export function StaleBadge({ lastVerified, testId }: { lastVerified: string; testId?: string }) {
  const { t } = useTranslation();
  if (!isStale(lastVerified, clock.today())) return null;
  return (
    <Tooltip
      label={
        lastVerified === ''
          ? t('analyses.neverVerified')
          : t('analyses.staleHint', { days: STALE_AFTER_DAYS })
      }
    >
      <Badge size="sm" color="orange" variant="light" data-testid={testId ?? 'stale-badge'}>
        {t('analyses.stale')}
      </Badge>
    </Tooltip>
  );
}
