import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeDocumentArchiveInput,
  makeOfferInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import { createClock } from '#shared/sync/hlc';
import { QuotientDb } from './database';
import { migrations, schemaVersion } from './migrations';
import { createRepositories } from '../repositories';
import { TEST_NODE, TEST_START, freshIndexedDb } from '#test/test-workspace';

describe('migrations', () => {
  it('opens a version-1 database with data at the current version, keeping its rows', async () => {
    freshIndexedDb();
    const v1 = migrations.find((migration) => migration.version === 1)!;
    const old = new Dexie('upgrade-me');
    old.version(1).stores(v1.stores);
    await old.open();
    const client = { id: 'c1', ...makeClientInput(), deleted: false, fieldClocks: {} };
    await old.table('clients').add(client);
    await old.table('outbox').add({ table: 'clients', id: 'c1', hlc: 'h', fields: { name: 'x' } });
    await old.table('local').put({ key: 'nodeId', value: TEST_NODE });
    old.close();

    const db = new QuotientDb('upgrade-me');
    await db.open();
    expect(db.verno).toBe(schemaVersion);
    expect(schemaVersion).toBe(7);
    expect(
      ['blobs', 'conflicts', 'foreignChanges', 'blobUploads', 'parkedChanges'].filter((store) =>
        idbStores(db).includes(store),
      ),
    ).toEqual(['blobs', 'conflicts', 'foreignChanges', 'blobUploads', 'parkedChanges']);
    expect(await db.clients.toArray()).toEqual([client]);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.local.get('nodeId'))?.value).toBe(TEST_NODE);
    // Read the upgraded IndexedDB itself, not Dexie's declaration.
    const idb = db.backendDB();
    const indexes = (store: string) =>
      [...idb.transaction(store, 'readonly').objectStore(store).indexNames].sort();
    expect(
      [
        'catalogItems',
        'bundles',
        'roles',
        'offers',
        'offerSections',
        'offerLines',
        'textBlocks',
        'offerChapters',
        'documents',
        'conflicts',
        'foreignChanges',
      ].map((store) => [store, indexes(store)]),
    ).toEqual([
      ['catalogItems', ['datasheetSha256', 'kind', 'name', 'sku']],
      ['bundles', ['name']],
      ['roles', ['name']],
      ['offers', ['clientId', 'number', 'rootId', 'status', 'updatedAt', 'variantGroupId']],
      ['offerSections', ['offerId']],
      ['offerLines', ['offerId', 'originId', 'sectionId']],
      ['textBlocks', ['chapter', 'language']],
      ['offerChapters', ['offerId', 'textBlockId']],
      ['documents', ['offerId', 'sha256']],
      ['conflicts', ['[table+rowId]', 'detectedAt']],
      ['foreignChanges', ['table']],
    ]);
    // The new stores work against the upgraded database.
    const repos = createRepositories({
      db,
      clock: createClock({ nodeId: TEST_NODE, now: () => TEST_START }),
      author: () => '',
    });
    const offer = await repos.offers.create(makeOfferInput('c1'));
    expect(await repos.offers.listByClient('c1')).toEqual([offer]);
    const block = await repos.textBlocks.create(makeTextBlockInput());
    const chapter = await repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id });
    expect(await repos.offerChapters.listByOffer(offer.id)).toEqual([chapter]);
    const doc = await repos.documents.archive(makeDocumentArchiveInput(offer.id));
    expect(await repos.documents.listByOffer(offer.id)).toEqual([doc]);
    db.close();
  });
});

function idbStores(db: QuotientDb): string[] {
  return [...db.backendDB().objectStoreNames];
}
