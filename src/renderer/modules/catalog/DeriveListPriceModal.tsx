import { Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { calculateForward } from '#shared/calculation';
import { formatMoney } from '#shared/money';
import { CalculatorMessage } from '#modules/calculator';
import { DecimalField } from '#modules/calculator';
import { tradeScheme } from '#modules/calculator';
import type { SchemeRow } from '#modules/calculator';
import { TradeSchemeTable } from '#modules/calculator';
import { useCalculator } from '#modules/calculator';
import { useUiLanguage } from '../../components/useUiLanguage';

const rateKeys = [
  'supplierDiscountPct',
  'supplierCashDiscountPct',
  'procurementCosts',
  'overheadPct',
  'profitPct',
  'customerCashDiscountPct',
  'commissionPct',
  'customerDiscountPct',
] as const;
type Key = (typeof rateKeys)[number];
const initial = Object.fromEntries(rateKeys.map((key) => [key, ''])) as Record<Key, string>;
type Derived = { rows: SchemeRow[]; netSalesPrice: string };

type Props = {
  opened: boolean;
  /** The item's purchase price as a plain decimal string. */
  purchasePrice: string;
  currency: string;
  onApply: (netSalesPrice: string) => void;
  onClose: () => void;
};

/** A Handelskalkulation from the item's purchase price; its net sales price becomes the list price. */
export function DeriveListPriceModal({ opened, purchasePrice, currency, onApply, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('catalog.derive.title')} size="xl">
      <DeriveForm purchasePrice={purchasePrice} currency={currency} onApply={onApply} />
    </Modal>
  );
}

function DeriveForm({ purchasePrice, currency, onApply }: Omit<Props, 'opened' | 'onClose'>) {
  const { t } = useTranslation();
  const locale = useUiLanguage();
  const compute = useCallback(
    (inputs: Record<Key, string>): Derived => {
      const result = calculateForward({ ...inputs, listPurchasePrice: purchasePrice });
      const rows = tradeScheme({
        mode: 'forward',
        result,
        listPurchasePrice: purchasePrice,
        procurementCosts: inputs.procurementCosts,
        rates: inputs,
      });
      // The list price is net: VAT is the offer's business.
      const net = rows.filter((row) => row.step !== 'vat' && row.step !== 'grossSalesPrice');
      return { rows: net, netSalesPrice: result.netSalesPrice };
    },
    [purchasePrice],
  );
  const calc = useCalculator<Key, Derived>({ initial, compute });
  const money = (value: string) => formatMoney(value, currency, locale);
  const derived = calc.outcome.status === 'ok' ? calc.outcome.result : null;

  return (
    <SimpleGrid cols={2} spacing="lg" data-testid="derive-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('catalog.derive.hint', { price: money(purchasePrice) })}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          {rateKeys.map((key) => (
            <DecimalField
              key={key}
              label={t(`calculator.fields.${key}`)}
              unit={key.endsWith('Pct') ? '%' : currency === 'EUR' ? '€' : currency}
              {...calc.fieldProps(key)}
            />
          ))}
        </SimpleGrid>
      </Stack>
      <Stack gap="sm">
        <CalculatorMessage message={calc.message} />
        {derived && (
          <TradeSchemeTable
            rows={derived.rows}
            money={money}
            decimal={(value) => calc.decimal(value)}
            highlight={['netSalesPrice']}
          />
        )}
        <Group justify="flex-end">
          <Button
            disabled={!derived}
            onClick={() => derived && onApply(derived.netSalesPrice)}
            data-testid="apply-derived-price"
          >
            {t('catalog.derive.apply')}
          </Button>
        </Group>
      </Stack>
    </SimpleGrid>
  );
}
