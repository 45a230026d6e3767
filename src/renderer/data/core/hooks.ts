import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncConflict } from '#shared/sync/status';
import { listConflicts } from './sync-store';
import type { TrashArea, TrashList } from './trash.repository';
import { useRepos, useWorkspace } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change.

/** How many changes wait to be pushed. */
export function useOutboxCount(): number | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.outbox.count(), [repos]);
}

/** Unresolved sync conflicts, newest first. */
export function useSyncConflicts(): SyncConflict[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => listConflicts(db), [db]);
}

/** The area's deleted records (the Papierkorb), newest deletion first. */
export function useTrash(area: TrashArea): TrashList | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.trash.list(area), [repos, area]);
}
