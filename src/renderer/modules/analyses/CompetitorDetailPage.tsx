import { Stack } from '@mantine/core';
import { CompetitionTabs } from './CompetitionTabs';

/** One competitor: profile, attachments, battlecard. */
export function CompetitorDetailPage() {
  return (
    <Stack gap="sm">
      <CompetitionTabs />
    </Stack>
  );
}
