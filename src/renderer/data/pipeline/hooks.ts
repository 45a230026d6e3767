import { useLiveQuery } from 'dexie-react-hooks';
import type { Opportunity } from '#shared/domain';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change.

/** All opportunities in pipeline order. */
export function useOpportunities(): Opportunity[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.opportunities.list(), [repos]);
}

/** The client's opportunities in pipeline order. */
export function useClientOpportunities(clientId: string): Opportunity[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.opportunities.listByClient(clientId), [repos, clientId]);
}
