import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractStatus } from '#shared/domain/contracts';

const COLORS: Record<ContractStatus, string> = {
  draft: 'gray',
  'in-review': 'yellow',
  sent: 'blue',
  signed: 'green',
  terminated: 'dark',
};

/** A contract's status as a coloured badge (lists; the editor's review bar has its own). */
export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={COLORS[status]}
      data-status={status}
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`contracts.statuses.${status}`)}
    </Badge>
  );
}
