import { Paper, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pertEstimate, pertQuantity } from '#shared/calculation';
import { DecimalField } from './DecimalField';
import { CalculatorMessage, ResultTable } from './ResultTable';
import { useCalculator } from './useCalculator';

type Key = 'optimistic' | 'mostLikely' | 'pessimistic' | 'riskPct';
const initial: Record<Key, string> = {
  optimistic: '',
  mostLikely: '',
  pessimistic: '',
  riskPct: '',
};
const compute = (inputs: Record<Key, string>) => ({
  ...pertEstimate(inputs),
  quantity: pertQuantity(inputs, inputs.riskPct),
});

/** Three-point (PERT) estimate of person-days with an optional risk surcharge. */
export function PertCalculator() {
  const { t } = useTranslation();
  const calc = useCalculator({ initial, compute });
  const result = calc.outcome.status === 'ok' ? calc.outcome.result : null;
  const days = (value: string) => t('calculator.results.days', { value: calc.decimal(value, 2) });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <SimpleGrid cols={3} spacing="sm">
          {(['optimistic', 'mostLikely', 'pessimistic'] as const).map((key) => (
            <DecimalField
              key={key}
              label={t(`calculator.fields.${key}`)}
              {...calc.fieldProps(key)}
            />
          ))}
        </SimpleGrid>
        <DecimalField
          label={t('calculator.fields.riskPct')}
          unit="%"
          {...calc.fieldProps('riskPct')}
        />
      </Stack>
      <Paper withBorder p="md" radius="md">
        <CalculatorMessage message={calc.message} />
        {result && (
          <ResultTable
            rows={[
              {
                label: t('calculator.results.expected'),
                value: days(result.expected),
                strong: true,
              },
              {
                label: t('calculator.results.standardDeviation'),
                value: days(result.standardDeviation),
              },
              { label: t('calculator.results.quantity'), value: days(result.quantity) },
            ]}
          />
        )}
      </Paper>
    </SimpleGrid>
  );
}
