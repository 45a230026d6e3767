import { Dexie } from 'dexie';
import type { DexieOptions, EntityTable, Table } from 'dexie';
import type {
  Activity,
  ArchivedDocument,
  Bundle,
  CatalogItem,
  Client,
  Contact,
  Offer,
  OfferChapter,
  OfferLine,
  OfferSection,
  Opportunity,
  Role,
  RowMeta,
  TextBlock,
} from '#shared/domain';
import type { Change } from '#shared/sync/change';
import { SYNCED_TABLES } from '#shared/sync/schema';
import type { DeclaredFields, SyncedTableName } from '#shared/sync/schema';
import type { ParkedSyncChange, SyncConflict } from '#shared/sync/status';
import { migrations } from './migrations';

/** Per-field clock metadata `{ field: hlc }` for the sync merge; written by repositories only. */
export type FieldClocks = Record<string, string>;

/** A synced row as stored: the entity plus its field clocks. */
export type Stored<T> = T & RowMeta & { fieldClocks: FieldClocks };

export type StoredClient = Stored<Client>;
export type StoredContact = Stored<Contact>;
export type StoredActivity = Stored<Activity>;
export type StoredOpportunity = Stored<Opportunity>;
export type StoredCatalogItem = Stored<CatalogItem>;
export type StoredBundle = Stored<Bundle>;
export type StoredRole = Stored<Role>;
export type StoredOffer = Stored<Offer>;
export type StoredOfferSection = Stored<OfferSection>;
export type StoredOfferLine = Stored<OfferLine>;
export type StoredTextBlock = Stored<TextBlock>;
/**
 * An offer chapter with the snapshot of its text block taken when its revision was sent:
 * absent (or empty) on drafts, which follow the library; a sent revision's export uses these.
 */
export type OfferChapterRow = OfferChapter & { title?: string; body?: string };
export type StoredOfferChapter = Stored<OfferChapterRow>;
export type StoredDocument = Stored<ArchivedDocument>;
/** Synced key-value settings rows, e.g. id `company` holding the company profile's fields. */
export type StoredSetting = Stored<RowMeta & Record<string, unknown>>;

/** Content-addressed bytes: immutable, written once, verified by their hash. */
export type StoredBlob = {
  sha256: string;
  type: string;
  size: number;
  data: Uint8Array;
  createdAt: string;
};

/** A device-only value (never synced): user profile, UI language, onboarding, node id. */
export type LocalEntry = { key: string; value: unknown };
/**
 * The stored outbox: one record per row written by one write, holding that row's changed
 * fields (all share the write's stamp). One record per row rather than per field keeps a
 * 10,000-client import at 10,000 outbox records instead of ~190,000.
 */
export type OutboxRecord = {
  seq: number;
  table: string;
  id: string;
  hlc: string;
  fields: Record<string, unknown>;
};
/** One pending field change as the outbox lists it; `seq` is its record's (the write order). */
export type OutboxEntry = Change & { seq: number };
export type SyncStateEntry = { key: string; value: unknown };
/** A conflict as stored on this device (never synced); resolved ones stay as history. */
export type StoredConflict = SyncConflict & {
  resolvedAt?: string;
  resolution?: 'local' | 'remote';
};
/**
 * A pulled change of a table this client does not know (a newer client's), kept with the
 * highest stamp per field until an upgrade brings the table; re-pushed by a full resync.
 */
export type ForeignChange = Change;
/**
 * A pulled change the merge refused (a reserved or unknown field, a value of the wrong form):
 * never written onto a row, kept on this device (the newest per field) with its reason and when
 * it arrived, listed in the sync settings, and applied after an upgrade that makes it valid.
 */
export type ParkedChange = ParkedSyncChange;
/** A blob the sync server is known to have (uploaded or downloaded in the current epoch). */
export type BlobUpload = { sha256: string };

/**
 * The tables whose rows sync and whose writes are recorded in the outbox, in the order the
 * schema declaration (src/shared/sync/schema.ts) adds them.
 */
export const syncedTables: readonly SyncedTable[] = SYNCED_TABLES.map(([name]) => name);
export type SyncedTable = SyncedTableName;

/**
 * Rows whose type the declaration does not say: key-value settings, and chapters whose
 * snapshot fields exist only on sent revisions. Every other synced table's row is typed from
 * its declared shapes (which are the domain schemas, so `SyncedRow['clients']` is StoredClient,
 * a test checks), and a new area's table needs no line here.
 */
type UndeclaredRows = {
  settings: StoredSetting;
  offerChapters: StoredOfferChapter;
};

/** The stored row of each synced table. */
export type SyncedRow = {
  [T in SyncedTable]: T extends keyof UndeclaredRows
    ? UndeclaredRows[T]
    : Stored<DeclaredFields<T> & RowMeta>;
};

/** Every synced table as a Dexie table of its rows (`db.clients`, `db.offers`, …). */
type SyncedTables = { readonly [T in SyncedTable]: EntityTable<SyncedRow[T], 'id'> };

/**
 * Dexie, typed with the synced tables: Dexie puts a property per declared store on the
 * instance, so the declaration's tables are there without a `declare` line each.
 */
const DexieWithSyncedTables = Dexie as unknown as new (
  name: string,
  options?: DexieOptions,
) => Dexie & SyncedTables;

/** Quotient's IndexedDB database; only repositories in this folder use it. */
export class QuotientDb extends DexieWithSyncedTables {
  // Device-only stores.
  declare blobs: EntityTable<StoredBlob, 'sha256'>;
  declare local: EntityTable<LocalEntry, 'key'>;
  declare outbox: EntityTable<OutboxRecord, 'seq'>;
  declare syncState: EntityTable<SyncStateEntry, 'key'>;
  declare conflicts: EntityTable<StoredConflict, 'id'>;
  declare foreignChanges: Table<ForeignChange, [string, string, string]>;
  declare parkedChanges: Table<ParkedChange, [string, string, string]>;
  declare blobUploads: EntityTable<BlobUpload, 'sha256'>;

  constructor(name = 'quotient', options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of migrations) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  /** The Dexie table of a synced table name. */
  synced<T extends SyncedTable>(table: T): Table<SyncedRow[T], string> {
    return this.table<SyncedRow[T], string>(table);
  }
}
