import type { Transaction } from 'dexie';

/**
 * One schema version. Dexie 4 keeps earlier versions' stores, so a later version lists only
 * the stores it adds or changes (`null` drops one) and an optional `upgrade` that rewrites rows.
 */
export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

/**
 * The schema history; append, never edit a shipped entry. Example of the next one:
 * `{ version: 2, stores: { offers: 'id, clientId, updatedAt' }, upgrade: async (tx) => { … } }`.
 * Booleans are not valid IndexedDB keys, so `deleted` is filtered, not indexed.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    stores: {
      clients: 'id, name, city, updatedAt',
      contacts: 'id, clientId, lastName',
      activities: 'id, clientId, [clientId+date], date',
      opportunities: 'id, clientId, stage, [stage+position]',
      settings: 'id',
      local: 'key',
      outbox: '++seq',
      syncState: 'key',
    },
  },
  {
    // Issue 3: catalog, rate cards and offers with revisions. New stores only: no rows to rewrite.
    version: 2,
    stores: {
      catalogItems: 'id, name, kind, sku',
      bundles: 'id, name',
      roles: 'id, name',
      offers: 'id, clientId, rootId, number, variantGroupId, status, updatedAt',
      offerSections: 'id, offerId',
      offerLines: 'id, offerId, sectionId, originId',
    },
  },
  {
    // Binary content (datasheets, logos, generated documents), addressed by SHA-256. Rows refer
    // to it by hash; the bytes are never a field value, so they have no outbox entries.
    version: 3,
    stores: { blobs: 'sha256' },
  },
  {
    // Issue 4: text blocks, the chapters an offer picks from them, archived documents. New stores only.
    version: 4,
    stores: {
      textBlocks: 'id, language, chapter',
      offerChapters: 'id, offerId, textBlockId',
      documents: 'id, offerId, sha256',
    },
  },
  {
    // Issue 5: sync. Device-only stores: conflicts, changes of tables only newer clients know,
    // blobs the server has. Datasheet hashes indexed so missing ones are found without a scan.
    version: 5,
    stores: {
      conflicts: 'id, detectedAt, [table+rowId]',
      foreignChanges: '[table+id+field], table',
      blobUploads: 'sha256',
      catalogItems: 'id, name, kind, sku, datasheetSha256',
    },
  },
  {
    // Issue 9: pulled changes the merge refuses (reserved or unknown field, invalid value), kept
    // on this device with their reason and listed in the sync settings. Device-only; a new store.
    version: 6,
    stores: { parkedChanges: '[table+id+field], parkedAt' },
  },
  {
    // Issue 10: new synced fields (the offer's contact person, a chapter's document heading and
    // per-offer text, bundles priced as one package). No store changes; the version tells the
    // server that pushes may carry them (src/shared/sync/synced-fields.ts).
    version: 7,
    stores: {},
  },
];

/** The schema version pushes carry (DESIGN.md, Sync: `schemaVersion`). */
export const schemaVersion = Math.max(...migrations.map((migration) => migration.version));
