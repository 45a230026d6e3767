import { SELF_ID, analysisInputSchema } from '#shared/domain/analyses';
import type { Analysis, AnalysisInput, AnalysisKind } from '#shared/domain/analyses';
import type { QuotientDb } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { omitKeys, requireOfClient, requireRows } from '../core/write';
import type { WriteBatch, WriteContext } from '../core/write';

/** Which analyses a list shows: each given criterion must match. */
export type AnalysisFilter = { kind?: AnalysisKind; clientId?: string; opportunityId?: string };

/** Analyses (SWOT, five forces, matrix, positioning, market size, portfolio); `list` newest first. */
export type AnalysesRepository = EntityRepository<AnalysisInput, Analysis> & {
  /** Analyses not deleted that match the filter, newest first. */
  listWhere(filter: AnalysisFilter): Promise<Analysis[]>;
};

/** Most recently changed first; ties by id, newest first. */
export const byUpdatedDesc = (a: Analysis, b: Analysis): number =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1;

/** True when an analysis passes the filter. */
export function matchesAnalysisFilter(analysis: Analysis, filter: AnalysisFilter): boolean {
  return (
    (filter.kind === undefined || analysis.kind === filter.kind) &&
    (filter.clientId === undefined || analysis.clientId === filter.clientId) &&
    (filter.opportunityId === undefined || analysis.opportunityId === filter.opportunityId)
  );
}

/**
 * The references of analyses, inside the write (RowNotFoundError): the client and the
 * opportunity (which must be the client's), the competitors among the matrix's participants and
 * the positioning's points (deleted ones count: an old analysis keeps them), the portfolio's
 * catalog items.
 */
export async function checkAnalyses(
  db: QuotientDb,
  batch: WriteBatch,
  inputs: readonly AnalysisInput[],
): Promise<void> {
  const named = (ids: string[]) => ids.filter((id) => id !== '' && id !== SELF_ID);
  await requireRows(db, batch, 'clients', named(inputs.map((input) => input.clientId)));
  for (const input of inputs) {
    if (input.opportunityId === '') continue;
    await requireOfClient({
      db,
      batch,
      table: 'opportunities',
      field: 'opportunityId',
      id: input.opportunityId,
      clientId: input.clientId,
      noun: 'the opportunity',
      keepDeleted: true,
    });
  }
  const competitors = inputs.flatMap((input) => [
    ...(input.participants ?? []),
    ...(input.positions ?? []).map((point) => point.competitorId),
  ]);
  await requireRows(db, batch, 'competitors', named(competitors));
  const items = inputs.flatMap((input) => (input.portfolio ?? []).map((e) => e.catalogItemId));
  await requireRows(db, batch, 'catalogItems', named(items));
}

/** The analyses repository. */
export function createAnalysesRepository(ctx: WriteContext): AnalysesRepository {
  const analyses = createEntityRepository({
    ctx,
    table: 'analyses',
    schema: analysisInputSchema,
    refTables: ['clients', 'opportunities', 'competitors', 'catalogItems'],
    check: (db, batch, inputs) => checkAnalyses(db, batch, inputs),
    compare: byUpdatedDesc,
  });
  return {
    ...omitKeys(analyses, ['listBy']),
    async listWhere(filter) {
      return (await analyses.list()).filter((analysis) => matchesAnalysisFilter(analysis, filter));
    },
  };
}
