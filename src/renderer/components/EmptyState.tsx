import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A clear empty state: what is missing and the one action that fixes it. */
export function EmptyState({
  title,
  text,
  action,
}: {
  title: string;
  text?: string;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      <Stack align="center" gap="xs">
        <Title order={4}>{title}</Title>
        {text && (
          <Text c="dimmed" ta="center" maw={480}>
            {text}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
