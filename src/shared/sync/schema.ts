import { z } from 'zod';
import {
  activityInputSchema,
  bundleInputSchema,
  catalogItemInputSchema,
  clientInputSchema,
  contactInputSchema,
  documentInputSchema,
  offerChapterInputSchema,
  offerInputSchema,
  offerLineInputSchema,
  offerSectionInputSchema,
  offerStatuses,
  opportunityInputSchema,
  roleInputSchema,
  textBlockInputSchema,
} from '../domain';
import {
  analysisInputSchema,
  battlecardInputSchema,
  competitorAttachmentInputSchema,
  competitorInputSchema,
  priceObservationInputSchema,
} from '../domain/analyses';
import {
  contractClauseInputSchema,
  contractInputSchema,
  contractRevisionClauseInputSchema,
  contractRevisionInputSchema,
  contractSignatureInputSchema,
} from '../domain/contracts';
import {
  deckInputSchema,
  leadConsentInputSchema,
  leadInputSchema,
  slideInputSchema,
} from '../domain/presentations';
import {
  paymentInstalmentInputSchema,
  planDependencyInputSchema,
  planMilestoneInputSchema,
  projectPlanInputSchema,
  workPackageInputSchema,
} from '../domain/planning';

/**
 * The client's database schema, declared once: every version's IndexedDB stores and the synced
 * tables it adds. Plain data (src/shared imports no Dexie); from it come the Dexie versions
 * (src/renderer/data/core/migrations.ts, which adds the rare `upgrade` functions by version
 * number), the synced tables and their fields (./synced-fields.ts: SYNCED_FIELDS, which the
 * server checks pushes against) and the schema version pushes carry. A new area adds one entry.
 */

/** The fields of a synced table come from zod shapes: its input schema's, plus any the repository sets. */
export type FieldShape = Readonly<Record<string, z.ZodType>>;

export type SchemaVersion = {
  version: number;
  /**
   * The stores this version adds or changes, as Dexie reads them ('primary key, index, …');
   * `null` drops one. Dexie keeps earlier versions' stores, so list only what changes.
   * Booleans are not valid IndexedDB keys, so `deleted` is filtered, not indexed.
   */
  stores: Readonly<Record<string, string | null>>;
  /**
   * The synced tables this version adds (each also a store of this version): their rows sync
   * and their writes are recorded in the outbox. The fields a row carries are the row meta
   * (created/updated, deleted) plus the fields of these shapes, in their stored form. A field
   * added to a domain schema later syncs without an entry here, but needs a new version: it tells
   * the server that pushes may carry it (an empty `stores`, as version 7).
   */
  synced?: Readonly<Record<string, readonly FieldShape[]>>;
};

/** OfferMeta (src/shared/domain/offer.ts): numbering, revisions and status, set by the repository. */
const offerMetaFields = {
  number: z.string(),
  revision: z.number().int(),
  rootId: z.string(),
  variantGroupId: z.string(),
  variantName: z.string(),
  status: z.enum(offerStatuses),
  sentAt: z.string(),
  contentHash: z.string(),
  acceptedAt: z.string(),
} satisfies FieldShape;

/** A sent revision's chapters keep a snapshot of their text block (offer-lifecycle markSent). */
const chapterSnapshotFields = { title: z.string(), body: z.string() } satisfies FieldShape;

/** The schema history; append, never edit a shipped entry. */
export const SCHEMA = [
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
    synced: {
      clients: [clientInputSchema.shape],
      contacts: [contactInputSchema.shape],
      activities: [activityInputSchema.shape],
      opportunities: [opportunityInputSchema.shape],
      // Key-value rows: any identifier is a field (synced-fields.ts knows some rows' fields).
      settings: [],
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
    synced: {
      catalogItems: [catalogItemInputSchema.shape],
      bundles: [bundleInputSchema.shape],
      roles: [roleInputSchema.shape],
      offers: [offerInputSchema.shape, offerMetaFields],
      offerSections: [offerSectionInputSchema.shape],
      offerLines: [offerLineInputSchema.shape],
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
    synced: {
      textBlocks: [textBlockInputSchema.shape],
      offerChapters: [offerChapterInputSchema.shape, chapterSnapshotFields],
      documents: [documentInputSchema.shape],
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
    // server that pushes may carry them.
    version: 7,
    stores: {},
  },
  {
    // Issue 12: market and competitor analyses. New stores, and new optional opportunity fields
    // (the competitors in play, the loss form), whose shapes the opportunities entry already
    // reads from the domain schema.
    version: 8,
    stores: {
      competitors: 'id, name',
      competitorAttachments: 'id, competitorId, sha256',
      battlecards: 'id, competitorId',
      priceObservations: 'id, competitorId, catalogItemId, category',
      analyses: 'id, kind, clientId, opportunityId, updatedAt',
    },
    synced: {
      competitors: [competitorInputSchema.shape],
      competitorAttachments: [competitorAttachmentInputSchema.shape],
      battlecards: [battlecardInputSchema.shape],
      priceObservations: [priceObservationInputSchema.shape],
      analyses: [analysisInputSchema.shape],
    },
  },
  {
    // Issue 13: contract drafts. The clause library, contracts, their revisions, the clauses a
    // revision uses, and signatures (PNG and signed PDF bytes in the blob store). New stores only.
    version: 9,
    stores: {
      contractClauses: 'id, key, language, category',
      contracts: 'id, clientId, offerId, status, updatedAt',
      contractRevisions: 'id, contractId, [contractId+number], signedPdfSha256',
      contractRevisionClauses: 'id, revisionId, contractId, clauseId',
      contractSignatures: 'id, revisionId, contractId, pngSha256',
    },
    synced: {
      contractClauses: [contractClauseInputSchema.shape],
      contracts: [contractInputSchema.shape],
      contractRevisions: [contractRevisionInputSchema.shape],
      contractRevisionClauses: [contractRevisionClauseInputSchema.shape],
      contractSignatures: [contractSignatureInputSchema.shape],
    },
  },
  {
    // Issue 14: presentation mode for trade fairs. Decks, their slides (media in the blob store),
    // the leads captured at the booth and each lead's consent evidence. New stores only.
    version: 10,
    stores: {
      decks: 'id, updatedAt',
      slides: 'id, deckId, mediaSha256',
      leads: 'id, deckId, status, capturedAt, email',
      leadConsents: 'id, leadId, deckId',
    },
    synced: {
      decks: [deckInputSchema.shape],
      slides: [slideInputSchema.shape],
      leads: [leadInputSchema.shape],
      leadConsents: [leadConsentInputSchema.shape],
    },
  },
  {
    // Issue 15: project planning inside offers. The plan of an offer revision, its work packages,
    // their dependencies, milestones and payment instalments (new stores), and new optional
    // fields: offer lines and sections generated by a plan (planPackageId, planPhaseId), a role's
    // capacity. Those shapes the existing entries read from the domain schemas.
    version: 11,
    stores: {
      projectPlans: 'id, offerId',
      workPackages: 'id, planId, offerId, parentId',
      planDependencies: 'id, planId, offerId, predecessorId, successorId',
      planMilestones: 'id, planId, offerId, packageId',
      paymentInstalments: 'id, planId, offerId, milestoneId',
    },
    synced: {
      projectPlans: [projectPlanInputSchema.shape],
      workPackages: [workPackageInputSchema.shape],
      planDependencies: [planDependencyInputSchema.shape],
      planMilestones: [planMilestoneInputSchema.shape],
      paymentInstalments: [paymentInstalmentInputSchema.shape],
    },
  },
] as const satisfies readonly SchemaVersion[];

type Declared = (typeof SCHEMA)[number];
type SyncedDeclarations = Declared extends infer V
  ? V extends { synced: infer S }
    ? S
    : never
  : never;

/** Every synced table's name, from the versions that add them. */
export type SyncedTableName = SyncedDeclarations extends infer S
  ? S extends object
    ? keyof S & string
    : never
  : never;

/** The field shapes a synced table is declared with. */
type ShapesOf<T extends SyncedTableName> = SyncedDeclarations extends infer S
  ? S extends Record<T, infer Shapes>
    ? Shapes
    : never
  : never;

type FieldsOf<Shapes> = Shapes extends readonly [infer First, ...infer Rest]
  ? (First extends z.core.$ZodShape ? z.output<z.ZodObject<First>> : never) & FieldsOf<Rest>
  : unknown;

/**
 * The fields a synced table's rows carry besides the row meta, as typed by its declared shapes
 * (the renderer types a new area's table from this; src/renderer/data/core/database.ts).
 */
export type DeclaredFields<T extends SyncedTableName> = FieldsOf<ShapesOf<T>>;

/** The newest version: the client's schema version (DESIGN.md, Sync: `schemaVersion`). */
export const SCHEMA_VERSION: number = Math.max(...SCHEMA.map((entry) => entry.version));

/** Synced tables with their field shapes, in the order their versions add them. */
export const SYNCED_TABLES: readonly (readonly [SyncedTableName, readonly FieldShape[]])[] =
  SCHEMA.flatMap((entry: SchemaVersion) =>
    Object.entries(entry.synced ?? {}).map(
      ([name, shapes]) => [name as SyncedTableName, shapes] as const,
    ),
  );

/**
 * The declaration's rules, checked when the module loads (a mistake fails every test and the
 * start): versions ascend, and each synced table is added once, with a store of its version,
 * and never dropped.
 */
export function checkSchema(schema: readonly SchemaVersion[]): void {
  const seen = new Set<string>();
  schema.forEach((entry, index) => {
    const previous = schema[index - 1];
    if (!Number.isInteger(entry.version) || entry.version <= (previous?.version ?? 0)) {
      throw new Error(
        `Schema version ${entry.version} must be an integer above ${previous?.version ?? 0}`,
      );
    }
    for (const [name, stores] of Object.entries(entry.stores)) {
      if (stores === null && seen.has(name)) {
        throw new Error(`Synced table ${name} cannot be dropped (version ${entry.version})`);
      }
    }
    for (const name of Object.keys(entry.synced ?? {})) {
      if (seen.has(name))
        throw new Error(`Synced table ${name} is added twice (version ${entry.version})`);
      if (typeof entry.stores[name] !== 'string') {
        throw new Error(`Synced table ${name} has no store in version ${entry.version}`);
      }
      seen.add(name);
    }
  });
}

checkSchema(SCHEMA);
