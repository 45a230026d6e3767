import { Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calculateMarkup } from '#shared/calculation';
import type { MarkupResult } from '#shared/calculation';
import { DecimalField } from './DecimalField';
import { CalculatorMessage, ResultTable } from './ResultTable';
import { useCalculator } from './useCalculator';

type RateKind = 'markupPct' | 'factor' | 'marginPct';
type Key = 'purchasePrice' | 'salesPrice' | 'rateValue';
const initial: Record<Key, string> = { purchasePrice: '', salesPrice: '', rateValue: '' };
const aliases = { markupPct: 'rateValue', factor: 'rateValue', marginPct: 'rateValue' } as const;

/** Kalkulationszuschlag, Kalkulationsfaktor and Handelsspanne from any two known values. */
export function MarkupCalculator() {
  const { t } = useTranslation();
  const [rateKind, setRateKind] = useState<RateKind>('markupPct');
  const compute = useCallback(
    (inputs: Record<Key, string>) =>
      calculateMarkup({
        purchasePrice: inputs.purchasePrice,
        salesPrice: inputs.salesPrice,
        [rateKind]: inputs.rateValue,
      }),
    [rateKind],
  );
  const calc = useCalculator<Key, MarkupResult>({ initial, compute, aliases });
  const result = calc.outcome.status === 'ok' ? calc.outcome.result : null;
  const pct = (value: string) => t('calculator.results.pct', { value: calc.decimal(value, 2) });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <DecimalField
          label={t('calculator.fields.purchasePrice')}
          unit="€"
          {...calc.fieldProps('purchasePrice')}
        />
        <DecimalField
          label={t('calculator.fields.salesPrice')}
          unit="€"
          {...calc.fieldProps('salesPrice')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t('calculator.fields.rateKind')}
            data={(['markupPct', 'factor', 'marginPct'] as const).map((value) => ({
              value,
              label: t(`calculator.fields.${value}`),
            }))}
            value={rateKind}
            allowDeselect={false}
            onChange={(value) => setRateKind((value ?? 'markupPct') as RateKind)}
          />
          <DecimalField
            label={t('calculator.fields.rateValue')}
            unit={rateKind === 'factor' ? '×' : '%'}
            {...calc.fieldProps('rateValue')}
          />
        </SimpleGrid>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <CalculatorMessage message={calc.message} />
        {result && (
          <ResultTable
            rows={[
              {
                label: t('calculator.results.purchasePrice'),
                value: calc.money(result.purchasePrice),
              },
              { label: t('calculator.results.salesPrice'), value: calc.money(result.salesPrice) },
              {
                label: t('calculator.results.markupPct'),
                value: pct(result.markupPct),
                strong: true,
              },
              {
                label: t('calculator.results.factor'),
                value: calc.decimal(result.factor, 4),
                strong: true,
              },
              {
                label: t('calculator.results.marginPct'),
                value: pct(result.marginPct),
                strong: true,
              },
            ]}
          />
        )}
      </Paper>
    </SimpleGrid>
  );
}
