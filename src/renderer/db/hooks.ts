import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity, Client, CompanyProfile, Contact, Opportunity } from '../../shared/domain';
import { useRepos } from './WorkspaceProvider';

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
