import { newId } from '#shared/ids';
import type {
  QuotientDb,
  StoredOfferChapter,
  StoredOfferLine,
  StoredOfferSection,
} from '../core/database';
import { contentFields, newRow, omitKeys } from '../core/write';
import type { Stamp, WriteBatch } from '../core/write';

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
  const sectionIds = new Map<string, string>();
  for (const section of sections) {
    if (section.deleted) continue;
    const written = newRow<StoredOfferSection>({
      table: 'offerSections',
      fields: { ...contentFields(section), offerId: toOfferId },
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
    const written = newRow<StoredOfferLine>({
      table: 'offerLines',
      id: ids.get(line.id) as string,
      fields: {
        ...contentFields(line),
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
