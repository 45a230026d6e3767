import { emptyCompanyProfile } from '#shared/domain';
import type { CompanyProfile } from '#shared/domain';
import type { Slide } from '#shared/domain/presentations';
import type { SlideSources } from '#shared/presentations/types';
import type { QuotientDb } from '../core/database';
import { ROW_META_KEYS, omitKeys, toEntity } from '../core/write';
import { COMPANY_SETTING_ID } from '../settings/settings.repository';

type Row = { id: string; deleted: boolean; fieldClocks: unknown };

/** Live rows by id, as features see them. */
const liveById = <R extends Row>(rows: readonly (R | undefined)[]) =>
  new Map(
    rows
      .filter((row): row is R => row !== undefined && !row.deleted)
      .map((row) => [row.id, toEntity(row)] as const),
  );

/** The company profile, or an empty one before onboarding (a deck still presents). */
export async function readCompany(db: QuotientDb): Promise<CompanyProfile> {
  const row = await db.settings.get(COMPANY_SETTING_ID);
  if (!row || row.deleted) return emptyCompanyProfile();
  return { ...emptyCompanyProfile(), ...(omitKeys(row, ROW_META_KEYS) as Partial<CompanyProfile>) };
}

/**
 * What the slides refer to, deleted rows left out (a slide whose row is gone says so): the
 * company, every live catalog item, bundle, analysis and competitor (bundles and analyses name
 * items and competitors of their own), and the clients the slides name.
 */
export async function readSlideSources(
  db: QuotientDb,
  slides: readonly Pick<Slide, 'clientId'>[],
): Promise<SlideSources> {
  const clientIds = [...new Set(slides.map((slide) => slide.clientId).filter((id) => id !== ''))];
  const [company, catalogItems, bundles, clients, analyses, competitors] = await Promise.all([
    readCompany(db),
    db.catalogItems.toArray(),
    db.bundles.toArray(),
    db.clients.bulkGet(clientIds),
    db.analyses.toArray(),
    db.competitors.toArray(),
  ]);
  return {
    company,
    catalogItems: liveById(catalogItems),
    bundles: liveById(bundles),
    clients: liveById(clients),
    analyses: liveById(analyses),
    competitors: liveById(competitors),
  };
}
