import { z } from 'zod';
import {
  activityInputSchema,
  bundleInputSchema,
  catalogItemInputSchema,
  clientInputSchema,
  companyProfileSchema,
  contactInputSchema,
  emptyCatalogItemInput,
  roleInputSchema,
  textBlockInputSchema,
} from '#shared/domain';
import type {
  ActivityInput,
  BundleInput,
  CatalogItemInput,
  ClientInput,
  CompanyProfile,
  ContactInput,
  RoleInput,
  TextBlockInput,
} from '#shared/domain';
import { newId } from '#shared/ids';
import type {
  StoredActivity,
  StoredBundle,
  StoredCatalogItem,
  StoredClient,
  StoredContact,
  StoredOfferChapter,
  StoredOfferLine,
  StoredOfferSection,
  StoredOpportunity,
  StoredRole,
  StoredTextBlock,
} from './database';
import { ValidationError, prefixIssues } from './errors';
import type { ValidationIssue } from './errors';
import { lastPrimaryWins } from '../clients/contacts.repository';
import { assignPositions, opportunityCreateSchema } from '../pipeline/opportunities.repository';
import type { ParsedOpportunityCreate } from '../pipeline/opportunities.repository';
import type { Repositories } from '../repositories';
import { queueCompany } from '../settings/settings.repository';
import { buildDemoOffer, demoOfferSchema } from './demo-import-offers';
import type { BuiltDemoOffer, DemoOfferEntry } from './demo-import-offers';
import { queueOffer } from '../offers/offer-lifecycle';
import { nextOfferNumber } from '../offers/offer-number';
import { localDate } from '#shared/offers/status';
import { commit, newRow } from './write';
import {
  ANALYSES_SECTION_TABLES,
  analysesSectionShape,
  competitorKeys,
  parseAnalysesSection,
  queueAnalysesSection,
  resolveOpportunityCompetitors,
} from '../analyses/workspace-import';
import type { ParsedAnalysesSection } from '../analyses/workspace-import';
import {
  CONTRACTS_SECTION_TABLES,
  contractsSectionShape,
  parseContractsSection,
  queueContractsSection,
  resolveContracts,
  storeContractBlobs,
} from '../contracts/workspace-import';
import type { ContractOffer } from '../contracts/workspace-import';
import {
  PRESENTATIONS_SECTION_TABLES,
  checkPresentationsSection,
  parsePresentationsSection,
  presentationsSectionShape,
  queuePresentationsSection,
} from '../presentations/workspace-import';
import type { ParsedPresentationsSection } from '../presentations/workspace-import';
import {
  PLANS_SECTION_TABLES,
  buildDemoPlans,
  plansSectionShape,
  queuePlansSection,
} from '../planning/workspace-import';
import type { Stamp, WriteBatch, WriteContext } from './write';

/** How many rows an import wrote. */
export type ImportSummary = {
  clients: number;
  contacts: number;
  activities: number;
  opportunities: number;
  company: boolean;
  catalogItems: number;
  bundles: number;
  roles: number;
  textBlocks: number;
  offers: number;
  competitors: number;
  battlecards: number;
  priceObservations: number;
  analyses: number;
  contracts: number;
  /** Shipped library clauses written (those not stored yet). */
  contractClauses: number;
  decks: number;
  slides: number;
  leads: number;
  /** Project plans and their work packages (phases not counted). */
  projectPlans: number;
  workPackages: number;
};

const contactEntrySchema = contactInputSchema.omit({ clientId: true });
const activityEntrySchema = activityInputSchema.omit({ clientId: true });
const opportunityEntrySchema = opportunityCreateSchema.omit({ clientId: true, position: true });

/**
 * The optional catalog of a workspace file: roles and items carry a `key`/`sku` that items
 * (`role`) and bundles (`items: [[sku, quantity]]`) refer to; item fields default as in the form.
 */
const catalogShape = z.object({
  roles: z.array(z.looseObject({ key: z.string().min(1) })).default([]),
  items: z
    .array(z.looseObject({ sku: z.string().min(1), role: z.string().optional() }))
    .default([]),
  bundles: z
    .array(z.looseObject({ items: z.array(z.tuple([z.string(), z.string()])).min(1) }))
    .default([]),
});

type ParsedCatalog = {
  roles: { id: string; key: string; fields: RoleInput }[];
  items: { id: string; fields: CatalogItemInput }[];
  bundles: BundleInput[];
  /** The ids the bundles are written with (slides name bundles). */
  bundleIds: string[];
};

/** Text blocks of a workspace file; tags and active may be left out. */
const textBlockEntrySchema = textBlockInputSchema.extend({
  tags: textBlockInputSchema.shape.tags.default([]),
  active: z.boolean().default(true),
});

/** The workspace file's shape: clients carry their contacts, activities and opportunities. */
const workspaceShape = z.object({
  company: z.unknown().optional(),
  catalog: catalogShape.optional(),
  textBlocks: z.array(z.unknown()).optional(),
  clients: z.array(
    z.looseObject({
      contacts: z.array(z.unknown()).default([]),
      activities: z.array(z.unknown()).default([]),
      opportunities: z.array(z.unknown()).default([]),
      offers: z.array(z.unknown()).default([]),
    }),
  ),
  ...analysesSectionShape,
  ...contractsSectionShape,
  ...presentationsSectionShape,
  ...plansSectionShape,
});

type ParsedClient = {
  /** The ids the import gives the client and its opportunities (other entries refer to them). */
  id: string;
  opportunityIds: string[];
  client: ClientInput;
  contacts: Omit<ContactInput, 'clientId'>[];
  activities: Omit<ActivityInput, 'clientId'>[];
  opportunities: z.output<typeof opportunityEntrySchema>[];
  offers: DemoOfferEntry[];
};

/** Validates every entry of a parsed workspace file; throws one ValidationError listing all bad ones. */
export function parseWorkspace(data: unknown): {
  company?: CompanyProfile;
  clients: ParsedClient[];
  catalog?: ParsedCatalog;
  textBlocks: TextBlockInput[];
  analyses: ParsedAnalysesSection;
  /** Checked for shape here; parsed (blob hashes: async) by importIntoContext. */
  contracts: Pick<z.output<typeof workspaceShape>, 'contracts' | 'blobs'>;
  /** Resolved here; the notice hashes and media blobs are checked by importIntoContext. */
  presentations: ParsedPresentationsSection;
  /** Checked and built against the offers by importIntoContext (the core generates their lines). */
  plans: unknown[];
} {
  const shape = workspaceShape.safeParse(data);
  if (!shape.success) throw new ValidationError(shape.error.issues);
  const issues: ValidationIssue[] = [];
  const parse = <S extends z.ZodType>(schema: S, input: unknown, path: PropertyKey[]) => {
    const result = schema.safeParse(input);
    if (!result.success) issues.push(...prefixIssues(result.error.issues, path));
    return result.data as z.output<S>;
  };
  const parseEach = <S extends z.ZodType>(schema: S, inputs: unknown[], path: PropertyKey[]) =>
    inputs.map((input, index) => parse(schema, input, [...path, index]));

  const company =
    shape.data.company === undefined
      ? undefined
      : parse(companyProfileSchema, shape.data.company, ['company']);
  // Competitors first: opportunities name them by key.
  const keys = competitorKeys(shape.data.competitors, issues);
  const clients = shape.data.clients.map(
    ({ contacts, activities, opportunities, offers, ...client }, index): ParsedClient => {
      const path = ['clients', index];
      return {
        id: newId(),
        opportunityIds: opportunities.map(() => newId()),
        client: parse(clientInputSchema, client, path),
        contacts: parseEach(contactEntrySchema, contacts, [...path, 'contacts']),
        activities: parseEach(activityEntrySchema, activities, [...path, 'activities']),
        opportunities: parseEach(opportunityEntrySchema, opportunities, [
          ...path,
          'opportunities',
        ]).map(
          (opportunity, o) =>
            opportunity &&
            resolveOpportunityCompetitors(opportunity, keys, [...path, 'opportunities', o], issues),
        ),
        offers: parseEach(demoOfferSchema, offers, [...path, 'offers']),
      };
    },
  );
  const catalog = shape.data.catalog && parseCatalog(shape.data.catalog, parse, issues);
  const textBlocks = parseEach(textBlockEntrySchema, shape.data.textBlocks ?? [], ['textBlocks']);
  const context = analysesContext(clients, catalog);
  const analyses = parseAnalysesSection(shape.data, keys, context, parse, issues);
  const presentations = parsePresentationsSection(
    shape.data.decks,
    {
      itemIds: context.itemIds,
      clientIds: context.clientIds,
      // Named as the file names them: a bad entry's own issue is enough, its slide finds it.
      bundleIds: uniqueNames(
        (shape.data.catalog?.bundles ?? []).map((bundle, index) => [
          String(bundle.name ?? ''),
          catalog?.bundleIds[index] ?? '',
        ]),
      ),
      analysisIds: uniqueNames(
        shape.data.analyses.map((entry, index) => [
          String(entry.title ?? ''),
          analyses.analyses[index]?.id ?? '',
        ]),
      ),
      competitors: keys,
    },
    parse,
    issues,
  );
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    clients,
    textBlocks,
    analyses,
    presentations,
    plans: shape.data.plans,
    contracts: { contracts: shape.data.contracts, blobs: shape.data.blobs },
    ...(company === undefined ? {} : { company }),
    ...(catalog ? { catalog } : {}),
  };
}

/** Names → ids; a name used twice refers to nothing (ambiguous). */
function uniqueNames(pairs: [string, string][]): Map<string, string | undefined> {
  const map = new Map<string, string | undefined>();
  for (const [name, id] of pairs) map.set(name, map.has(name) ? undefined : id);
  return map;
}

/** Names → ids of the rows the import writes; a name used twice refers to nothing (ambiguous). */
function analysesContext(clients: ParsedClient[], catalog: ParsedCatalog | undefined) {
  const unique = uniqueNames;
  const named = (pairs: [string, string | undefined][]) =>
    new Map(pairs.filter((pair): pair is [string, string] => pair[1] !== undefined));
  return {
    clientIds: named([...unique(clients.map((entry) => [entry.client?.name ?? '', entry.id]))]),
    opportunityIds: unique(
      clients.flatMap((entry) =>
        entry.opportunities.map((opportunity, index): [string, string] => [
          opportunity?.title ?? '',
          entry.opportunityIds[index] ?? '',
        ]),
      ),
    ),
    itemIds: new Map((catalog?.items ?? []).map((item) => [item.fields?.sku ?? '', item.id])),
  };
}

function parseCatalog(
  data: z.output<typeof catalogShape>,
  parse: <S extends z.ZodType>(schema: S, input: unknown, path: PropertyKey[]) => z.output<S>,
  issues: ValidationIssue[],
): ParsedCatalog {
  const roleIds = new Map<string, string>();
  const roles = data.roles.map(({ key, ...role }, index) => {
    const id = newId();
    roleIds.set(key, id);
    return {
      id,
      key,
      fields: parse(roleInputSchema, { currency: 'EUR', active: true, ...role }, [
        'catalog',
        'roles',
        index,
      ]),
    };
  });
  const itemIds = new Map<string, string>();
  const items = data.items.map(({ role, ...item }, index) => {
    const id = newId();
    itemIds.set(item.sku, id);
    const roleId = role === undefined ? '' : (roleIds.get(role) ?? '');
    if (role !== undefined && roleId === '') {
      issues.push({
        code: 'custom',
        path: ['catalog', 'items', index, 'role'],
        message: `unknown role ${role}`,
        input: role,
      } as ValidationIssue);
    }
    const fields = { ...emptyCatalogItemInput(), ...item, roleId };
    return { id, fields: parse(catalogItemInputSchema, fields, ['catalog', 'items', index]) };
  });
  const bundles = data.bundles.map(({ items: entries, ...bundle }, index) => {
    const bundleItems = entries.map(([sku, quantity], position) => {
      const catalogItemId = itemIds.get(sku);
      if (!catalogItemId) {
        issues.push({
          code: 'custom',
          path: ['catalog', 'bundles', index, 'items', position],
          message: `unknown sku ${sku}`,
          input: sku,
        } as ValidationIssue);
      }
      return { catalogItemId: catalogItemId ?? '', quantity };
    });
    return parse(
      bundleInputSchema,
      { description: '', active: true, ...bundle, items: bundleItems },
      ['catalog', 'bundles', index],
    );
  });
  return { roles, items, bundles, bundleIds: bundles.map(() => newId()) };
}

/**
 * Imports a workspace file (e.g. resources/demo/workspace.de.json): validates everything
 * first, then writes all rows and their outbox changes in one transaction, all or nothing.
 */
export function importWorkspace(repos: Repositories, data: unknown): Promise<ImportSummary> {
  return repos.importWorkspace(data);
}

/** importWorkspace over a write context; createRepositories binds it as `repos.importWorkspace`. */
export async function importIntoContext(ctx: WriteContext, data: unknown): Promise<ImportSummary> {
  const parsed = parseWorkspace(data);
  const { db } = ctx;
  // Ids are chosen up front: the demo offers name contacts, opportunities, catalog items and text
  // blocks of this import, and their content hash (Web Crypto, async) must be ready before the
  // transaction starts, since awaiting it inside would commit the transaction early.
  const textBlocks = parsed.textBlocks.map((fields) => ({ id: newId(), fields }));
  const clients = parsed.clients.map((entry) => {
    const clientId = entry.id;
    return {
      entry,
      clientId,
      contacts: lastPrimaryWins(entry.contacts.map((contact) => ({ ...contact, clientId }))).map(
        (fields) => ({ id: newId(), fields }),
      ),
      opportunities: entry.opportunities.map((opportunity, index) => ({
        id: entry.opportunityIds[index] as string,
        fields: { ...opportunity, clientId },
      })),
    };
  });
  const issues: ValidationIssue[] = [];
  const offers: BuiltDemoOffer[] = [];
  const today = localDate();
  for (const [index, { entry, clientId, contacts, opportunities }] of clients.entries()) {
    for (const [o, offer] of entry.offers.entries()) {
      const built = await buildDemoOffer(
        offer,
        {
          clientId,
          language: entry.client.language,
          currency: entry.client.currency,
          opportunities: opportunities.map(({ id, fields }) => ({ id, title: fields.title })),
          contacts: contacts.map(({ id, fields }) => ({ id, lastName: fields.lastName })),
          items: parsed.catalog?.items ?? [],
          roles: parsed.catalog?.roles ?? [],
          textBlocks,
          analyses: parsed.analyses.analyses.map(({ id, fields }) => ({
            id,
            title: fields?.title ?? '',
            kind: fields?.kind ?? '',
          })),
        },
        ['clients', index, 'offers', o],
        issues,
        today,
      );
      if (built) offers.push(built);
    }
  }
  // The plans add the lines they generate to their offers (and so to their content hash and value).
  const plans = await buildDemoPlans(
    parsed.plans,
    {
      offers,
      clientIds: new Map(
        clients.map(({ entry, clientId }) => [entry.client?.name ?? '', clientId]),
      ),
      roles: parsed.catalog?.roles ?? [],
      today,
    },
    issues,
  );
  const contracts = await parseContractsSection(
    parsed.contracts,
    (schema, input, path) => {
      const result = schema.safeParse(input);
      if (!result.success) issues.push(...prefixIssues(result.error.issues, path));
      return result.data as never;
    },
    issues,
  );
  const contractLinks = resolveContracts(
    contracts,
    new Map(clients.map(({ entry, clientId }) => [entry.client.name, clientId])),
    clients.flatMap(({ entry, clientId }) =>
      entry.offers.map((offer) => ({
        clientId,
        title: offer?.title ?? '',
        id: offers.find(
          (built) => built.fields.clientId === clientId && built.fields.title === offer?.title,
        )?.id,
      })),
    ),
    issues,
  );
  await checkPresentationsSection(parsed.presentations, contracts.blobs, issues);
  if (issues.length > 0) throw new ValidationError(issues);
  // Content-addressed and checked above: stored before the write, as signing stores them.
  await storeContractBlobs(db, contracts);
  const offerValues = new Map(
    offers.map((offer) => [offer.fields.opportunityId, offer.valueEur] as const),
  );

  const tables = [
    'clients',
    'contacts',
    'activities',
    'opportunities',
    'settings',
    'roles',
    'catalogItems',
    'bundles',
    'textBlocks',
    'offers',
    'offerSections',
    'offerLines',
    'offerChapters',
    ...ANALYSES_SECTION_TABLES,
    ...CONTRACTS_SECTION_TABLES,
    ...PRESENTATIONS_SECTION_TABLES,
    ...PLANS_SECTION_TABLES,
    'local',
  ] as const;
  return commit(ctx, tables, async (batch, stamp) => {
    const summary: ImportSummary = {
      clients: 0,
      contacts: 0,
      activities: 0,
      opportunities: 0,
      company: false,
      catalogItems: 0,
      bundles: 0,
      roles: 0,
      textBlocks: textBlocks.length,
      offers: offers.length,
      competitors: parsed.analyses.competitors.length,
      battlecards: parsed.analyses.battlecards.length,
      priceObservations: parsed.analyses.priceObservations.length,
      analyses: parsed.analyses.analyses.length,
      contracts: contracts.contracts.length,
      contractClauses: 0,
      decks: 0,
      slides: 0,
      leads: 0,
      projectPlans: 0,
      workPackages: 0,
    };
    for (const { id, fields } of textBlocks) {
      batch.add('textBlocks', newRow<StoredTextBlock>({ table: 'textBlocks', fields, stamp, id }));
    }
    if (parsed.catalog) {
      for (const { id, fields } of parsed.catalog.roles) {
        batch.add('roles', newRow<StoredRole>({ table: 'roles', fields, stamp, id }));
      }
      for (const { id, fields } of parsed.catalog.items) {
        batch.add(
          'catalogItems',
          newRow<StoredCatalogItem>({ table: 'catalogItems', fields, stamp, id }),
        );
      }
      parsed.catalog.bundles.forEach((fields, index) => {
        const id = parsed.catalog?.bundleIds[index];
        batch.add('bundles', newRow<StoredBundle>({ table: 'bundles', fields, stamp, id }));
      });
      summary.roles = parsed.catalog.roles.length;
      summary.catalogItems = parsed.catalog.items.length;
      summary.bundles = parsed.catalog.bundles.length;
    }
    const opportunities: { id: string; fields: ParsedOpportunityCreate }[] = [];
    for (const { entry, clientId, contacts, opportunities: ofClient } of clients) {
      const client = newRow<StoredClient>({
        table: 'clients',
        fields: entry.client,
        stamp,
        id: clientId,
      });
      batch.add('clients', client);
      for (const { id, fields } of contacts) {
        batch.add('contacts', newRow<StoredContact>({ table: 'contacts', fields, stamp, id }));
      }
      for (const activity of entry.activities) {
        const fields = { ...activity, clientId };
        batch.add('activities', newRow<StoredActivity>({ table: 'activities', fields, stamp }));
      }
      opportunities.push(...ofClient);
      summary.clients += 1;
      summary.contacts += contacts.length;
      summary.activities += entry.activities.length;
    }
    const positioned = await assignPositions(
      db,
      opportunities.map(({ fields }) => fields),
    );
    positioned.forEach((fields, index) => {
      const { id } = opportunities[index] as { id: string };
      // A sent offer gives its opportunity its contract value, as markSent does.
      const value = offerValues.get(id);
      const row = value === undefined ? fields : { ...fields, estimatedValue: value };
      batch.add(
        'opportunities',
        newRow<StoredOpportunity>({ table: 'opportunities', fields: row, stamp, id }),
      );
    });
    summary.opportunities = opportunities.length;
    // Numbered in the order they were written: the oldest offer takes the first number.
    const byDate = [...offers].sort((a, b) => a.fields.date.localeCompare(b.fields.date));
    const written = new Map<string, Pick<ContractOffer, 'number' | 'date' | 'revision'>>();
    for (const offer of byDate) {
      const number = await queueDemoOffer({ ctx, batch, stamp, offer });
      written.set(offer.id, { number, date: offer.fields.date, revision: 1 });
    }
    Object.assign(summary, queuePlansSection(batch, stamp, plans));
    queueAnalysesSection(batch, stamp, parsed.analyses);
    Object.assign(summary, queuePresentationsSection(batch, stamp, parsed.presentations));
    if (contracts.contracts.length > 0) {
      summary.contractClauses = await queueContractsSection(
        db,
        batch,
        stamp,
        contracts,
        contractLinks,
        written,
      );
    }
    if (parsed.company) {
      await queueCompany({ db, batch, stamp, profile: parsed.company });
      summary.company = true;
    }
    return summary;
  });
}

/** When a demo offer was sent: in the morning of its date, a day or more before the import. */
const sentAt = (date: string): string => new Date(`${date}T09:00:00`).toISOString();

/** Writes one built demo offer as a sent revision 1: numbered, hashed and frozen as markSent would; gives its number. */
async function queueDemoOffer({
  ctx,
  batch,
  stamp,
  offer,
}: {
  ctx: WriteContext;
  batch: WriteBatch;
  stamp: Stamp;
  offer: BuiltDemoOffer;
}): Promise<string> {
  const number = await nextOfferNumber({
    db: ctx.db,
    nodeId: ctx.clock.nodeId,
    date: offer.fields.date,
  });
  queueOffer(
    batch,
    stamp,
    {
      ...offer.fields,
      number,
      revision: 1,
      rootId: offer.id,
      variantGroupId: '',
      variantName: '',
      status: 'sent',
      sentAt: sentAt(offer.fields.date),
      contentHash: offer.contentHash,
      acceptedAt: '',
    },
    offer.id,
  );
  for (const { id, title, position, planPhaseId } of offer.sections) {
    const fields = {
      offerId: offer.id,
      title,
      position,
      ...(planPhaseId === undefined ? {} : { planPhaseId }),
    };
    batch.add(
      'offerSections',
      newRow<StoredOfferSection>({ table: 'offerSections', fields, stamp, id }),
    );
  }
  for (const { id, ...fields } of offer.lines) {
    batch.add('offerLines', newRow<StoredOfferLine>({ table: 'offerLines', fields, stamp, id }));
  }
  for (const chapter of offer.chapters) {
    batch.add(
      'offerChapters',
      newRow<StoredOfferChapter>({
        table: 'offerChapters',
        fields: { offerId: offer.id, ...chapter },
        stamp,
      }),
    );
  }
  return number;
}
