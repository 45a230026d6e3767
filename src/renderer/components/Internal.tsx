import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerMode, usePipelineValuesHidden } from '../stores/customer-mode.store';

/** Internal values (purchase prices, margins, internal notes): nothing while the customer mode is on. */
export function Internal({ children }: { children: ReactNode }) {
  return useCustomerMode() ? null : <>{children}</>;
}

/** The "intern" mark of a menu item or field that must not reach the customer. */
export function InternalTag() {
  const { t } = useTranslation();
  return (
    <Badge size="xs" variant="light" color="gray" data-testid="internal-tag">
      {t('customerMode.internal')}
    </Badge>
  );
}

/** A pipeline value, or a dash while the customer mode hides the pipeline's values. */
export function PipelineValue({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return usePipelineValuesHidden() ? (
    <span title={t('customerMode.hiddenValue')} data-testid="hidden-value">
      –
    </span>
  ) : (
    <>{children}</>
  );
}
