import { useLiveQuery } from 'dexie-react-hooks';
import type { CompanyProfile } from '#shared/domain';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change.

/** The company profile; null before it is set up, undefined while loading. */
export function useCompany(): CompanyProfile | null | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => (await repos.settings.getCompany()) ?? null, [repos]);
}
