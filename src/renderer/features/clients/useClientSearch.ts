import { useEffect, useMemo, useState } from 'react';
import { useRepos } from '../../db';
import type { Repositories } from '../../db';
import { ClientSearchIndex } from './search-index';

type LiveIndex = {
  index: ClientSearchIndex;
  ready: Promise<void>;
  isReady: boolean;
  /** Called after the index has applied a committed write. */
  listeners: Set<() => void>;
};
const indexes = new WeakMap<Repositories, LiveIndex>();

/** One index per open workspace, built once and then kept current by committed writes. */
function liveIndexFor(repos: Repositories): LiveIndex {
  const existing = indexes.get(repos);
  if (existing) return existing;
  const index = new ClientSearchIndex();
  const live: LiveIndex = { index, isReady: false, ready: Promise.resolve(), listeners: new Set() };
  const pending: { table: string; ids: string[] }[] = [];
  const apply = async ({ table, ids }: { table: string; ids: string[] }) => {
    for (const id of ids) {
      if (table === 'clients') {
        const client = await repos.clients.get(id);
        if (client && !client.deleted) index.upsertClient(client);
        else index.removeClient(id);
      } else if (table === 'contacts') {
        const contact = await repos.contacts.get(id);
        if (contact && !contact.deleted) index.upsertContact(contact);
        else index.removeContact(id);
      }
    }
  };
  // Subscribe before the first read so no write between read and subscription is missed.
  repos.onCommitted((event) => {
    if (event.table !== 'clients' && event.table !== 'contacts') return;
    if (!live.isReady) pending.push(event);
    else void apply(event).then(() => live.listeners.forEach((listener) => listener()));
  });
  live.ready = (async () => {
    const [clients, contacts] = await Promise.all([repos.clients.list(), repos.contacts.listAll()]);
    for (const client of clients) index.upsertClient(client);
    for (const contact of contacts) index.upsertContact(contact);
    for (const event of pending.splice(0)) await apply(event);
    live.isReady = true;
  })();
  indexes.set(repos, live);
  return live;
}

/** Client ids matching the query, or null when there is no query (show all). */
export function useClientSearch(query: string): { matches: Set<string> | null; ready: boolean } {
  const repos = useRepos();
  const live = liveIndexFor(repos);
  const [ready, setReady] = useState(live.isReady);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let active = true;
    void live.ready.then(() => active && setReady(true));
    const listener = () => setVersion((v) => v + 1);
    live.listeners.add(listener);
    return () => {
      active = false;
      live.listeners.delete(listener);
    };
  }, [live]);

  const matches = useMemo(() => {
    void version;
    if (query.trim() === '' || !ready) return null;
    return live.index.search(query);
  }, [query, ready, live, version]);
  return { matches, ready };
}
