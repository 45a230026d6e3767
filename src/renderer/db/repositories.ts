import type { UserProfile } from '../../shared/domain';
import type { Clock } from '../../shared/sync/hlc';
import {
  createBundlesRepository,
  createCatalogRepository,
  createRolesRepository,
} from './catalog.repository';
import type { BundlesRepository, CatalogRepository, RolesRepository } from './catalog.repository';
import { createActivitiesRepository } from './activities.repository';
import type { ActivitiesRepository } from './activities.repository';
import { createClientsRepository } from './clients.repository';
import type { ClientsRepository } from './clients.repository';
import { createContactsRepository } from './contacts.repository';
import type { ContactsRepository } from './contacts.repository';
import { importIntoContext } from './demo-import';
import type {
  BundleImportOptions,
  BundleImportPreview,
  BundleImportResult,
} from './offer-bundle-import';
import type { ImportSummary } from './demo-import';
import type { QuotientDb } from './database';
import { createLocalRepository } from './local.repository';
import type { LocalRepository } from './local.repository';
import { createNotifier } from './notifier';
import type { CommitListener, Notifier } from './notifier';
import { createOfferLinesRepository } from './offer-lines.repository';
import type { OfferLinesRepository } from './offer-lines.repository';
import { createOfferSectionsRepository } from './offer-sections.repository';
import type { OfferSectionsRepository } from './offer-sections.repository';
import { createOfferSettingsRepository } from './offer-settings.repository';
import type { OfferSettingsRepository } from './offer-settings.repository';
import { createOffersRepository } from './offers.repository';
import type { OffersRepository } from './offers.repository';
import { createOpportunitiesRepository } from './opportunities.repository';
import type { OpportunitiesRepository } from './opportunities.repository';
import { createBlobRepository } from './blobs.repository';
import type { BlobRepository } from './blobs.repository';
import { createDocumentsRepository } from './documents.repository';
import type { DocumentsRepository } from './documents.repository';
import { createOfferChaptersRepository } from './offer-chapters.repository';
import type { OfferChaptersRepository } from './offer-chapters.repository';
import { createTextBlocksRepository } from './text-blocks.repository';
import type { TextBlocksRepository } from './text-blocks.repository';
import { createOutboxRepository } from './outbox.repository';
import type { OutboxRepository } from './outbox.repository';
import { createSettingsRepository } from './settings.repository';
import type { SettingsRepository } from './settings.repository';
import { createTrashRepository } from './trash.repository';
import type { TrashRepository } from './trash.repository';

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
};

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
  const repos: Omit<Repositories, 'trash'> = {
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
    onCommitted: (listener) => notifier.subscribe(listener),
    importWorkspace: (data) => importIntoContext(ctx, data),
    // The bundle schema and mapping load only when a file is imported.
    importOfferBundle: async (json, options) =>
      (await import('./offer-bundle-import')).importOfferBundle(ctx, json, options),
    previewOfferBundle: async (json, options) =>
      (await import('./offer-bundle-import')).previewOfferBundle(ctx, json, options),
  };
  return { ...repos, trash: createTrashRepository({ db, repos }) };
}
