import { Stack } from '@mantine/core';
import { CompetitionTabs } from './CompetitionTabs';

/** Win/loss per competitor. */
export function WinLossPage() {
  return (
    <Stack gap="sm">
      <CompetitionTabs />
    </Stack>
  );
}
