import { useLiveQuery } from 'dexie-react-hooks';
import type { TextBlock } from '#shared/domain';
import type { OfferChapterRow } from '../core/database';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change.

/** The text-block library (every language; inactive ones included), by title. */
export function useTextBlocks(): TextBlock[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.textBlocks.list(), [repos]);
}

/** The offer's chosen chapters, by position; a sent revision's carry their text as sent. */
export function useOfferChapters(offerId: string): OfferChapterRow[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offerChapters.listByOffer(offerId), [repos, offerId]);
}
