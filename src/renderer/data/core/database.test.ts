import type { EntityTable } from 'dexie';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SYNCED_FIELDS } from '#shared/sync/synced-fields';
import type {
  Analysis,
  Battlecard,
  Competitor,
  CompetitorAttachment,
  PriceObservation,
} from '#shared/domain/analyses';
import type {
  Contract,
  ContractClause,
  ContractRevision,
  ContractRevisionClause,
  ContractSignature,
} from '#shared/domain/contracts';
import type { Deck, Lead, LeadConsent, Slide } from '#shared/domain/presentations';
import type {
  PaymentInstalment,
  PlanDependency,
  PlanMilestone,
  ProjectPlan,
  WorkPackage,
} from '#shared/domain/planning';
import { QuotientDb, syncedTables } from './database';
import type {
  Stored,
  StoredActivity,
  StoredBundle,
  StoredCatalogItem,
  StoredClient,
  StoredContact,
  StoredDocument,
  StoredOffer,
  StoredOfferChapter,
  StoredOfferLine,
  StoredOfferSection,
  StoredOpportunity,
  StoredRole,
  StoredSetting,
  StoredTextBlock,
  SyncedRow,
} from './database';
import { freshIndexedDb } from '#test/test-workspace';

describe('the database, typed and built from the schema declaration', () => {
  it('types each synced row from its declared shapes as the domain types say (checked by tsc)', () => {
    expectTypeOf<SyncedRow>().toEqualTypeOf<{
      clients: StoredClient;
      contacts: StoredContact;
      activities: StoredActivity;
      opportunities: StoredOpportunity;
      settings: StoredSetting;
      catalogItems: StoredCatalogItem;
      bundles: StoredBundle;
      roles: StoredRole;
      offers: StoredOffer;
      offerSections: StoredOfferSection;
      offerLines: StoredOfferLine;
      textBlocks: StoredTextBlock;
      offerChapters: StoredOfferChapter;
      documents: StoredDocument;
      competitors: Stored<Competitor>;
      competitorAttachments: Stored<CompetitorAttachment>;
      battlecards: Stored<Battlecard>;
      priceObservations: Stored<PriceObservation>;
      analyses: Stored<Analysis>;
      contractClauses: Stored<ContractClause>;
      contracts: Stored<Contract>;
      contractRevisions: Stored<ContractRevision>;
      contractRevisionClauses: Stored<ContractRevisionClause>;
      contractSignatures: Stored<ContractSignature>;
      decks: Stored<Deck>;
      slides: Stored<Slide>;
      leads: Stored<Lead>;
      leadConsents: Stored<LeadConsent>;
      projectPlans: Stored<ProjectPlan>;
      workPackages: Stored<WorkPackage>;
      planDependencies: Stored<PlanDependency>;
      planMilestones: Stored<PlanMilestone>;
      paymentInstalments: Stored<PaymentInstalment>;
    }>();
    expectTypeOf<QuotientDb['offers']>().toEqualTypeOf<EntityTable<StoredOffer, 'id'>>();
  });

  it('has a Dexie table for every synced table, in the order the schema adds them', async () => {
    expect(syncedTables).toEqual(Object.keys(SYNCED_FIELDS));
    expect(syncedTables).toEqual([
      'clients',
      'contacts',
      'activities',
      'opportunities',
      'settings',
      'catalogItems',
      'bundles',
      'roles',
      'offers',
      'offerSections',
      'offerLines',
      'textBlocks',
      'offerChapters',
      'documents',
      'competitors',
      'competitorAttachments',
      'battlecards',
      'priceObservations',
      'analyses',
      'contractClauses',
      'contracts',
      'contractRevisions',
      'contractRevisionClauses',
      'contractSignatures',
      'decks',
      'slides',
      'leads',
      'leadConsents',
      'projectPlans',
      'workPackages',
      'planDependencies',
      'planMilestones',
      'paymentInstalments',
    ]);
    freshIndexedDb();
    const db = new QuotientDb('tables');
    await db.open();
    for (const table of syncedTables) {
      expect(db[table].name, table).toBe(table);
      expect(db.table(table).schema.primKey.name, table).toBe('id');
    }
    db.close();
  });
});
