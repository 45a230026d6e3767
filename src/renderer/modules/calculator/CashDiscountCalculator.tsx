import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cashDiscountEffectiveRate } from '#shared/calculation';
import type { CashDiscountRates } from '#shared/calculation';
import { DecimalField } from './DecimalField';
import { CalculatorMessage, ResultTable } from './ResultTable';
import { useCalculator } from './useCalculator';

type Key = 'cashDiscountPct' | 'cashDiscountDays' | 'netDays';
const initial: Record<Key, string> = {
  cashDiscountPct: '2',
  cashDiscountDays: '10',
  netDays: '30',
};
const compute = (inputs: Record<Key, string>) => cashDiscountEffectiveRate(inputs);

/** The annual interest a cash discount (Skonto) is worth. */
export function CashDiscountCalculator() {
  const { t } = useTranslation();
  const calc = useCalculator<Key, CashDiscountRates>({ initial, compute });
  const result = calc.outcome.status === 'ok' ? calc.outcome.result : null;
  const pct = (value: string) => t('calculator.results.pct', { value: calc.decimal(value, 2) });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('calculator.cashDiscountHint')}
        </Text>
        <DecimalField
          label={t('calculator.fields.cashDiscountPct')}
          unit="%"
          {...calc.fieldProps('cashDiscountPct')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <DecimalField
            label={t('calculator.fields.cashDiscountDays')}
            {...calc.fieldProps('cashDiscountDays')}
          />
          <DecimalField label={t('calculator.fields.netDays')} {...calc.fieldProps('netDays')} />
        </SimpleGrid>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <CalculatorMessage message={calc.message} />
        {result && (
          <ResultTable
            rows={[
              { label: t('calculator.results.approximatePct'), value: pct(result.approximatePct) },
              {
                label: t('calculator.results.exactPct'),
                value: pct(result.exactPct),
                strong: true,
              },
              { label: t('calculator.results.compoundPct'), value: pct(result.compoundPct) },
            ]}
          />
        )}
      </Paper>
    </SimpleGrid>
  );
}
