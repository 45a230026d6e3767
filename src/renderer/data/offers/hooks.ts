import { useLiveQuery } from 'dexie-react-hooks';
import type {
  ArchivedDocument,
  Offer,
  OfferLine,
  OfferSection,
  OfferSettings,
} from '#shared/domain';
import type { OfferSummary } from './offers.repository';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change.

/** The team's offer settings (defaults until saved). */
export function useOfferSettings(): OfferSettings | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offerSettings.get(), [repos]);
}

/** One offer (deleted ones too); null when there is no such offer, undefined while loading. */
export function useOffer(id: string | undefined): Offer | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.offers.get(id)) ?? null)),
    [repos, id],
  );
}

/** Offers not deleted (every revision), newest first. */
export function useOffers(): Offer[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offers.list(), [repos]);
}

/** The client's offers not deleted, newest first. */
export function useClientOffers(clientId: string): Offer[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offers.listByClient(clientId), [repos, clientId]);
}

/** The latest revision of each offer of a client or an opportunity with its contract value. */
export function useOfferSummaries(
  filter: { clientId: string } | { opportunityId: string },
): OfferSummary[] | undefined {
  const repos = useRepos();
  // `key` is the filter's identity: a new object each render must not restart the query.
  const key = 'clientId' in filter ? `c:${filter.clientId}` : `o:${filter.opportunityId}`;
  return useLiveQuery(() => repos.offers.listSummaries(filter), [repos, key]);
}

/** The revisions of one offer, ascending. */
export function useOfferRevisions(rootId: string): Offer[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offers.listRevisions(rootId), [repos, rootId]);
}

/** The latest revision of each variant of a group, in the order the variants were made. */
export function useOfferVariants(groupId: string): Offer[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offers.listVariants(groupId), [repos, groupId]);
}

/** The offer's sections, by position. */
export function useOfferSections(offerId: string): OfferSection[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offerSections.listByOffer(offerId), [repos, offerId]);
}

/** The offer's lines, by position (group them by sectionId). */
export function useOfferLines(offerId: string): OfferLine[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.offerLines.listByOffer(offerId), [repos, offerId]);
}

/** The documents archived on the offer, newest first. */
export function useOfferDocuments(offerId: string): ArchivedDocument[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.documents.listByOffer(offerId), [repos, offerId]);
}
