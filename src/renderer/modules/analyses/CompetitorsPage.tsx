import { Stack } from '@mantine/core';
import { CompetitionTabs } from './CompetitionTabs';

/** The competitors: search, stale marks, new competitor. */
export function CompetitorsPage() {
  return (
    <Stack gap="sm">
      <CompetitionTabs />
    </Stack>
  );
}
