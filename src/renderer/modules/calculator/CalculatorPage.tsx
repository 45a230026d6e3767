import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CashDiscountCalculator } from './CashDiscountCalculator';
import { DayRateCalculator } from './DayRateCalculator';
import { MarkupCalculator } from './MarkupCalculator';
import { PertCalculator } from './PertCalculator';
import { TradeCalculator } from './TradeCalculator';

const tabs = [
  { value: 'trade', Component: TradeCalculator },
  { value: 'markup', Component: MarkupCalculator },
  { value: 'dayRate', Component: DayRateCalculator },
  { value: 'cashDiscount', Component: CashDiscountCalculator },
  { value: 'pert', Component: PertCalculator },
] as const;

/** The calculation engine as a calculator: trade calculation, markup, day rate, Skonto, PERT. */
export function CalculatorPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2}>{t('calculator.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('calculator.hint')}
      </Text>
      <Tabs defaultValue="trade">
        <Tabs.List>
          {tabs.map(({ value }) => (
            <Tabs.Tab key={value} value={value}>
              {t(`calculator.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ value, Component }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Component />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
