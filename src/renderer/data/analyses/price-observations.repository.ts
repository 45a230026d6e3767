import { catalogKinds } from '#shared/domain';
import { priceObservationInputSchema } from '#shared/domain/analyses';
import type { PriceObservation, PriceObservationInput } from '#shared/domain/analyses';
import type { QuotientDb } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { ValidationError } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import { omitKeys, requireRows, toEntity } from '../core/write';
import type { WriteBatch, WriteContext } from '../core/write';

/** Which observations `listFor` returns; an item or a category matches when either list names it. */
export type PriceObservationFilter = {
  competitorId?: string;
  catalogItemIds?: readonly string[];
  categories?: readonly string[];
};

/**
 * Competitor prices seen at losses or recorded by hand; internal, never printed for a customer.
 * `list` is newest first.
 */
export type PriceObservationsRepository = EntityRepository<
  PriceObservationInput,
  PriceObservation
> & {
  /**
   * Observations not deleted, newest first: of the competitor when given, and, when catalog
   * item ids or categories are given, only those for one of the items or one of the categories.
   */
  listFor(filter: PriceObservationFilter): Promise<PriceObservation[]>;
};

/** Newest observation first; the same day: the later created (UUIDv7 ids sort by creation). */
export const byObservedOnDesc = (a: PriceObservation, b: PriceObservation): number =>
  a.observedOn < b.observedOn ? 1 : a.observedOn > b.observedOn ? -1 : a.id < b.id ? 1 : -1;

/** True when an observation passes the filter. */
export function matchesPriceFilter(
  observation: PriceObservation,
  { competitorId, catalogItemIds, categories }: PriceObservationFilter,
): boolean {
  if (competitorId !== undefined && observation.competitorId !== competitorId) return false;
  if (catalogItemIds === undefined && categories === undefined) return true;
  return (
    (observation.catalogItemId !== '' &&
      (catalogItemIds ?? []).includes(observation.catalogItemId)) ||
    (observation.category !== '' && (categories ?? []).includes(observation.category))
  );
}

const issue = (path: string, message: string, input: unknown): ValidationIssue =>
  ({ code: 'custom', path: [path], message, input }) as ValidationIssue;

/**
 * The rules past the schema, inside the write: a category is a catalog kind; the catalog item
 * and the opportunity, when named, exist (RowNotFoundError).
 */
export async function checkPriceObservations(
  db: QuotientDb,
  batch: WriteBatch,
  inputs: readonly PriceObservationInput[],
): Promise<void> {
  const kinds: readonly string[] = catalogKinds;
  const bad = inputs.find((input) => input.category !== '' && !kinds.includes(input.category));
  if (bad) throw new ValidationError([issue('category', 'validation.invalid', bad.category)]);
  const named = (ids: string[]) => ids.filter((id) => id !== '');
  await requireRows(db, batch, 'catalogItems', named(inputs.map((input) => input.catalogItemId)));
  await requireRows(db, batch, 'opportunities', named(inputs.map((input) => input.opportunityId)));
}

/** The price observations repository. */
export function createPriceObservationsRepository(ctx: WriteContext): PriceObservationsRepository {
  const observations = createEntityRepository({
    ctx,
    table: 'priceObservations',
    schema: priceObservationInputSchema,
    references: { competitorId: 'competitors' },
    refTables: ['catalogItems', 'opportunities'],
    check: (db, batch, inputs) => checkPriceObservations(db, batch, inputs),
    compare: byObservedOnDesc,
  });
  return {
    ...omitKeys(observations, ['listBy']),
    async listFor(filter) {
      const rows =
        filter.competitorId === undefined
          ? await ctx.db.priceObservations.toArray()
          : await ctx.db.priceObservations
              .where('competitorId')
              .equals(filter.competitorId)
              .toArray();
      return rows
        .filter((row) => !row.deleted)
        .map(toEntity)
        .filter((row) => matchesPriceFilter(row, filter))
        .sort(byObservedOnDesc);
    },
  };
}
