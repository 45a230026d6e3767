import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import type { Client, Offer, TextBlock } from '#shared/domain';
import { offerContentHash } from '#shared/offers/content-hash';
import { OfferChangedError, OfferLockedError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let client: Client;
beforeEach(async () => {
  ws = openTestWorkspace();
  client = await ws.repos.clients.create(makeClientInput());
});
afterEach(() => {
  vi.restoreAllMocks();
});

const statuses = async (rootId: string) =>
  (await ws.repos.offers.listRevisions(rootId)).map((offer) => [offer.revision, offer.status]);

/** An offer with one line, sent, and its open draft revision 2. */
async function sentWithDraft() {
  const first = await ws.repos.offers.create(makeOfferInput(client.id));
  const [section] = await ws.repos.offerSections.listByOffer(first.id);
  await ws.repos.offerLines.add(makeOfferLineInput(first.id, section!.id));
  await ws.repos.offers.markSent(first.id);
  const draft = await ws.repos.offers.revise(first.id);
  const [draftSection] = await ws.repos.offerSections.listByOffer(draft.id);
  return { first, draft, draftSection: draftSection! };
}

/** Every write on a revision that an accepted root must refuse. */
const writesOn = (offer: Offer, sectionId: string, block: TextBlock) => [
  () => ws.repos.offers.update(offer.id, { title: 'Zweite Annahme' }),
  () => ws.repos.offers.markSent(offer.id),
  () => ws.repos.offers.accept(offer.id),
  () => ws.repos.offerSections.add({ offerId: offer.id, title: 'Neu' }),
  () => ws.repos.offerLines.add(makeOfferLineInput(offer.id, sectionId)),
  () => ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id }),
];

describe('offer lifecycle: one accepted revision per offer', () => {
  it('accepting revision 1 supersedes the open draft revision 2, which refuses every write', async () => {
    const { first, draft, draftSection } = await sentWithDraft();
    const block = await ws.repos.textBlocks.create(makeTextBlockInput());
    await ws.repos.offers.accept(first.id);
    expect(await statuses(first.id)).toEqual([
      [1, 'accepted'],
      [2, 'superseded'],
    ]);
    const before = await ws.repos.outbox.count();
    for (const attempt of writesOn(draft, draftSection.id, block)) {
      await expect(attempt()).rejects.toThrow(OfferLockedError);
    }
    expect(await ws.repos.outbox.count()).toBe(before);
    expect(await statuses(first.id)).toEqual([
      [1, 'accepted'],
      [2, 'superseded'],
    ]);
  });

  it('a draft or sent revision of a root accepted on another device is read-only', async () => {
    const { first, draft, draftSection } = await sentWithDraft();
    const block = await ws.repos.textBlocks.create(makeTextBlockInput());
    // As a sync merge could leave it: revision 1 accepted elsewhere, revision 2 still a draft here.
    await ws.db.offers.update(first.id, { status: 'accepted' });
    const before = await ws.repos.outbox.count();
    for (const attempt of writesOn(draft, draftSection.id, block)) {
      await expect(attempt()).rejects.toThrow(OfferLockedError);
    }
    await ws.db.offers.update(draft.id, { status: 'sent' });
    await expect(ws.repos.offers.accept(draft.id)).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.offers.reject(draft.id)).rejects.toThrow(OfferLockedError);
    expect(await ws.repos.outbox.count()).toBe(before);
    // The customer view is a view preference and may still change.
    const shown = await ws.repos.offers.update(draft.id, { customerView: true });
    expect([shown.customerView, shown.status]).toEqual([true, 'sent']);
  });
});

describe('offer lifecycle: markSent hashes what it freezes', () => {
  it('stores the hash of the content it froze, whatever hash a caller passes', async () => {
    const offer = await ws.repos.offers.create(makeOfferInput(client.id));
    const [section] = await ws.repos.offerSections.listByOffer(offer.id);
    const line = await ws.repos.offerLines.add(makeOfferLineInput(offer.id, section!.id));
    const expected = await offerContentHash({ offer, sections: [section!], lines: [line] });
    const sent = await ws.repos.offers.markSent(offer.id, { contentHash: 'f'.repeat(64) });
    expect([sent.status, sent.contentHash]).toEqual(['sent', expected]);
  });

  it('refuses with OfferChangedError when a line changes while the hash is computed', async () => {
    const offer = await ws.repos.offers.create(makeOfferInput(client.id));
    const [section] = await ws.repos.offerSections.listByOffer(offer.id);
    const line = await ws.repos.offerLines.add(makeOfferLineInput(offer.id, section!.id));
    const subtle = globalThis.crypto.subtle;
    const digest = subtle.digest.bind(subtle);
    vi.spyOn(subtle, 'digest').mockImplementationOnce(async (algorithm, data) => {
      await ws.repos.offerLines.update(line.id, { quantity: '9' });
      return digest(algorithm, data);
    });
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.offers.markSent(offer.id)).rejects.toThrow(OfferChangedError);
    // Only the line edit (one outbox record) was written; the offer is still an editable draft.
    expect(await ws.repos.outbox.count()).toBe(before + 1);
    expect((await ws.repos.offers.get(offer.id))?.status).toBe('draft');
    const lines = await ws.repos.offerLines.listByOffer(offer.id);
    const sent = await ws.repos.offers.markSent(offer.id);
    expect(sent.contentHash).toBe(await offerContentHash({ offer, sections: [section!], lines }));
  });

  it('refuses with OfferChangedError when a chosen text block changes while hashing', async () => {
    const offer = await ws.repos.offers.create(makeOfferInput(client.id));
    const block = await ws.repos.textBlocks.create(makeTextBlockInput());
    await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id });
    const subtle = globalThis.crypto.subtle;
    const digest = subtle.digest.bind(subtle);
    vi.spyOn(subtle, 'digest').mockImplementationOnce(async (algorithm, data) => {
      await ws.repos.textBlocks.update(block.id, { body: 'Geändert' });
      return digest(algorithm, data);
    });
    await expect(ws.repos.offers.markSent(offer.id)).rejects.toThrow(OfferChangedError);
    expect((await ws.repos.offers.get(offer.id))?.status).toBe('draft');
  });
});

describe('offer lifecycle: chapters are frozen with the sent revision', () => {
  it('snapshots block title and body into the chapter rows (synced); drafts follow the library', async () => {
    const offer = await ws.repos.offers.create(makeOfferInput(client.id));
    const block = await ws.repos.textBlocks.create(
      makeTextBlockInput({ title: 'Zusammenfassung', body: 'Wie gesendet' }),
    );
    const chapter = await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id });
    const before = (await ws.repos.outbox.list()).length;
    const sent = await ws.repos.offers.markSent(offer.id);
    const changes = (await ws.repos.outbox.list()).slice(before);
    expect(
      changes
        .filter((change) => change.table === 'offerChapters')
        .map(({ id, field, value, hlc }) => [id, field, value, hlc === changes[0]!.hlc]),
    ).toEqual([
      [chapter.id, 'title', 'Zusammenfassung', true],
      [chapter.id, 'body', 'Wie gesendet', true],
      [chapter.id, 'updatedAt', sent.updatedAt, true],
      [chapter.id, 'updatedBy', sent.updatedBy, true],
    ]);
    await ws.repos.textBlocks.update(block.id, { title: 'Neu', body: 'Später geändert' });
    expect(await ws.repos.offerChapters.listByOffer(offer.id)).toEqual([
      { ...chapter, title: 'Zusammenfassung', body: 'Wie gesendet', updatedAt: sent.updatedAt },
    ]);
    // The next revision is a draft again: no snapshot, it shows the library's current text.
    const draft = await ws.repos.offers.revise(offer.id);
    const [copied] = await ws.repos.offerChapters.listByOffer(draft.id);
    expect([copied!.textBlockId, copied!.title, copied!.body]).toEqual([
      block.id,
      undefined,
      undefined,
    ]);
  });
});
