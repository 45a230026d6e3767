import { Stack } from '@mantine/core';
import { CompetitionTabs } from './CompetitionTabs';

/** Price observations. */
export function PriceObservationsPage() {
  return (
    <Stack gap="sm">
      <CompetitionTabs />
    </Stack>
  );
}
