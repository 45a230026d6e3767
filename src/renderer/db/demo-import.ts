import { z } from 'zod';
import {
  activityInputSchema,
  clientInputSchema,
  companyProfileSchema,
  contactInputSchema,
} from '../../shared/domain';
import type { ActivityInput, ClientInput, CompanyProfile, ContactInput } from '../../shared/domain';
import type { StoredActivity, StoredClient, StoredContact, StoredOpportunity } from './database';
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
};

const contactEntrySchema = contactInputSchema.omit({ clientId: true });
const activityEntrySchema = activityInputSchema.omit({ clientId: true });
const opportunityEntrySchema = opportunityCreateSchema.omit({ clientId: true, position: true });

/** The workspace file's shape: clients carry their contacts, activities and opportunities. */
const workspaceShape = z.object({
  company: z.unknown().optional(),
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
  if (issues.length > 0) throw new ValidationError(issues);
  return company === undefined ? { clients } : { company, clients };
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
  const tables = ['clients', 'contacts', 'activities', 'opportunities', 'settings'] as const;
  return commit(ctx, tables, async (batch, stamp) => {
    const summary: ImportSummary = {
      clients: 0,
      contacts: 0,
      activities: 0,
      opportunities: 0,
      company: false,
    };
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
