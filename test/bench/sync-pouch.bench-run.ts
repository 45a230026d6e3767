// Issue 5's comparison: PouchDB 9 replicating the same 10,000 offers to pouchdb-server's API
// (in-memory, own process, loopback), then the lost-edits experiment. Run with tsx; prints one
// JSON line. PouchDB replicates with its defaults (batches of 100 documents), as users get it.
import {
  EDITED_OFFER_COUNT,
  OFFER_COUNT,
  OFFER_FIELD_COUNT,
  benchOffers,
  editedDiscountPct,
  editedTitle,
  offerId,
  visibleEdits,
} from './sync-offers';
import type { BenchOffer } from './sync-offers';
import { PouchDB, memoryDb } from './sync-pouch-db';
import type { PouchDatabase, PouchDoc } from './sync-pouch-db';
import { perSecond, printFigures, roundMs, startChildServer, timed } from './sync-lib';

const toDoc = ({ id, ...fields }: BenchOffer): PouchDoc => ({ _id: id, ...fields });

/** Client A pushes every offer; client B, fresh, pulls them: throughput and time to converge. */
async function replicateOffers(serverUrl: string) {
  const offers = benchOffers(OFFER_COUNT);
  const clientA = memoryDb('client-a');
  await clientA.bulkDocs(offers.map(toDoc));
  const server = new PouchDB(`${serverUrl}/offers`);
  const push = await timed(() => clientA.replicate.to(server));
  const clientB = memoryDb('client-b');
  const pull = await timed(() => clientB.replicate.from(server));
  const [serverInfo, clientBInfo] = await Promise.all([server.info(), clientB.info()]);
  if (serverInfo.doc_count !== OFFER_COUNT || clientBInfo.doc_count !== OFFER_COUNT) {
    throw new Error(
      `PouchDB did not converge: server ${serverInfo.doc_count}, client B ${clientBInfo.doc_count} of ${OFFER_COUNT}`,
    );
  }
  const fieldValues = OFFER_COUNT * OFFER_FIELD_COUNT;
  return {
    server,
    clients: [clientA, clientB] as const,
    figures: {
      pushMs: roundMs(push.ms),
      pushDocsPerSec: perSecond(OFFER_COUNT, push.ms),
      pushFieldValuesPerSec: perSecond(fieldValues, push.ms),
      pullMs: roundMs(pull.ms),
      pullDocsPerSec: perSecond(OFFER_COUNT, pull.ms),
      pullFieldValuesPerSec: perSecond(fieldValues, pull.ms),
      convergeMs: roundMs(push.ms + pull.ms),
    },
  };
}

/** Writes one field of the first EDITED_OFFER_COUNT offers on a client, as an offline edit. */
async function editOffline(
  client: PouchDatabase,
  edit: (index: number) => Record<string, unknown>,
): Promise<void> {
  const keys = Array.from({ length: EDITED_OFFER_COUNT }, (_, index) => offerId(index));
  const { rows } = await client.allDocs({ keys, include_docs: true });
  const edited = rows.map((row, index) => {
    if (row.doc === undefined) throw new Error(`offer ${row.id} missing on the client`);
    return { ...row.doc, ...edit(index) };
  });
  const results = await client.bulkDocs(edited);
  const failed = results.filter((result) => result.ok !== true);
  if (failed.length > 0)
    throw new Error(`${failed.length} offline edits failed: ${failed[0]?.error}`);
}

/** Syncs both clients with the server (push and pull) until a round moves no document. */
async function syncUntilQuiet(server: PouchDatabase, clients: readonly PouchDatabase[]) {
  for (let round = 1; round <= 10; round++) {
    let moved = 0;
    for (const client of clients) {
      const { push, pull } = await client.sync(server);
      moved += push.docs_written + pull.docs_written;
    }
    if (moved === 0) return round;
  }
  throw new Error('PouchDB sync still moving documents after 10 rounds');
}

/**
 * A renames and B changes the discount of the same offers while offline, then both sync:
 * how many of the 2 × EDITED_OFFER_COUNT field edits the server's winning revisions show.
 */
async function lostEdits(server: PouchDatabase, clients: readonly [PouchDatabase, PouchDatabase]) {
  const [clientA, clientB] = clients;
  // Both clients hold the same first revision of every offer: A wrote it, B pulled it.
  // As in our write layer, an edit also stamps updatedAt and updatedBy.
  const stamp = (by: string) => ({ updatedAt: new Date().toISOString(), updatedBy: by });
  await editOffline(clientA, (index) => ({ title: editedTitle(index), ...stamp('a') }));
  await editOffline(clientB, (index) => ({ discountPct: editedDiscountPct(index), ...stamp('b') }));
  const sync = await timed(() => syncUntilQuiet(server, clients));
  const keys = Array.from({ length: EDITED_OFFER_COUNT }, (_, index) => offerId(index));
  const visible = async (db: PouchDatabase) => {
    const { rows } = await db.allDocs({ keys, include_docs: true, conflicts: true });
    return {
      edits: rows.reduce(
        (sum, row, index) => sum + visibleEdits(index, row.doc as BenchOffer | undefined),
        0,
      ),
      conflicted: rows.filter((row) => (row.doc?._conflicts?.length ?? 0) > 0).length,
    };
  };
  const [onServer, onA, onB] = await Promise.all([
    visible(server),
    visible(clientA),
    visible(clientB),
  ]);
  const edits = 2 * EDITED_OFFER_COUNT;
  return {
    offers: EDITED_OFFER_COUNT,
    edits,
    visibleOnServer: onServer.edits,
    visibleOnClientA: onA.edits,
    visibleOnClientB: onB.edits,
    lost: edits - onServer.edits,
    docsInConflict: onServer.conflicted,
    syncRounds: sync.result,
    syncMs: roundMs(sync.ms),
  };
}

const pouchServer = await startChildServer('test/bench/sync-pouch-server.ts');
try {
  const replicated = await replicateOffers(pouchServer.url);
  const lost = await lostEdits(replicated.server, replicated.clients);
  printFigures({
    peer: `PouchDB ${PouchDB.version} (memory adapter) → express-pouchdb (pouchdb-server, in-memory)`,
    batchSize: 100,
    offers: OFFER_COUNT,
    fieldsPerOffer: OFFER_FIELD_COUNT,
    ...replicated.figures,
    lostEdits: lost,
  });
} finally {
  await pouchServer.stop();
}
