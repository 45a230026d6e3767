import { useLiveQuery } from 'dexie-react-hooks';
import type { Activity, Client, Contact } from '#shared/domain';
import { useRepos } from '../WorkspaceProvider';

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
