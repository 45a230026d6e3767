import { bundleInputSchema, catalogItemInputSchema, roleInputSchema } from '#shared/domain';
import type {
  Bundle,
  BundleInput,
  CatalogItem,
  CatalogItemInput,
  Role,
  RoleInput,
} from '#shared/domain';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { requireRows } from '../core/write';
import type { WriteContext } from '../core/write';

/** Catalog items; bulkCreate is the CSV/XLSX import (all or nothing). */
export type CatalogRepository = EntityRepository<CatalogItemInput, CatalogItem>;
/** Bundles; every item must reference an existing catalog item (RowNotFoundError otherwise). */
export type BundlesRepository = EntityRepository<BundleInput, Bundle>;
/** Rate-card roles. */
export type RolesRepository = EntityRepository<RoleInput, Role>;

/** The catalog items repository. */
export function createCatalogRepository(ctx: WriteContext): CatalogRepository {
  return createEntityRepository({ ctx, table: 'catalogItems', schema: catalogItemInputSchema });
}

/** The bundles repository; checks the catalog items it references inside the write. */
export function createBundlesRepository(ctx: WriteContext): BundlesRepository {
  return createEntityRepository({
    ctx,
    table: 'bundles',
    schema: bundleInputSchema,
    refTables: ['catalogItems'],
    check: (db, batch, inputs) =>
      requireRows(
        db,
        batch,
        'catalogItems',
        inputs.flatMap((bundle) => bundle.items.map((item) => item.catalogItemId)),
      ),
  });
}

/** The roles (rate card) repository. */
export function createRolesRepository(ctx: WriteContext): RolesRepository {
  return createEntityRepository({ ctx, table: 'roles', schema: roleInputSchema });
}
