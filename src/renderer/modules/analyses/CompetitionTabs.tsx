import { Group, Tabs, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { TrashLink } from '../../components/TrashLink';

/** The competition area's screens, each its own route. */
export const competitionTabs = [
  { value: 'competitors', path: '/competitors', label: 'analyses.tabs.competitors' },
  { value: 'win-loss', path: '/competitors/win-loss', label: 'analyses.tabs.winLoss' },
  { value: 'analyses', path: '/analyses', label: 'analyses.tabs.analyses' },
  { value: 'prices', path: '/competitors/prices', label: 'analyses.tabs.prices' },
] as const;
export type CompetitionTab = (typeof competitionTabs)[number]['value'];

/** Which tab a location belongs to (a competitor's page belongs to the list). */
export function competitionTabAt(pathname: string): CompetitionTab {
  if (pathname.startsWith('/analyses')) return 'analyses';
  if (pathname.startsWith('/competitors/win-loss')) return 'win-loss';
  if (pathname.startsWith('/competitors/prices')) return 'prices';
  return 'competitors';
}

/**
 * The heading of the competition area with its tabs (Wettbewerber · Win/Loss · Analysen ·
 * Preisbeobachtungen); each tab is a route, so the browser's back and the links work.
 */
export function CompetitionTabs({ actions }: { actions?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <>
      <Group justify="space-between" align="center">
        <Group gap="xs" align="center">
          <Title order={2}>{t('analyses.title')}</Title>
          <TrashLink area="analyses" />
        </Group>
        {actions}
      </Group>
      <Tabs
        value={competitionTabAt(pathname)}
        onChange={(value) => {
          const tab = competitionTabs.find((entry) => entry.value === value);
          if (tab) void navigate(tab.path);
        }}
      >
        <Tabs.List>
          {competitionTabs.map((tab) => (
            <Tabs.Tab
              key={tab.value}
              value={tab.value}
              data-testid={`competition-tab-${tab.value}`}
            >
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </>
  );
}
