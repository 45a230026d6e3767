import type { UserProfile } from '#shared/domain';
import type { Clock } from '#shared/sync/hlc';
import {
  createBundlesRepository,
  createCatalogRepository,
  createRolesRepository,
} from './catalog/catalog.repository';
import type {
  BundlesRepository,
  CatalogRepository,
  RolesRepository,
} from './catalog/catalog.repository';
import { createActivitiesRepository } from './clients/activities.repository';
import type { ActivitiesRepository } from './clients/activities.repository';
import { createClientsRepository } from './clients/clients.repository';
import type { ClientsRepository } from './clients/clients.repository';
import { createContactsRepository } from './clients/contacts.repository';
import type { ContactsRepository } from './clients/contacts.repository';
import type {
  BundleImportOptions,
  BundleImportPreview,
  BundleImportResult,
} from './offers/offer-bundle-import';
import type { ImportSummary } from './core/demo-import';
import type { QuotientDb } from './core/database';
import { createLocalRepository } from './core/local.repository';
import type { LocalRepository } from './core/local.repository';
import { createNotifier } from './core/notifier';
import type { CommitListener, Notifier } from './core/notifier';
import { createOfferLinesRepository } from './offers/offer-lines.repository';
import type { OfferLinesRepository } from './offers/offer-lines.repository';
import { createOfferSectionsRepository } from './offers/offer-sections.repository';
import type { OfferSectionsRepository } from './offers/offer-sections.repository';
import { createOfferSettingsRepository } from './offers/offer-settings.repository';
import type { OfferSettingsRepository } from './offers/offer-settings.repository';
import { createOffersRepository } from './offers/offers.repository';
import type { OffersRepository } from './offers/offers.repository';
import { createOpportunitiesRepository } from './pipeline/opportunities.repository';
import type { OpportunitiesRepository } from './pipeline/opportunities.repository';
import { createBlobRepository } from './core/blobs.repository';
import type { BlobRepository } from './core/blobs.repository';
import { createDocumentsRepository } from './offers/documents.repository';
import type { DocumentsRepository } from './offers/documents.repository';
import { createOfferChaptersRepository } from './text-blocks/offer-chapters.repository';
import type { OfferChaptersRepository } from './text-blocks/offer-chapters.repository';
import { createTextBlocksRepository } from './text-blocks/text-blocks.repository';
import type { TextBlocksRepository } from './text-blocks/text-blocks.repository';
import { createOutboxRepository } from './core/outbox.repository';
import type { OutboxRepository } from './core/outbox.repository';
import { createSettingsRepository } from './settings/settings.repository';
import type { SettingsRepository } from './settings/settings.repository';
import { createTrashRepository } from './core/trash.repository';
import type { TrashRepository } from './core/trash.repository';
import { createAnalysesRepositories } from './analyses/repositories';
import type { AnalysesRepositories } from './analyses/repositories';
import { createContractsRepositories } from './contracts/repositories';
import type { ContractsRepositories } from './contracts/repositories';
import { createPresentationsRepositories } from './presentations/repositories';
import type { PresentationsRepositories } from './presentations/repositories';
import { createPlanningRepositories } from './planning/repositories';
import type { PlanningRepositories } from './planning/repositories';

export type Repositories = {
  clients: ClientsRepository;
  contacts: ContactsRepository;
  activities: ActivitiesRepository;
  opportunities: OpportunitiesRepository;
  settings: SettingsRepository;
  catalog: CatalogRepository;
  bundles: BundlesRepository;
  roles: RolesRepository;
  offerSettings: OfferSettingsRepository;
  offers: OffersRepository;
  offerSections: OfferSectionsRepository;
  offerLines: OfferLinesRepository;
  /** The text-block library. */
  textBlocks: TextBlocksRepository;
  /** The text blocks an offer uses as proposal chapters, in order (drafts only). */
  offerChapters: OfferChaptersRepository;
  /** Generated files archived on offers (bytes in `blobs`). */
  documents: DocumentsRepository;
  local: LocalRepository;
  outbox: OutboxRepository;
  /** Content-addressed bytes (datasheets, logos, documents); no outbox entries. */
  blobs: BlobRepository;
  /** Deleted records per area, restored through their repositories (the Papierkorb). */
  trash: TrashRepository;
  /** Hears `{ table, ids }` after each committed write (synced tables and `local`); returns unsubscribe. */
  onCommitted(listener: CommitListener): () => void;
  /** Imports a `*.quotient-offer.json` (validated first, fresh ids, one transaction). */
  importOfferBundle(json: unknown, options?: BundleImportOptions): Promise<BundleImportResult>;
  /** What importing a `*.quotient-offer.json` would create; writes nothing (invalid: throws). */
  previewOfferBundle(json: unknown, options?: BundleImportOptions): Promise<BundleImportPreview>;
  /** Imports a workspace file in one transaction, all or nothing (see demo-import.ts). */
  importWorkspace(data: unknown): Promise<ImportSummary>;
} & AnalysesRepositories &
  ContractsRepositories &
  PresentationsRepositories &
  PlanningRepositories;

export type CreateRepositoriesArgs = {
  db: QuotientDb;
  clock: Clock;
  /** The author stamped into createdBy/updatedBy, read at each write. */
  author: () => string;
  /** Hears each saved user profile before saveProfile resolves, so `author` can follow at once. */
  onProfileSaved?: (profile: UserProfile) => void;
  /** The commit notifier, when the caller shares it (the sync store announces applied pulls through it). */
  notifier?: Notifier;
};

/** The repositories: the only way features read and write the database. */
export function createRepositories({
  db,
  clock,
  author,
  onProfileSaved,
  notifier = createNotifier(),
}: CreateRepositoriesArgs): Repositories {
  const ctx = { db, clock, author, notifier };
  const blobs = createBlobRepository(db);
  const repos: Omit<Repositories, 'trash' | keyof PresentationsRepositories> = {
    clients: createClientsRepository(ctx),
    contacts: createContactsRepository(ctx),
    activities: createActivitiesRepository(ctx),
    opportunities: createOpportunitiesRepository(ctx),
    settings: createSettingsRepository(ctx),
    catalog: createCatalogRepository(ctx),
    bundles: createBundlesRepository(ctx),
    roles: createRolesRepository(ctx),
    offerSettings: createOfferSettingsRepository(ctx),
    offers: createOffersRepository(ctx),
    offerSections: createOfferSectionsRepository(ctx),
    offerLines: createOfferLinesRepository(ctx),
    textBlocks: createTextBlocksRepository(ctx),
    offerChapters: createOfferChaptersRepository(ctx),
    documents: createDocumentsRepository(ctx, blobs),
    local: createLocalRepository({ db, notifier, onProfileSaved }),
    outbox: createOutboxRepository(db),
    blobs,
    // Issue 12: competitors, battlecards, price observations, analyses, win/loss.
    ...createAnalysesRepositories(ctx, blobs),
    // Issue 13: the clause library and contracts (revisions, clauses, signatures).
    ...createContractsRepositories(ctx, blobs),
    // Issue 15: project plans inside offers (packages, dependencies, milestones, payment plan).
    ...createPlanningRepositories(ctx),
    onCommitted: (listener) => notifier.subscribe(listener),
    // Loaded when used (onboarding, tests): the import stays out of the start-up bundle.
    importWorkspace: async (data) =>
      (await import('./core/demo-import')).importIntoContext(ctx, data),
    // The bundle schema and mapping load only when a file is imported.
    importOfferBundle: async (json, options) =>
      (await import('./offers/offer-bundle-import')).importOfferBundle(ctx, json, options),
    previewOfferBundle: async (json, options) =>
      (await import('./offers/offer-bundle-import')).previewOfferBundle(ctx, json, options),
  };
  // Issue 14: decks, slides, leads; leads convert through the repositories above.
  const presentations = createPresentationsRepositories(ctx, blobs, repos);
  const all = { ...repos, ...presentations };
  return { ...all, trash: createTrashRepository({ db, repos: all }) };
}
