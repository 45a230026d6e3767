import { useEffect, useMemo, useState } from 'react';
import type { Client } from '#shared/domain';
import { useRepos } from '#data';
import type { Repositories } from '#data';
import { ClientSearchIndex, fallbackMatches } from './search-index';

type LiveIndex = {
  index: ClientSearchIndex;
  /** Starts the first build once; later calls return the same promise. */
  build: () => Promise<void>;
  isReady: boolean;
  /** Called after the index has applied a committed write. */
  listeners: Set<() => void>;
};
const indexes = new WeakMap<Repositories, LiveIndex>();
const chunkSize = 2_000;

const yieldToBrowser = () => new Promise<void>((done) => setTimeout(done, 0));

/** One index per open workspace, built once in chunks, then kept current by committed writes. */
function liveIndexFor(repos: Repositories): LiveIndex {
  const existing = indexes.get(repos);
  if (existing) return existing;
  const index = new ClientSearchIndex();
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
  let building: Promise<void> | undefined;
  const live: LiveIndex = {
    index,
    isReady: false,
    listeners: new Set(),
    build: () =>
      (building ??= (async () => {
        const [clients, contacts] = await Promise.all([
          repos.clients.list(),
          repos.contacts.listAll(),
        ]);
        // In chunks, so typing and scrolling stay responsive while 40,000 documents are indexed.
        for (let i = 0; i < clients.length; i += chunkSize) {
          for (const client of clients.slice(i, i + chunkSize)) index.upsertClient(client);
          await yieldToBrowser();
        }
        for (let i = 0; i < contacts.length; i += chunkSize) {
          for (const contact of contacts.slice(i, i + chunkSize)) index.upsertContact(contact);
          await yieldToBrowser();
        }
        // Writes that arrive while earlier ones are applied are queued too: drain until empty.
        for (let event = pending.shift(); event; event = pending.shift()) await apply(event);
        live.isReady = true;
      })()),
  };
  // Subscribe before the first read so no write between read and subscription is missed.
  repos.onCommitted((event) => {
    if (event.table !== 'clients' && event.table !== 'contacts') return;
    if (!live.isReady) pending.push(event);
    else void apply(event).then(() => live.listeners.forEach((listener) => listener()));
  });
  indexes.set(repos, live);
  return live;
}

/** Client ids matching the query, or null when there is no query (show all). */
export function useClientSearch(
  query: string,
  clients: readonly Client[] | undefined,
): { matches: Set<string> | null; ready: boolean } {
  const repos = useRepos();
  const live = liveIndexFor(repos);
  const [ready, setReady] = useState(live.isReady);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    live.listeners.add(listener);
    return () => void live.listeners.delete(listener);
  }, [live]);

  // Built once the list has its rows, after their paint: the build reads every client and
  // contact again, and deserializing them competed with the list's own first read (bench:
  // cold start 4× a bare page listing 50 clients, the list's read finishing last).
  const listed = clients !== undefined;
  useEffect(() => {
    if (!listed) return;
    let active = true;
    const timer = setTimeout(() => void live.build().then(() => active && setReady(true)), 50);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [live, listed]);

  const matches = useMemo(() => {
    void version;
    if (query.trim() === '') return null;
    return ready ? live.index.search(query) : fallbackMatches(clients ?? [], query);
  }, [query, ready, live, version, clients]);
  return { matches, ready };
}
