// The data layer's public face: features use repositories and hooks, never Dexie or the tables.
export type { QuotientDb, OutboxEntry, OfferChapterRow } from './core/database';
export { schemaVersion } from './core/migrations';
export {
  ValidationError,
  RowNotFoundError,
  OfferLockedError,
  OfferChangedError,
  SectionDeletedError,
} from './core/errors';
export type { ValidationIssue } from './core/errors';
export type { CommitEvent, CommitListener } from './core/notifier';
export { createRepositories } from './repositories';
export type { Repositories, CreateRepositoriesArgs } from './repositories';
export type { ClientsRepository } from './clients/clients.repository';
export type { ContactsRepository } from './clients/contacts.repository';
export type { ActivitiesRepository } from './clients/activities.repository';
export type {
  OpportunitiesRepository,
  OpportunityCreateInput,
  OpportunityMove,
} from './pipeline/opportunities.repository';
export type { SettingsRepository } from './settings/settings.repository';
export type { EntityRepository } from './core/entity.repository';
export type {
  CatalogRepository,
  BundlesRepository,
  RolesRepository,
} from './catalog/catalog.repository';
export type { OfferSettingsRepository } from './offers/offer-settings.repository';
export type {
  OffersRepository,
  OfferDuplicateOptions,
  OfferSummary,
} from './offers/offers.repository';
export type { FollowUpRequest, MarkSentOptions } from './offers/offer-lifecycle';
export { FollowUpDateError } from './offers/offer-lifecycle';
export type {
  OfferSectionsRepository,
  OfferSectionAddInput,
} from './offers/offer-sections.repository';
export type {
  OfferLinesRepository,
  OfferLineNewInput,
  OfferLineAddInput,
  OfferLinePatch,
  OfferLineMove,
} from './offers/offer-lines.repository';
export type { Placement } from './core/positions';
export type { TextBlocksRepository } from './text-blocks/text-blocks.repository';
export type {
  OfferChaptersRepository,
  OfferChapterAddInput,
} from './text-blocks/offer-chapters.repository';
export { CHAPTER_HEADING_MAX } from './text-blocks/offer-chapters.repository';
export type { DocumentsRepository, DocumentArchiveInput } from './offers/documents.repository';
export type { LocalRepository } from './core/local.repository';
export type { OutboxRepository } from './core/outbox.repository';
export type { BlobRepository } from './core/blobs.repository';
export { trashAreas, TrashBlockedError } from './core/trash.repository';
export type {
  TrashArea,
  TrashBlock,
  TrashEntry,
  TrashKind,
  TrashList,
  TrashRepository,
} from './core/trash.repository';
export { BlobIntegrityError, MAX_BLOB_BYTES } from './core/blobs.repository';
export {
  ContractIncompleteError,
  ContractStatusError,
  RevisionLockedError,
} from './contracts/errors';
export type { ContractClausesRepository } from './contracts/clauses.repository';
export type {
  ContractSignatureDraft,
  ContractsRepository,
  CreateContractArgs,
  CustomClauseInput,
  RevisionContent,
  SignContractArgs,
  VerifySignedResult,
} from './contracts/contracts.repository';
export type { ContractsRepositories } from './contracts/repositories';
export { isPublicSectorClient } from './contracts/offer-variables';
export type { PresentationsRepositories } from './presentations/repositories';
export type { DeckCreateInput, DecksRepository } from './presentations/decks.repository';
export { SLIDE_MEDIA_MAX_BYTES, SLIDE_MEDIA_TYPES } from './presentations/slides.repository';
export type {
  SlideMediaFile,
  SlidePatch,
  SlidesRepository,
} from './presentations/slides.repository';
export { LEAD_MESSAGES } from './presentations/leads.repository';
export type {
  LeadCaptureInput,
  LeadConversionResult,
  LeadConvertTarget,
  LeadFilter,
  LeadPatch,
  LeadsRepository,
} from './presentations/leads.repository';
export type { PlanningRepositories } from './planning/repositories';
export type {
  PlanRows,
  PlanWriteResult,
  PlansRepository,
  ProjectPlanPatch,
} from './planning/plans.repository';
export type {
  WorkPackageAddInput,
  WorkPackageMove,
  WorkPackagePatch,
  WorkPackagesRepository,
} from './planning/work-packages.repository';
export type {
  PlanDependenciesRepository,
  PlanDependencyAddInput,
  PredecessorLink,
} from './planning/plan-dependencies.repository';
export type {
  PlanMilestoneAddInput,
  PlanMilestonePatch,
  PlanMilestonesRepository,
} from './planning/plan-milestones.repository';
export type {
  PaymentInstalmentRow,
  PaymentInstalmentsRepository,
} from './planning/payment-instalments.repository';
export { usePlan, usePlanAnalysis, usePlanRows } from './planning/hooks';
export { openWorkspace } from './workspace';
export type { Workspace, WorkspaceSync } from './workspace';
export { WorkspaceProvider, useRepos, useWorkspace } from './WorkspaceProvider';
export {
  useActivities,
  useAllContacts,
  useClient,
  useClients,
  useContacts,
  useOpenFollowUps,
} from './clients/hooks';
export { useClientOpportunities, useOpportunities } from './pipeline/hooks';
export { useCompany } from './settings/hooks';
export { useBundles, useCatalogItems, useRoles } from './catalog/hooks';
export {
  useClientOffers,
  useOffer,
  useOfferDocuments,
  useOfferLines,
  useOfferRevisions,
  useOfferSections,
  useOfferSettings,
  useOfferSummaries,
  useOfferVariants,
  useOffers,
} from './offers/hooks';
export { useOfferChapters, useTextBlocks } from './text-blocks/hooks';
export { useOutboxCount, useSyncConflicts, useTrash } from './core/hooks';
export { createSyncStore, WorkspaceBoundError } from './core/sync-store';
export type { SyncStore } from './core/sync-store';
export type { ImportSummary } from './core/demo-import';
export { BundleInvalidError, OfferExistsError } from './offers/offer-bundle-errors';
export type { BundleImportPreview, BundleImportResult } from './offers/offer-bundle-import';
