import { Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calculateDayRate } from '#shared/calculation';
import type { DayRateResult } from '#shared/calculation';
import { DecimalField } from './DecimalField';
import { CalculatorMessage, ResultTable } from './ResultTable';
import { useCalculator } from './useCalculator';

const keys = [
  'annualSalary',
  'employerCostsPct',
  'overheadPerYear',
  'publicHolidays',
  'vacationDays',
  'sicknessDays',
  'trainingDays',
  'utilisationPct',
  'riskPct',
  'surchargePct',
  'hoursPerDay',
] as const;
type Key = (typeof keys)[number];
type SurchargeMode = 'profit' | 'margin';

// Typical figures for a consultant in Germany, so the card shows a result at once.
const initial: Record<Key, string> = {
  annualSalary: '',
  employerCostsPct: '21',
  overheadPerYear: '',
  publicHolidays: '10',
  vacationDays: '30',
  sicknessDays: '8',
  trainingDays: '5',
  utilisationPct: '75',
  riskPct: '',
  surchargePct: '',
  hoursPerDay: '8',
};
const aliases = { profitPct: 'surchargePct', marginPct: 'surchargePct' } as const;
const money = new Set<Key>(['annualSalary', 'overheadPerYear']);

/** Day and hourly rate of a consultant from salary, costs, absences and utilisation. */
export function DayRateCalculator() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<SurchargeMode>('profit');
  const compute = useCallback(
    ({ surchargePct, ...inputs }: Record<Key, string>) =>
      calculateDayRate({
        ...inputs,
        [mode === 'profit' ? 'profitPct' : 'marginPct']: surchargePct,
      }),
    [mode],
  );
  const calc = useCalculator<Key, DayRateResult>({ initial, compute, aliases });
  const result = calc.outcome.status === 'ok' ? calc.outcome.result : null;
  const days = (value: string) => t('calculator.results.days', { value: calc.decimal(value, 2) });
  const label = (key: Key) =>
    key === 'surchargePct'
      ? t(mode === 'profit' ? 'calculator.fields.dayProfitPct' : 'calculator.fields.dayMarginPct')
      : t(`calculator.fields.${key}`);
  const unit = (key: Key) => (key.endsWith('Pct') ? '%' : money.has(key) ? '€' : undefined);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as SurchargeMode)}
          data={[
            { value: 'profit', label: t('calculator.fields.dayProfitPct') },
            { value: 'margin', label: t('calculator.fields.dayMarginPct') },
          ]}
        />
        <SimpleGrid cols={2} spacing="sm">
          {keys.map((key) => (
            <DecimalField key={key} label={label(key)} unit={unit(key)} {...calc.fieldProps(key)} />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('calculator.dayRateHint')}
        </Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <CalculatorMessage message={calc.message} />
        {result && (
          <ResultTable
            rows={[
              { label: t('calculator.results.workingDays'), value: days(result.workingDays) },
              { label: t('calculator.results.productiveDays'), value: days(result.productiveDays) },
              { label: t('calculator.results.annualCost'), value: calc.money(result.annualCost) },
              { label: t('calculator.results.costPerDay'), value: calc.money(result.costPerDay) },
              {
                label: t('calculator.results.riskSurcharge'),
                value: calc.money(result.riskSurcharge),
              },
              { label: t('calculator.results.profit'), value: calc.money(result.profit) },
              {
                label: t('calculator.results.dayRate'),
                value: calc.money(result.dayRate),
                strong: true,
              },
              { label: t('calculator.results.hourlyRate'), value: calc.money(result.hourlyRate) },
            ]}
          />
        )}
      </Paper>
    </SimpleGrid>
  );
}
