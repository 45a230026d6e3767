import { generateKeyBetween } from 'fractional-indexing';
import { bundleToAppRows, parseOfferBundle } from '../../shared/bundle';
import type { AppRows } from '../../shared/bundle';
import { BundleInvalidError, OfferExistsError } from './offer-bundle-errors';
import { newId } from '../../shared/ids';
import { emptyTextBlockInput } from '../../shared/domain';
import type {
  StoredClient,
  StoredContact,
  StoredOfferChapter,
  StoredOfferLine,
  StoredOfferSection,
  StoredTextBlock,
} from './database';
import { queueOffer } from './offer-lifecycle';
import { commit, newRow } from './write';
import type { WriteContext } from './write';

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
    const duplicate = (await db.offers.where('number').equals(rows.offer.number).toArray()).find(
      (offer) => !offer.deleted && offer.revision === rows.offer.revision,
    );
    if (duplicate) throw new OfferExistsError(rows.offer.number, rows.offer.revision);

    const name = rows.client.name.trim().toLocaleLowerCase('de');
    const existing = (await db.clients.toArray()).find(
      (client) => !client.deleted && client.name.trim().toLocaleLowerCase('de') === name,
    );
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

/**
 * Validates a `*.quotient-offer.json` completely, then imports it; nothing is written on error.
 * An offer not in EUR needs a rate: the bundle's or `exchangeRate` (the import dialog asks).
 */
export async function importOfferBundle(
  ctx: WriteContext,
  json: unknown,
  { exchangeRate }: BundleImportOptions = {},
): Promise<BundleImportResult> {
  const parsed = parseOfferBundle(json);
  if (!parsed.ok) throw new BundleInvalidError(parsed.problems);
  const rows = bundleToAppRows(parsed.bundle, {
    newId,
    ...(exchangeRate === undefined ? {} : { exchangeRate }),
  });
  if (!rows.ok) throw new BundleInvalidError(rows.problems);
  return importOfferBundleRows(ctx, rows.rows);
}
