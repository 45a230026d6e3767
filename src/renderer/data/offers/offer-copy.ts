import { CONTINGENCY_REF } from '#shared/domain/planning';
import { newId } from '#shared/ids';
import type {
  QuotientDb,
  StoredOfferChapter,
  StoredOfferLine,
  StoredOfferSection,
  SyncedRow,
} from '../core/database';
import { contentFields, newRow, omitKeys } from '../core/write';
import type { Stamp, WriteBatch } from '../core/write';

/** The tables of an offer's project plan, which a copy of the offer copies too. */
export const OFFER_PLAN_TABLES = [
  'projectPlans',
  'workPackages',
  'planDependencies',
  'planMilestones',
  'paymentInstalments',
] as const;

/**
 * Copies the offer's live project plan with new ids (packages, dependencies, milestones and
 * instalments pointing at the copies; a reference to a row that is not copied stays as it was,
 * so the copy shows the same note or problem). The old package id → new id, for the lines.
 */
async function copyPlan({
  db,
  batch,
  stamp,
  fromOfferId,
  toOfferId,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  fromOfferId: string;
  toOfferId: string;
}): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const plans = await db.projectPlans.where('offerId').equals(fromOfferId).toArray();
  const plan = plans
    .filter((row) => !row.deleted)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))[0];
  if (!plan) return ids;
  const [packages, dependencies, milestones, instalments] = await Promise.all([
    db.workPackages.where('planId').equals(plan.id).toArray(),
    db.planDependencies.where('planId').equals(plan.id).toArray(),
    db.planMilestones.where('planId').equals(plan.id).toArray(),
    db.paymentInstalments.where('planId').equals(plan.id).toArray(),
  ]);
  const planId = newId();
  const live = <R extends { id: string; deleted: boolean }>(rows: R[]) =>
    rows.filter((row) => !row.deleted);
  for (const row of [...live(packages), ...live(milestones)]) ids.set(row.id, newId());
  const map = (id: string) => ids.get(id) ?? id;
  const queue = <T extends (typeof OFFER_PLAN_TABLES)[number]>(
    table: T,
    row: SyncedRow[T],
    fields: Partial<SyncedRow[T]>,
    id = newId(),
  ) => {
    const content = { ...contentFields(row), ...fields, offerId: toOfferId };
    batch.add(table, newRow<SyncedRow[T]>({ table, fields: content, stamp, id }));
  };
  queue('projectPlans', plan, {}, planId);
  for (const row of live(packages)) {
    queue('workPackages', row, { planId, parentId: map(row.parentId) }, map(row.id));
  }
  for (const row of live(dependencies)) {
    const fields = {
      planId,
      predecessorId: map(row.predecessorId),
      successorId: map(row.successorId),
    };
    queue('planDependencies', row, fields);
  }
  for (const row of live(milestones)) {
    queue('planMilestones', row, { planId, packageId: map(row.packageId) }, map(row.id));
  }
  for (const row of live(instalments)) {
    queue('paymentInstalments', row, { planId, milestoneId: map(row.milestoneId) });
  }
  return ids;
}

/** A copied line's or section's plan key: the copy of its package (the reserve's stays). */
const planKey = (key: string | undefined, ids: ReadonlyMap<string, string>) =>
  key === undefined || key === '' || key === CONTINGENCY_REF ? key : (ids.get(key) ?? key);

/**
 * A chapter's own title/body to carry into a draft copy: a draft's adaptation as it is; of a
 * sent revision only what was adapted before sending, not the snapshot markSent wrote.
 */
function adaptationOf(
  chapter: StoredOfferChapter,
  sentClock: string | undefined,
): { title?: string; body?: string } {
  const own: { title?: string; body?: string } = {};
  for (const field of ['title', 'body'] as const) {
    const value = chapter[field];
    if (value === undefined || value.trim() === '') continue;
    // markSent writes the library's text with the send stamp; an adaptation equal to what was
    // sent stays untouched and keeps its earlier clock.
    if (sentClock !== undefined && chapter.fieldClocks?.[field] === sentClock) continue;
    own[field] = value;
  }
  return own;
}

/**
 * Copies the live sections, lines and chosen chapters of one offer into another with new ids
 * (chapters keep their text block, position and adaptation, not a sent revision's snapshot). `keepOrigins`
 * (a revision) keeps each line's originId so the diff pairs them; otherwise (a duplicate)
 * lines get new originIds and alternatives point at the copies of the lines they replace.
 * The project plan is copied too (with new ids), its generated lines and sections pointing at
 * the copies of their packages; the write must include OFFER_PLAN_TABLES.
 */
export async function copyOfferContent({
  db,
  batch,
  stamp,
  fromOfferId,
  toOfferId,
  keepOrigins,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  fromOfferId: string;
  toOfferId: string;
  keepOrigins: boolean;
}): Promise<void> {
  const [source, sections, lines, chapters] = await Promise.all([
    db.offers.get(fromOfferId),
    db.offerSections.where('offerId').equals(fromOfferId).toArray(),
    db.offerLines.where('offerId').equals(fromOfferId).toArray(),
    db.offerChapters.where('offerId').equals(fromOfferId).toArray(),
  ]);
  for (const chapter of chapters) {
    if (chapter.deleted) continue;
    // The copy is a draft, which follows the library: the sent revision's snapshot stays behind.
    const fields = omitKeys(contentFields(chapter), ['title', 'body']);
    const sentClock = source && source.status !== 'draft' ? source.fieldClocks?.sentAt : undefined;
    batch.add(
      'offerChapters',
      newRow<StoredOfferChapter>({
        table: 'offerChapters',
        fields: { ...fields, ...adaptationOf(chapter, sentClock), offerId: toOfferId },
        stamp,
      }),
    );
  }
  const packageIds = await copyPlan({ db, batch, stamp, fromOfferId, toOfferId });
  const sectionIds = new Map<string, string>();
  for (const section of sections) {
    if (section.deleted) continue;
    const planPhaseId = planKey(section.planPhaseId, packageIds);
    const written = newRow<StoredOfferSection>({
      table: 'offerSections',
      fields: {
        ...contentFields(section),
        offerId: toOfferId,
        ...(planPhaseId === undefined ? {} : { planPhaseId }),
      },
      stamp,
    });
    sectionIds.set(section.id, written.row.id);
    batch.add('offerSections', written);
  }
  const live = lines.filter((line) => !line.deleted && sectionIds.has(line.sectionId));
  const origins = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const line of live) {
    const id = newId();
    ids.set(line.id, id);
    // A fresh line's originId is its own id, as offerLines.add makes it.
    origins.set(line.originId, keepOrigins ? line.originId : id);
  }
  for (const line of live) {
    const planPackageId = planKey(line.planPackageId, packageIds);
    const written = newRow<StoredOfferLine>({
      table: 'offerLines',
      id: ids.get(line.id) as string,
      fields: {
        ...contentFields(line),
        ...(planPackageId === undefined ? {} : { planPackageId }),
        offerId: toOfferId,
        sectionId: sectionIds.get(line.sectionId) as string,
        originId: origins.get(line.originId) as string,
        replacesOriginId: origins.get(line.replacesOriginId) ?? line.replacesOriginId,
      },
      stamp,
    });
    batch.add('offerLines', written);
  }
}
