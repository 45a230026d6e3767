// The bare baselines that run inside the app's own page (same process, same frames): loaded by
// the bench with `import('/bench-seed/assets/probe.js')`, it opens the app's IndexedDB with a
// Dexie of its own and leaves the app alone.
import Dexie from 'dexie';
import MiniSearch from 'minisearch';
import { CLIENT_SEARCH_OPTIONS } from '../../../src/renderer/modules/clients/search-index';
import type { IndexedDoc } from '../../../src/renderer/modules/clients/search-index';
type StoredClient = { id: string; name: string; city: string; tags: string[]; deleted: boolean };
type StoredContact = {
  id: string;
  clientId: string;
  firstName: string;
  lastName: string;
  email: string;
  deleted: boolean;
};

let db: Dexie | undefined;
let index: MiniSearch<IndexedDoc> | undefined;

/** The app's database, opened without a schema (Dexie reads the stores it has). */
async function database(): Promise<Dexie> {
  if (!db) {
    db = new Dexie('quotient');
    await db.open();
  }
  return db;
}

// rAF runs before the frame is painted, the task after it once it was (as the bench's app side).
const nextPaint = () =>
  new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** Where the baselines write what they found, so the frame after it has something to paint. */
function output(): HTMLElement {
  let element = document.getElementById('bench-probe');
  if (!element) {
    element = document.createElement('div');
    element.id = 'bench-probe';
    element.style.cssText = 'position:fixed;right:0;bottom:0;font-size:10px;z-index:9999';
    document.body.append(element);
  }
  return element;
}

/**
 * Builds a bare MiniSearch over the clients and contacts the app indexes, with the options of
 * src/renderer/features/clients/search-index.ts (the bench checks that both find the same clients).
 */
async function prepareSearch(): Promise<{ documents: number }> {
  const source = await database();
  const clients = (await source.table<StoredClient>('clients').toArray()).filter(
    (client) => !client.deleted,
  );
  const contacts = (await source.table<StoredContact>('contacts').toArray()).filter(
    (contact) => !contact.deleted,
  );
  // The app's own index options: the baseline differs only in what surrounds the query.
  index = new MiniSearch<IndexedDoc>(CLIENT_SEARCH_OPTIONS);
  index.addAll([
    ...clients.map((client) => ({
      key: `c:${client.id}`,
      clientId: client.id,
      name: client.name,
      city: client.city,
      tags: client.tags.join(' '),
      email: '',
    })),
    ...contacts.map((contact) => ({
      key: `p:${contact.id}`,
      clientId: contact.clientId,
      name: `${contact.firstName} ${contact.lastName}`.trim(),
      city: '',
      tags: '',
      email: contact.email,
    })),
  ]);
  return { documents: index.documentCount };
}

/** One bare keystroke: the MiniSearch query, its clients counted and shown, one frame. */
async function searchKeystroke(query: string): Promise<{ ms: number; count: number }> {
  if (!index) throw new Error('prepareSearch first');
  const started = performance.now();
  const ids = new Set<string>();
  for (const hit of index.search(query)) ids.add(hit.clientId as string);
  output().textContent = String(ids.size);
  await nextPaint();
  return { ms: performance.now() - started, count: ids.size };
}

/** The bare open of an offer: its row, sections and lines read with Dexie, then one frame. */
async function readOffer(
  offerId: string,
): Promise<{ ms: number; readMs: number; sections: number; lines: number }> {
  const source = await database();
  const started = performance.now();
  const [offer, sections, lines] = await Promise.all([
    source.table('offers').get(offerId),
    source.table('offerSections').where('offerId').equals(offerId).toArray(),
    source.table('offerLines').where('offerId').equals(offerId).toArray(),
  ]);
  const readMs = performance.now() - started;
  if (!offer) throw new Error(`no offer ${offerId}`);
  output().textContent = `${sections.length}/${lines.length}`;
  await nextPaint();
  return {
    ms: performance.now() - started,
    readMs,
    sections: sections.length,
    lines: lines.length,
  };
}

(window as unknown as { __benchProbe: unknown }).__benchProbe = {
  prepareSearch,
  searchKeystroke,
  readOffer,
};
