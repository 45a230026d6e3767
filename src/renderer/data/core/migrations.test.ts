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
import { buildMigrations, migrations, schemaVersion } from './migrations';
import { createRepositories } from '../repositories';
import { TEST_NODE, TEST_START, freshIndexedDb } from '#test/test-workspace';

describe('migrations', () => {
  it('builds the Dexie stores of every version from the schema declaration, as they shipped', () => {
    // The stores as migrations.ts listed them before they moved to src/shared/sync/schema.ts.
    expect(Object.fromEntries(migrations.map(({ version, stores }) => [version, stores]))).toEqual({
      1: {
        clients: 'id, name, city, updatedAt',
        contacts: 'id, clientId, lastName',
        activities: 'id, clientId, [clientId+date], date',
        opportunities: 'id, clientId, stage, [stage+position]',
        settings: 'id',
        local: 'key',
        outbox: '++seq',
        syncState: 'key',
      },
      2: {
        catalogItems: 'id, name, kind, sku',
        bundles: 'id, name',
        roles: 'id, name',
        offers: 'id, clientId, rootId, number, variantGroupId, status, updatedAt',
        offerSections: 'id, offerId',
        offerLines: 'id, offerId, sectionId, originId',
      },
      3: { blobs: 'sha256' },
      4: {
        textBlocks: 'id, language, chapter',
        offerChapters: 'id, offerId, textBlockId',
        documents: 'id, offerId, sha256',
      },
      5: {
        conflicts: 'id, detectedAt, [table+rowId]',
        foreignChanges: '[table+id+field], table',
        blobUploads: 'sha256',
        catalogItems: 'id, name, kind, sku, datasheetSha256',
      },
      6: { parkedChanges: '[table+id+field], parkedAt' },
      7: {},
      8: {
        competitors: 'id, name',
        competitorAttachments: 'id, competitorId, sha256',
        battlecards: 'id, competitorId',
        priceObservations: 'id, competitorId, catalogItemId, category',
        analyses: 'id, kind, clientId, opportunityId, updatedAt',
      },
      9: {
        contractClauses: 'id, key, language, category',
        contracts: 'id, clientId, offerId, status, updatedAt',
        contractRevisions: 'id, contractId, [contractId+number], signedPdfSha256',
        contractRevisionClauses: 'id, revisionId, contractId, clauseId',
        contractSignatures: 'id, revisionId, contractId, pngSha256',
      },
      10: {
        decks: 'id, updatedAt',
        slides: 'id, deckId, mediaSha256',
        leads: 'id, deckId, status, capturedAt, email',
        leadConsents: 'id, leadId, deckId',
      },
      11: {
        projectPlans: 'id, offerId',
        workPackages: 'id, planId, offerId, parentId',
        planDependencies: 'id, planId, offerId, predecessorId, successorId',
        planMilestones: 'id, planId, offerId, packageId',
        paymentInstalments: 'id, planId, offerId, milestoneId',
      },
    });
    expect(migrations.map((migration) => migration.version)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(migrations.filter((migration) => migration.upgrade)).toEqual([]);
  });

  it('attaches each upgrade to its version and refuses an upgrade for a version the schema lacks', () => {
    const schema = [
      { version: 1, stores: { notes: 'id' } },
      { version: 2, stores: { notes: 'id, title' } },
    ];
    const upgrade = () => undefined;
    expect(buildMigrations(schema, { 2: upgrade })).toEqual([
      { version: 1, stores: { notes: 'id' } },
      { version: 2, stores: { notes: 'id, title' }, upgrade },
    ]);
    expect(() => buildMigrations(schema, { 2: upgrade, 3: upgrade })).toThrow(
      'Upgrades for versions the schema does not declare: 3',
    );
  });

  it('runs a declared upgrade when Dexie opens an older database', async () => {
    freshIndexedDb();
    const old = new Dexie('upgrade-notes');
    old.version(1).stores({ notes: 'id' });
    await old.open();
    await old.table('notes').add({ id: 'n1', text: 'alt' });
    old.close();

    const db = new Dexie('upgrade-notes');
    const built = buildMigrations(
      [
        { version: 1, stores: { notes: 'id' } },
        { version: 2, stores: { notes: 'id, text' } },
      ],
      {
        2: async (tx) => {
          await tx
            .table('notes')
            .toCollection()
            .modify((note: { text: string }) => {
              note.text = note.text.toUpperCase();
            });
        },
      },
    );
    for (const { version, stores, upgrade } of built) {
      const declared = db.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    await db.open();
    expect(await db.table('notes').where('text').equals('ALT').count()).toBe(1);
    db.close();
  });

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
    expect(schemaVersion).toBe(11);
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
