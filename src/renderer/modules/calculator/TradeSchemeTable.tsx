import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchemeRow } from './trade-scheme';

type Props = {
  rows: SchemeRow[];
  money: (value: string) => string;
  decimal: (value: string) => string;
  /** Steps to emphasise (the results the user is after). */
  highlight?: readonly string[];
};

/** The Handelskalkulation as a textbook prints it: operator, step, rate, amount, subtotals ruled. */
export function TradeSchemeTable({ rows, money, decimal, highlight = [] }: Props) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={3} withRowBorders={false} data-testid="trade-scheme">
      <Table.Tbody>
        {rows.map((row) => {
          const strong = highlight.includes(row.step);
          const rule = row.op === '=' ? '1px solid var(--mantine-color-gray-5)' : undefined;
          return (
            <Table.Tr key={row.step} data-step={row.step} style={{ borderTop: rule }}>
              <Table.Td w={24} c="dimmed">
                {row.op}
              </Table.Td>
              <Table.Td>
                <Text fw={row.op === '=' || strong ? 600 : 400}>
                  {t(`calculator.steps.${row.step}`)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" c="dimmed" w={90}>
                {row.pct ? `${decimal(row.pct)} %` : ''}
              </Table.Td>
              <Table.Td ta="right" w={150} data-testid={`step-${row.step}`}>
                <Text
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                  fw={strong ? 700 : row.op === '=' ? 600 : 400}
                >
                  {row.amount ? money(row.amount) : ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
