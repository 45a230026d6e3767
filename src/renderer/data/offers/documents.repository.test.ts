import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeDocumentArchiveInput,
  makeOfferInput,
} from '../../../../test/factories/domain';
import { sha256Hex } from '#shared/hash';
import type { Offer } from '#shared/domain';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { TEST_AUTHOR, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let offer: Offer;
beforeEach(async () => {
  ws = openTestWorkspace();
  const client = await ws.repos.clients.create(makeClientInput());
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
});

describe('documents', () => {
  it('stores the bytes as a blob and the row with hash and size, synced', async () => {
    const input = makeDocumentArchiveInput(offer.id);
    const before = (await ws.repos.outbox.list()).length;
    const doc = await ws.repos.documents.archive(input);
    const sha256 = await sha256Hex(input.data);
    expect(doc).toEqual({
      id: doc.id,
      offerId: offer.id,
      revision: 1,
      kind: 'xlsx',
      name: input.name,
      sha256,
      size: input.data.byteLength,
      internal: false,
      mimeType: input.mimeType,
      createdAt: doc.createdAt,
      updatedAt: doc.createdAt,
      createdBy: TEST_AUTHOR,
      updatedBy: TEST_AUTHOR,
      deleted: false,
    });
    const blob = await ws.repos.blobs.get(sha256);
    expect({ type: blob?.type, data: [...(blob?.data ?? [])] }).toEqual({
      type: input.mimeType,
      data: [...input.data],
    });
    const changes = (await ws.repos.outbox.list()).slice(before);
    expect(new Set(changes.map((change) => `${change.table}@${change.hlc}`))).toEqual(
      new Set([`documents@${stampN(2)}`]),
    );
    expect(changes.find((change) => change.field === 'sha256')?.value).toBe(sha256);
    expect(await ws.repos.documents.get(doc.id)).toEqual(doc);
  });

  it('archives on sent and accepted offers too, listing newest first', async () => {
    const first = await ws.repos.documents.archive(makeDocumentArchiveInput(offer.id));
    await ws.repos.offers.markSent(offer.id);
    const second = await ws.repos.documents.archive(
      makeDocumentArchiveInput(offer.id, {
        kind: 'docx',
        name: 'Angebot.docx',
        internal: true,
        data: new TextEncoder().encode('PK Word'),
      }),
    );
    await ws.repos.offers.accept(offer.id);
    const third = await ws.repos.documents.archive(
      makeDocumentArchiveInput(offer.id, { kind: 'pdf', name: 'Angebot.pdf' }),
    );
    expect((await ws.repos.documents.listByOffer(offer.id)).map((d) => d.id)).toEqual([
      third.id,
      second.id,
      first.id,
    ]);
    // Same bytes twice: two rows, one blob.
    expect(third.sha256).toBe(first.sha256);
    expect(await ws.db.blobs.count()).toBe(2);
    expect(await ws.repos.documents.listByOffer('other')).toEqual([]);
  });

  it('refuses bad input, unknown offers and a wrong revision before storing anything', async () => {
    const before = await ws.repos.outbox.count();
    const attempts = [
      makeDocumentArchiveInput(offer.id, { name: ' ' }),
      { ...makeDocumentArchiveInput(offer.id), kind: 'zip' },
      makeDocumentArchiveInput(offer.id, { revision: 0 }),
      { ...makeDocumentArchiveInput(offer.id), data: 'bytes' },
      makeDocumentArchiveInput(offer.id, { revision: 2 }),
    ];
    for (const attempt of attempts) {
      await expect(ws.repos.documents.archive(attempt as never)).rejects.toThrow(ValidationError);
    }
    await expect(ws.repos.documents.archive(makeDocumentArchiveInput('nope'))).rejects.toThrow(
      RowNotFoundError,
    );
    expect(await ws.db.blobs.count()).toBe(0);
    expect(await ws.db.documents.count()).toBe(0);
    expect(await ws.repos.outbox.count()).toBe(before);
  });
});
