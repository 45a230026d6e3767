import { Stack, Table, Text, Title } from '@mantine/core';
import type { ParkedRow } from './parked-view';

/**
 * Changes from the server this device did not apply (see ParkedSyncChange): area, record,
 * field, value, reason and when, or a clear empty state. `text` gives `sync.*` messages.
 */
export function ParkedChangesTable({
  rows,
  text,
}: {
  rows: readonly ParkedRow[];
  text: (key: string) => string;
}) {
  return (
    <Stack gap="xs" data-testid="sync-parked">
      <Title order={5}>{text('parked.title')}</Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="sync-parked-empty">
          {text('parked.empty')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {text('parked.intro')}
          </Text>
          <Table.ScrollContainer minWidth={560} maxHeight={320}>
            <Table verticalSpacing="xs" fz="sm" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{text('parked.table')}</Table.Th>
                  <Table.Th>{text('parked.record')}</Table.Th>
                  <Table.Th>{text('parked.field')}</Table.Th>
                  <Table.Th>{text('parked.reason')}</Table.Th>
                  <Table.Th>{text('parked.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key} data-testid="sync-parked-row">
                    <Table.Td>{row.table}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ wordBreak: 'break-word' }}>
                        {row.record}
                      </Text>
                      {row.recordId && (
                        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                          {row.recordId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{row.field}</Text>
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                        {row.value}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{text(row.reasonKey)}</Text>
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                        {row.detail}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.when}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
