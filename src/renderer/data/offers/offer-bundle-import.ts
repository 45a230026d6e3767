import { generateKeyBetween } from 'fractional-indexing';
import { bundleToAppRows, bundleTotals, parseOfferBundle } from '#shared/bundle';
import type { AppRows } from '#shared/bundle';
import { BundleInvalidError, OfferExistsError } from './offer-bundle-errors';
import { newId } from '#shared/ids';
import { emptyTextBlockInput } from '#shared/domain';
import type {
  StoredClient,
  StoredContact,
  StoredOfferChapter,
  StoredOfferLine,
  StoredOfferSection,
  StoredTextBlock,
} from '../core/database';
import { queueOffer } from './offer-lifecycle';
import { commit, newRow } from '../core/write';
import type { QuotientDb } from '../core/database';
import type { WriteContext } from '../core/write';

export type BundleImportResult = { offerId: string; clientId: string; clientCreated: boolean };

const tables = [
  'clients',
  'contacts',
  'offers',
  'offerSections',
  'offerLines',
  'textBlocks',
  'offerChapters',
] as const;

/** Whether the workspace already holds this offer number and revision (not deleted). */
async function offerExists(db: QuotientDb, rows: AppRows): Promise<boolean> {
  const offers = await db.offers.where('number').equals(rows.offer.number).toArray();
  return offers.some((offer) => !offer.deleted && offer.revision === rows.offer.revision);
}

/** The existing client the import reuses: same name, ignoring case and outer spaces. */
async function matchingClient(db: QuotientDb, rows: AppRows) {
  const name = rows.client.name.trim().toLocaleLowerCase('de');
  return (await db.clients.toArray()).find(
    (client) => !client.deleted && client.name.trim().toLocaleLowerCase('de') === name,
  );
}

/**
 * Writes an imported offer bundle (rows already validated by bundleToAppRows, every id fresh)
 * in one transaction: all or nothing. An existing client of the same name is reused; the
 * offer keeps its number and revision and comes in as a draft; its chapters become text blocks.
 */
export function importOfferBundleRows(
  ctx: WriteContext,
  rows: AppRows,
): Promise<BundleImportResult> {
  const { db } = ctx;
  return commit(ctx, tables, async (batch, stamp) => {
    if (await offerExists(db, rows)) {
      throw new OfferExistsError(rows.offer.number, rows.offer.revision);
    }
    const existing = await matchingClient(db, rows);
    const { id: newClientId, ...clientFields } = rows.client;
    const clientId = existing?.id ?? newClientId;
    if (!existing) {
      batch.add(
        'clients',
        newRow<StoredClient>({ table: 'clients', id: clientId, fields: clientFields, stamp }),
      );
      if (rows.contact) {
        const { id, ...fields } = rows.contact;
        batch.add(
          'contacts',
          newRow<StoredContact>({ table: 'contacts', id, fields: { ...fields, clientId }, stamp }),
        );
      }
    }

    const { id: offerId, number, revision, ...offerFields } = rows.offer;
    queueOffer(
      batch,
      stamp,
      {
        ...offerFields,
        clientId,
        opportunityId: '',
        number,
        revision,
        rootId: offerId,
        variantGroupId: '',
        variantName: '',
        status: 'draft',
        sentAt: '',
        contentHash: '',
        acceptedAt: '',
      },
      offerId,
    );
    for (const { id, ...fields } of rows.sections) {
      batch.add(
        'offerSections',
        newRow<StoredOfferSection>({ table: 'offerSections', id, fields, stamp }),
      );
    }
    for (const { id, ...fields } of rows.lines) {
      batch.add('offerLines', newRow<StoredOfferLine>({ table: 'offerLines', id, fields, stamp }));
    }
    let position: string | null = null;
    for (const chapter of rows.chapters) {
      const block = newRow<StoredTextBlock>({
        table: 'textBlocks',
        fields: {
          ...emptyTextBlockInput(rows.offer.language),
          title: chapter.title,
          body: chapter.body,
          tags: [`Import ${number}`],
        },
        stamp,
      });
      batch.add('textBlocks', block);
      position = generateKeyBetween(position, null);
      batch.add(
        'offerChapters',
        newRow<StoredOfferChapter>({
          table: 'offerChapters',
          fields: { offerId, textBlockId: block.row.id, position },
          stamp,
        }),
      );
    }
    return { offerId, clientId, clientCreated: !existing };
  });
}

export type BundleImportOptions = {
  /** 1 EUR = rate units of the offer currency, as the user entered it; wins over the bundle's. */
  exchangeRate?: string;
};

/** What an import would create, shown before anything is written. */
export type BundleImportPreview = {
  number: string;
  revision: number;
  title: string;
  currency: string;
  language: 'de' | 'en';
  /** The client's name, and whether an existing client of that name is reused. */
  client: { name: string; existing: boolean };
  sections: number;
  lines: number;
  chapters: number;
  /** Net amounts as decimal strings: one-time, and recurring per month and per year. */
  totals: { oneTime: string; monthly: string; yearly: string };
  /** The same number and revision exist already: the import would be refused. */
  exists: boolean;
};

/** Validates a bundle and maps it to rows (fresh ids); throws BundleInvalidError with every problem. */
function readBundle(json: unknown, { exchangeRate }: BundleImportOptions) {
  const parsed = parseOfferBundle(json);
  if (!parsed.ok) throw new BundleInvalidError(parsed.problems);
  const rows = bundleToAppRows(parsed.bundle, {
    newId,
    ...(exchangeRate === undefined ? {} : { exchangeRate }),
  });
  if (!rows.ok) throw new BundleInvalidError(rows.problems);
  return { bundle: parsed.bundle, rows: rows.rows };
}

/**
 * What importing a `*.quotient-offer.json` would create (offer, client reused or new, counts,
 * net totals) without writing anything; an invalid file throws BundleInvalidError as on import.
 */
export async function previewOfferBundle(
  ctx: WriteContext,
  json: unknown,
  options: BundleImportOptions = {},
): Promise<BundleImportPreview> {
  const { bundle, rows } = readBundle(json, options);
  const totals = bundleTotals(bundle);
  return {
    number: rows.offer.number,
    revision: rows.offer.revision,
    title: rows.offer.title,
    currency: rows.offer.currency,
    language: rows.offer.language,
    client: {
      name: rows.client.name,
      existing: (await matchingClient(ctx.db, rows)) !== undefined,
    },
    sections: rows.sections.length,
    lines: rows.lines.length,
    chapters: rows.chapters.length,
    totals: { oneTime: totals.net, monthly: totals.monthly, yearly: totals.yearly },
    exists: await offerExists(ctx.db, rows),
  };
}

/**
 * Validates a `*.quotient-offer.json` completely, then imports it; nothing is written on error.
 * An offer not in EUR needs a rate: the bundle's or `exchangeRate` (the import dialog asks).
 */
export async function importOfferBundle(
  ctx: WriteContext,
  json: unknown,
  options: BundleImportOptions = {},
): Promise<BundleImportResult> {
  return importOfferBundleRows(ctx, readBundle(json, options).rows);
}
