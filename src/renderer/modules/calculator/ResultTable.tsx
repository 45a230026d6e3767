import { Alert, Table, Text } from '@mantine/core';

type Row = { label: string; value: string; strong?: boolean; testId?: string };

/** Label/value pairs of a result, right-aligned like a calculation on paper. */
export function ResultTable({ rows }: { rows: Row[] }) {
  return (
    <Table withRowBorders={false} verticalSpacing={4}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Td>
              <Text fw={row.strong ? 700 : 400}>{row.label}</Text>
            </Table.Td>
            <Table.Td ta="right" data-testid={row.testId}>
              <Text fw={row.strong ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {row.value}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The hint or error that belongs to no single input. */
export function CalculatorMessage({
  message,
}: {
  message: { kind: 'error' | 'hint'; text: string } | null;
}) {
  if (!message) return null;
  return message.kind === 'error' ? (
    <Alert color="red" data-testid="calculation-error">
      {message.text}
    </Alert>
  ) : (
    <Text c="dimmed" size="sm" data-testid="calculation-hint">
      {message.text}
    </Text>
  );
}
