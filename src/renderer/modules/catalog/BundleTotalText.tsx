import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { billingWord } from '#shared/documents/totals';
import { formatMoney } from '#shared/money';
import type { BundleTotal } from './catalog-list';
import { useUiLanguage } from '../../components/useUiLanguage';

/** "Summe Listenpreise: 1.234,50 €" (one amount per billing kind and currency), plus deleted items. */
export function BundleTotalText({ total, label = true }: { total: BundleTotal; label?: boolean }) {
  const { t } = useTranslation();
  const locale = useUiLanguage();
  // One-time and recurring amounts side by side, never added up (2.190,00 € einmalig + 289,00 € monatlich).
  const split = total.totals.some((entry) => entry.billing !== 'one-time');
  const amounts = total.totals.map(
    ({ billing, currency, amount }) =>
      `${formatMoney(amount, currency, locale)}${split ? ` ${billingWord(billing, locale)}` : ''}`,
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
