import MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { Client } from '#shared/domain';

export type ClientSearchDoc = { id: string; name: string; city: string; tags: readonly string[] };
export type ContactSearchDoc = {
  id: string;
  clientId: string;
  firstName: string;
  lastName: string;
  email: string;
};

export type IndexedDoc = {
  key: string;
  clientId: string;
  name: string;
  city: string;
  tags: string;
  email: string;
};

/** The index's options: also what the search benchmark's bare baseline queries with. */
export const CLIENT_SEARCH_OPTIONS: Options<IndexedDoc> = {
  idField: 'key',
  fields: ['name', 'city', 'tags', 'email'],
  storeFields: ['clientId'],
  searchOptions: {
    prefix: true,
    combineWith: 'AND',
    boost: { name: 2 },
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  },
};

/**
 * Full-text index over clients (name, city, tags) and their contacts (name, e-mail),
 * answering with client ids. Updated document by document, never rebuilt on a write.
 */
export class ClientSearchIndex {
  private readonly index = new MiniSearch<IndexedDoc>(CLIENT_SEARCH_OPTIONS);

  upsertClient(client: ClientSearchDoc): void {
    this.put({
      key: `c:${client.id}`,
      clientId: client.id,
      name: client.name,
      city: client.city,
      tags: client.tags.join(' '),
      email: '',
    });
  }

  upsertContact(contact: ContactSearchDoc): void {
    this.put({
      key: `p:${contact.id}`,
      clientId: contact.clientId,
      name: `${contact.firstName} ${contact.lastName}`.trim(),
      city: '',
      tags: '',
      email: contact.email,
    });
  }

  removeClient(id: string): void {
    this.drop(`c:${id}`);
  }

  removeContact(id: string): void {
    this.drop(`p:${id}`);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Client ids matching every word of the query (prefix, typo-tolerant for longer words). */
  search(query: string): Set<string> {
    const ids = new Set<string>();
    if (query.trim() === '') return ids;
    for (const hit of this.index.search(query)) ids.add(hit.clientId as string);
    return ids;
  }

  private put(doc: IndexedDoc): void {
    if (this.index.has(doc.key)) this.index.replace(doc);
    else this.index.add(doc);
  }

  private drop(key: string): void {
    if (this.index.has(key)) this.index.discard(key);
  }
}

/** Until the index is built: a plain substring match on name and city, so typing never waits. */
export function fallbackMatches(clients: readonly Client[], query: string): Set<string> {
  const words = query.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  return new Set(
    clients
      .filter((client) => {
        const text = `${client.name} ${client.city} ${client.tags.join(' ')}`.toLocaleLowerCase(
          'de',
        );
        return words.every((word) => text.includes(word));
      })
      .map((client) => client.id),
  );
}
