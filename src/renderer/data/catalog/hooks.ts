import { useLiveQuery } from 'dexie-react-hooks';
import type { Bundle, CatalogItem, Role } from '#shared/domain';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change.

/** Catalog items not deleted (inactive ones included), by name. */
export function useCatalogItems(): CatalogItem[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.catalog.list(), [repos]);
}

/** Bundles not deleted, by name. */
export function useBundles(): Bundle[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.bundles.list(), [repos]);
}

/** Rate-card roles not deleted, by name. */
export function useRoles(): Role[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.roles.list(), [repos]);
}
