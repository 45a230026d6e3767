import { documentInputSchema } from '#shared/domain';
import type { ArchivedDocument } from '#shared/domain';
import type { BlobRepository } from '../core/blobs.repository';
import type { StoredDocument, StoredOffer } from '../core/database';
import { RowNotFoundError, ValidationError, parseInput } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import { commit, newRow, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';

/** What `archive` needs: the document's metadata and its bytes (hash and size are computed). */
export type DocumentArchiveInput = {
  offerId: string;
  revision: number;
  kind: ArchivedDocument['kind'];
  name: string;
  internal: boolean;
  mimeType: string;
  data: Uint8Array;
};

export type DocumentsRepository = {
  /**
   * Archives a generated file on an offer in any status: the bytes go to the blob store first,
   * then the row (sha256, size) through the synced write. `revision` must be the offer's.
   */
  archive(input: DocumentArchiveInput): Promise<ArchivedDocument>;
  /** Any document, deleted ones included. */
  get(id: string): Promise<ArchivedDocument | undefined>;
  /** The offer's documents not deleted, newest first. */
  listByOffer(offerId: string): Promise<ArchivedDocument[]>;
};

const metaSchema = documentInputSchema.omit({ sha256: true, size: true });

/** Throws unless the offer exists and is at `revision`. */
function requireRevision(offer: StoredOffer | undefined, offerId: string, revision: number): void {
  if (!offer) throw new RowNotFoundError('offers', offerId);
  if (offer.revision !== revision) {
    throw new ValidationError([
      {
        code: 'custom',
        path: ['revision'],
        message: `offer ${offerId} is revision ${offer.revision}`,
        input: revision,
      } as ValidationIssue,
    ]);
  }
}

/** The archived documents of offers; the bytes live in `blobs`. */
export function createDocumentsRepository(
  ctx: WriteContext,
  blobs: BlobRepository,
): DocumentsRepository {
  const { db } = ctx;
  return {
    async archive({ data, ...input }) {
      const meta = parseInput(metaSchema, input);
      if (!(data instanceof Uint8Array)) {
        throw new ValidationError([
          {
            code: 'custom',
            path: ['data'],
            message: 'bytes expected',
            input: data,
          } as ValidationIssue,
        ]);
      }
      // Check the offer before storing anything, so bad input writes nothing at all.
      requireRevision(await db.offers.get(meta.offerId), meta.offerId, meta.revision);
      // Blob first: a row must never point at bytes this device does not have (sync uploads
      // blobs before the rows that reference them). A failed row write leaves only an unused blob.
      const sha256 = await blobs.put({ data, type: meta.mimeType });
      const fields = parseInput(documentInputSchema, { ...meta, sha256, size: data.byteLength });
      return commit(ctx, ['offers', 'documents'], async (batch, stamp) => {
        requireRevision(await db.offers.get(fields.offerId), fields.offerId, fields.revision);
        const written = newRow<StoredDocument>({ table: 'documents', fields, stamp });
        batch.add('documents', written);
        return toEntity(written.row);
      });
    },
    async get(id) {
      const row = await db.documents.get(id);
      return row && toEntity(row);
    },
    async listByOffer(offerId) {
      const rows = await db.documents.where('offerId').equals(offerId).toArray();
      // UUIDv7 ids break ties of one millisecond in creation order.
      return rows
        .filter((row) => !row.deleted)
        .sort(
          (a, b) =>
            (b.createdAt < a.createdAt ? -1 : b.createdAt > a.createdAt ? 1 : 0) ||
            (b.id < a.id ? -1 : 1),
        )
        .map(toEntity);
    },
  };
}
