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
} from '../../shared/domain';
import type {
  ActivityInput,
  BundleInput,
  CatalogItemInput,
  ClientInput,
  CompanyProfile,
  ContactInput,
  RoleInput,
  TextBlockInput,
} from '../../shared/domain';
import { newId } from '../../shared/ids';
import type {
  StoredActivity,
  StoredBundle,
  StoredCatalogItem,
  StoredClient,
  StoredContact,
  StoredOpportunity,
  StoredRole,
  StoredTextBlock,
} from './database';
import { ValidationError, prefixIssues } from './errors';
import type { ValidationIssue } from './errors';
import { lastPrimaryWins } from './contacts.repository';
import { assignPositions, opportunityCreateSchema } from './opportunities.repository';
import type { ParsedOpportunityCreate } from './opportunities.repository';
import type { Repositories } from './repositories';
import { queueCompany } from './settings.repository';
import { commit, newRow } from './write';
import type { WriteContext } from './write';

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
  roles: { id: string; fields: RoleInput }[];
  items: { id: string; fields: CatalogItemInput }[];
  bundles: BundleInput[];
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
    }),
  ),
});

type ParsedClient = {
  client: ClientInput;
  contacts: Omit<ContactInput, 'clientId'>[];
  activities: Omit<ActivityInput, 'clientId'>[];
  opportunities: z.output<typeof opportunityEntrySchema>[];
};

/** Validates every entry of a parsed workspace file; throws one ValidationError listing all bad ones. */
export function parseWorkspace(data: unknown): {
  company?: CompanyProfile;
  clients: ParsedClient[];
  catalog?: ParsedCatalog;
  textBlocks: TextBlockInput[];
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
  const clients = shape.data.clients.map(
    ({ contacts, activities, opportunities, ...client }, index): ParsedClient => {
      const path = ['clients', index];
      return {
        client: parse(clientInputSchema, client, path),
        contacts: parseEach(contactEntrySchema, contacts, [...path, 'contacts']),
        activities: parseEach(activityEntrySchema, activities, [...path, 'activities']),
        opportunities: parseEach(opportunityEntrySchema, opportunities, [...path, 'opportunities']),
      };
    },
  );
  const catalog = shape.data.catalog && parseCatalog(shape.data.catalog, parse, issues);
  const textBlocks = parseEach(textBlockEntrySchema, shape.data.textBlocks ?? [], ['textBlocks']);
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    clients,
    textBlocks,
    ...(company === undefined ? {} : { company }),
    ...(catalog ? { catalog } : {}),
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
  return { roles, items, bundles };
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
      textBlocks: parsed.textBlocks.length,
    };
    for (const fields of parsed.textBlocks) {
      batch.add('textBlocks', newRow<StoredTextBlock>({ table: 'textBlocks', fields, stamp }));
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
      for (const fields of parsed.catalog.bundles) {
        batch.add('bundles', newRow<StoredBundle>({ table: 'bundles', fields, stamp }));
      }
      summary.roles = parsed.catalog.roles.length;
      summary.catalogItems = parsed.catalog.items.length;
      summary.bundles = parsed.catalog.bundles.length;
    }
    const opportunities: ParsedOpportunityCreate[] = [];
    for (const entry of parsed.clients) {
      const client = newRow<StoredClient>({ table: 'clients', fields: entry.client, stamp });
      batch.add('clients', client);
      const clientId = client.row.id;
      const contacts = lastPrimaryWins(entry.contacts.map((contact) => ({ ...contact, clientId })));
      for (const fields of contacts) {
        batch.add('contacts', newRow<StoredContact>({ table: 'contacts', fields, stamp }));
      }
      for (const activity of entry.activities) {
        const fields = { ...activity, clientId };
        batch.add('activities', newRow<StoredActivity>({ table: 'activities', fields, stamp }));
      }
      opportunities.push(
        ...entry.opportunities.map((opportunity) => ({ ...opportunity, clientId })),
      );
      summary.clients += 1;
      summary.contacts += contacts.length;
      summary.activities += entry.activities.length;
    }
    for (const fields of await assignPositions(db, opportunities)) {
      batch.add(
        'opportunities',
        newRow<StoredOpportunity>({ table: 'opportunities', fields, stamp }),
      );
    }
    summary.opportunities = opportunities.length;
    if (parsed.company) {
      await queueCompany({ db, batch, stamp, profile: parsed.company });
      summary.company = true;
    }
    return summary;
  });
}
