import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Activity,
  ArchivedDocument,
  Bundle,
  CatalogItem,
  Client,
  CompanyProfile,
  Contact,
  Offer,
  OfferLine,
  OfferSection,
  OfferSettings,
  Opportunity,
  Role,
  TextBlock,
} from '#shared/domain';
import type { SyncConflict } from '#shared/sync/status';
import type { OfferChapterRow } from './core/database';
import type { OfferSummary } from './offers/offers.repository';
import { listConflicts } from './core/sync-store';
import type { TrashArea, TrashList } from './core/trash.repository';
import { useRepos, useWorkspace } from './WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change.

const lastClients = new WeakMap<object, Client[]>();

/**
 * Clients not deleted, by name. Coming back to a list shows the last result at once while
 * the live query re-reads; every write goes through this app, so it is at most a frame old.
 */
export function useClients(): Client[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => {
      const clients = await repos.clients.list();
      lastClients.set(repos, clients);
      return clients;
    },
    [repos],
    lastClients.get(repos),
  );
}

/** One client (deleted ones too); null when there is no such client, undefined while loading. */
export function useClient(id: string | undefined): Client | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await repos.clients.get(id)) ?? null)),
    [repos, id],
  );
}

/** The client's contacts, primary first. */
export function useContacts(clientId: string): Contact[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.contacts.listByClient(clientId), [repos, clientId]);
}

/** Every contact not deleted. */
export function useAllContacts(): Contact[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.contacts.listAll(), [repos]);
}

/** The client's activities, newest first. */
export function useActivities(clientId: string): Activity[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.activities.listByClient(clientId), [repos, clientId]);
}

/** Every open follow-up (due date set, not ticked off) of all clients, earliest due first. */
export function useOpenFollowUps(): Activity[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.activities.listOpenFollowUps(), [repos]);
}

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

/** The company profile; null before it is set up, undefined while loading. */
export function useCompany(): CompanyProfile | null | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => (await repos.settings.getCompany()) ?? null, [repos]);
}

/** How many changes wait to be pushed. */
export function useOutboxCount(): number | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.outbox.count(), [repos]);
}

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

/** The documents archived on the offer, newest first. */
export function useOfferDocuments(offerId: string): ArchivedDocument[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.documents.listByOffer(offerId), [repos, offerId]);
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
