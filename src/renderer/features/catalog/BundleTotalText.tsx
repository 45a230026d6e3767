import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/money';
import { toMoneyLocale } from '../calculator/calculation-form';
import type { BundleTotal } from './catalog-list';

/** "Summe Listenpreise: 1.234,50 €" (one amount per currency), plus deleted items if any. */
export function BundleTotalText({ total, label = true }: { total: BundleTotal; label?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toMoneyLocale(i18n.language);
  const amounts = Object.entries(total.totals).map(([currency, sum]) =>
    formatMoney(sum, currency, locale),
  );
  const text = amounts.length === 0 ? formatMoney('0', 'EUR', locale) : amounts.join(' + ');
  return (
    <Text size="sm" fw={label ? 600 : undefined} data-testid="bundle-total">
      {label ? `${t('catalog.bundles.total')}: ${text}` : text}
      {total.missing > 0 && (
        <Text span c="orange" size="xs" ml={6}>
          ({t('catalog.bundles.missing', { count: total.missing })})
        </Text>
      )}
    </Text>
  );
}
