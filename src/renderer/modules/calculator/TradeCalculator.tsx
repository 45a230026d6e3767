import { Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calculateBackward, calculateDifference, calculateForward } from '#shared/calculation';
import { DecimalField } from './DecimalField';
import { CalculatorMessage } from './ResultTable';
import { tradeScheme } from './trade-scheme';
import type { SchemeRow, TradeMode } from './trade-scheme';
import { TradeSchemeTable } from './TradeSchemeTable';
import { useCalculator } from './useCalculator';

export const tradeRateKeys = [
  'supplierDiscountPct',
  'supplierCashDiscountPct',
  'procurementCosts',
  'overheadPct',
  'profitPct',
  'customerCashDiscountPct',
  'commissionPct',
  'customerDiscountPct',
  'vatPct',
] as const;
const priceKeys = ['listPurchasePrice', 'grossSalesPrice', 'netSalesPrice'] as const;
type Key = (typeof tradeRateKeys)[number] | (typeof priceKeys)[number];

const fieldsByMode: Record<TradeMode, readonly Key[]> = {
  forward: ['listPurchasePrice', ...tradeRateKeys],
  backward: ['grossSalesPrice', 'netSalesPrice', ...tradeRateKeys],
  difference: [
    'listPurchasePrice',
    'netSalesPrice',
    ...tradeRateKeys.filter((key) => key !== 'profitPct' && key !== 'vatPct'),
  ],
};
const initial = Object.fromEntries(
  [...priceKeys, ...tradeRateKeys].map((key) => [key, key === 'vatPct' ? '19' : '']),
) as Record<Key, string>;

/** Runs the calculation of one mode; the scheme rows are what the table shows. */
function computeScheme(mode: TradeMode, inputs: Record<Key, string>): SchemeRow[] {
  const rates = Object.fromEntries(tradeRateKeys.map((key) => [key, inputs[key]]));
  const common = { procurementCosts: inputs.procurementCosts, rates };
  if (mode === 'forward') {
    const result = calculateForward({ ...rates, listPurchasePrice: inputs.listPurchasePrice });
    return tradeScheme({ mode, result, listPurchasePrice: inputs.listPurchasePrice, ...common });
  }
  if (mode === 'backward') {
    const result = calculateBackward({
      ...rates,
      grossSalesPrice: inputs.grossSalesPrice,
      netSalesPrice: inputs.netSalesPrice,
    });
    return tradeScheme({ mode, result, ...common });
  }
  const differenceRates = Object.fromEntries(
    Object.entries(rates).filter(([key]) => key !== 'profitPct' && key !== 'vatPct'),
  );
  const result = calculateDifference({
    ...differenceRates,
    listPurchasePrice: inputs.listPurchasePrice,
    netSalesPrice: inputs.netSalesPrice,
  });
  return tradeScheme({ mode, result, listPurchasePrice: inputs.listPurchasePrice, ...common });
}

const highlights: Record<TradeMode, string[]> = {
  forward: ['netSalesPrice', 'grossSalesPrice'],
  backward: ['listPurchasePrice'],
  difference: ['profit'],
};

/** Handelskalkulation forward, backward and difference with the full scheme. */
export function TradeCalculator() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<TradeMode>('forward');
  const compute = useCallback((inputs: Record<Key, string>) => computeScheme(mode, inputs), [mode]);
  const calc = useCalculator<Key, SchemeRow[]>({
    initial,
    compute,
    visible: fieldsByMode[mode],
  });
  const unit = (key: Key) => (key.endsWith('Pct') ? '%' : '€');

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as TradeMode)}
          data={(['forward', 'backward', 'difference'] as const).map((value) => ({
            value,
            label: t(`calculator.modes.${value}`),
          }))}
          data-testid="trade-mode"
        />
        <Text size="sm" c="dimmed">
          {t(`calculator.modeHints.${mode}`)}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          {fieldsByMode[mode].map((key) => (
            <DecimalField
              key={key}
              label={t(`calculator.fields.${key}`)}
              unit={unit(key)}
              {...calc.fieldProps(key)}
            />
          ))}
        </SimpleGrid>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <CalculatorMessage message={calc.message} />
          {calc.outcome.status === 'ok' && (
            <TradeSchemeTable
              rows={calc.outcome.result}
              money={calc.money}
              decimal={(value) => calc.decimal(value)}
              highlight={highlights[mode]}
            />
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
