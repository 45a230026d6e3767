// The data layer's public face: features use repositories and hooks, never Dexie or the tables.
export type { QuotientDb, OutboxEntry, OfferChapterRow } from './database';
export { schemaVersion } from './migrations';
export {
  ValidationError,
  RowNotFoundError,
  OfferLockedError,
  OfferChangedError,
  SectionDeletedError,
} from './errors';
export type { ValidationIssue } from './errors';
export type { CommitEvent, CommitListener } from './notifier';
export { createRepositories } from './repositories';
export type { Repositories, CreateRepositoriesArgs } from './repositories';
export type { ClientsRepository } from './clients.repository';
export type { ContactsRepository } from './contacts.repository';
export type { ActivitiesRepository } from './activities.repository';
export type {
  OpportunitiesRepository,
  OpportunityCreateInput,
  OpportunityMove,
} from './opportunities.repository';
export type { SettingsRepository } from './settings.repository';
export type { EntityRepository } from './entity.repository';
export type { CatalogRepository, BundlesRepository, RolesRepository } from './catalog.repository';
export type { OfferSettingsRepository } from './offer-settings.repository';
export type { OffersRepository, OfferDuplicateOptions } from './offers.repository';
export type { FollowUpRequest, MarkSentOptions } from './offer-lifecycle';
export { FollowUpDateError } from './offer-lifecycle';
export type { OfferSectionsRepository, OfferSectionAddInput } from './offer-sections.repository';
export type {
  OfferLinesRepository,
  OfferLineNewInput,
  OfferLineAddInput,
  OfferLinePatch,
  OfferLineMove,
} from './offer-lines.repository';
export type { Placement } from './positions';
export type { TextBlocksRepository } from './text-blocks.repository';
export type { OfferChaptersRepository, OfferChapterAddInput } from './offer-chapters.repository';
export type { DocumentsRepository, DocumentArchiveInput } from './documents.repository';
export type { LocalRepository } from './local.repository';
export type { OutboxRepository } from './outbox.repository';
export type { BlobRepository } from './blobs.repository';
export { trashAreas, TrashBlockedError } from './trash.repository';
export type {
  TrashArea,
  TrashBlock,
  TrashEntry,
  TrashKind,
  TrashList,
  TrashRepository,
} from './trash.repository';
export { BlobIntegrityError, MAX_BLOB_BYTES } from './blobs.repository';
export { openWorkspace } from './workspace';
export type { Workspace, WorkspaceSync } from './workspace';
export { WorkspaceProvider, useRepos, useWorkspace } from './WorkspaceProvider';
export {
  useActivities,
  useAllContacts,
  useBundles,
  useCatalogItems,
  useClient,
  useClientOffers,
  useClientOpportunities,
  useClients,
  useCompany,
  useContacts,
  useOffer,
  useOfferChapters,
  useOfferDocuments,
  useOfferLines,
  useOfferRevisions,
  useOfferSections,
  useOfferSettings,
  useOfferVariants,
  useOffers,
  useOpportunities,
  useOutboxCount,
  useRoles,
  useSyncConflicts,
  useTextBlocks,
  useTrash,
} from './hooks';
export { createSyncStore, WorkspaceBoundError } from './sync-store';
export type { SyncStore } from './sync-store';
export { importWorkspace, parseWorkspace } from './demo-import';
export type { ImportSummary } from './demo-import';
export { BundleInvalidError, OfferExistsError } from './offer-bundle-errors';
export type { BundleImportPreview, BundleImportResult } from './offer-bundle-import';
