import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import type { Offer, TextBlock } from '#shared/domain';
import { OfferLockedError, RowNotFoundError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let offer: Offer;
let blocks: Record<'summary' | 'approach' | 'terms', TextBlock>;
beforeEach(async () => {
  ws = openTestWorkspace();
  const client = await ws.repos.clients.create(makeClientInput());
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
  const [summary, approach, terms] = await ws.repos.textBlocks.bulkCreate([
    makeTextBlockInput({ title: 'Summary', chapter: 'summary' }),
    makeTextBlockInput({ title: 'Approach', chapter: 'approach' }),
    makeTextBlockInput({ title: 'Terms', chapter: 'terms' }),
  ]);
  blocks = { summary: summary!, approach: approach!, terms: terms! };
});

const titles = async (offerId = offer.id) => {
  const chapters = await ws.repos.offerChapters.listByOffer(offerId);
  const library = await ws.repos.textBlocks.list();
  return chapters.map(
    (chapter) => library.find((block) => block.id === chapter.textBlockId)?.title,
  );
};

describe('offer chapters', () => {
  it('adds blocks at the end or after a chapter, as rows of their own', async () => {
    const summary = await ws.repos.offerChapters.add({
      offerId: offer.id,
      textBlockId: blocks.summary.id,
    });
    expect(summary).toEqual({
      id: summary.id,
      offerId: offer.id,
      textBlockId: blocks.summary.id,
      position: 'a0',
      createdAt: TEST_TIME,
      updatedAt: TEST_TIME,
      createdBy: TEST_AUTHOR,
      updatedBy: TEST_AUTHOR,
      deleted: false,
    });
    await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: blocks.terms.id });
    await ws.repos.offerChapters.add({
      offerId: offer.id,
      textBlockId: blocks.approach.id,
      after: summary.id,
    });
    expect(await titles()).toEqual(['Summary', 'Approach', 'Terms']);
    const outbox = await ws.repos.outbox.list();
    expect(outbox.filter((change) => change.table === 'offerChapters').length).toBeGreaterThan(0);
  });

  it('moves, removes and restores chapters', async () => {
    const add = (textBlockId: string) =>
      ws.repos.offerChapters.add({ offerId: offer.id, textBlockId });
    const s = await add(blocks.summary.id);
    const a = await add(blocks.approach.id);
    const t = await add(blocks.terms.id);
    await ws.repos.offerChapters.move(t.id, { before: s.id });
    expect(await titles()).toEqual(['Terms', 'Summary', 'Approach']);
    await ws.repos.offerChapters.move(t.id, {});
    expect(await titles()).toEqual(['Summary', 'Approach', 'Terms']);
    await ws.repos.offerChapters.move(s.id, { after: a.id, before: t.id });
    expect(await titles()).toEqual(['Approach', 'Summary', 'Terms']);
    await ws.repos.offerChapters.remove(s.id);
    expect(await titles()).toEqual(['Approach', 'Terms']);
    await ws.repos.offerChapters.restore(s.id);
    expect(await titles()).toEqual(['Approach', 'Summary', 'Terms']);
    // Removing a library block later does not touch the offer's chapter row.
    await ws.repos.textBlocks.remove(blocks.terms.id);
    expect((await ws.repos.offerChapters.listByOffer(offer.id)).map((c) => c.id)).toEqual([
      a.id,
      s.id,
      t.id,
    ]);
  });

  it('refuses unknown or deleted blocks, unknown offers and foreign neighbours, writing nothing', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Andere' }));
    const other = await ws.repos.offers.create(makeOfferInput(client.id));
    const foreign = await ws.repos.offerChapters.add({
      offerId: other.id,
      textBlockId: blocks.summary.id,
    });
    await ws.repos.textBlocks.remove(blocks.terms.id);
    const before = await ws.repos.outbox.count();
    await expect(
      ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: 'nope' }),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: blocks.terms.id }),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.offerChapters.add({ offerId: 'nope', textBlockId: blocks.summary.id }),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.offerChapters.add({
        offerId: offer.id,
        textBlockId: blocks.summary.id,
        after: foreign.id,
      }),
    ).rejects.toThrow(RangeError);
    expect(await ws.repos.outbox.count()).toBe(before);
    expect(await ws.repos.offerChapters.listByOffer(offer.id)).toEqual([]);
  });

  it('refuses every write once the offer is sent', async () => {
    const chapter = await ws.repos.offerChapters.add({
      offerId: offer.id,
      textBlockId: blocks.summary.id,
    });
    await ws.repos.offers.markSent(offer.id);
    const before = await ws.repos.outbox.count();
    await expect(
      ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: blocks.terms.id }),
    ).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.offerChapters.move(chapter.id, {})).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.offerChapters.remove(chapter.id)).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.offerChapters.restore(chapter.id)).rejects.toThrow(OfferLockedError);
    expect(await ws.repos.outbox.count()).toBe(before);
    // Sending froze the block's text into the chapter (same stamp as the status change).
    const sent = await ws.repos.offers.get(offer.id);
    expect(await ws.repos.offerChapters.listByOffer(offer.id)).toEqual([
      {
        ...chapter,
        title: blocks.summary.title,
        body: blocks.summary.body,
        updatedAt: sent!.updatedAt,
      },
    ]);
  });

  it('copies the live chapters, in order, into a revision and a duplicate', async () => {
    const add = (textBlockId: string) =>
      ws.repos.offerChapters.add({ offerId: offer.id, textBlockId });
    await add(blocks.summary.id);
    const gone = await add(blocks.approach.id);
    await add(blocks.terms.id);
    await ws.repos.offerChapters.remove(gone.id);
    const source = await ws.repos.offerChapters.listByOffer(offer.id);
    await ws.repos.offers.markSent(offer.id);
    const revision = await ws.repos.offers.revise(offer.id);
    const duplicate = await ws.repos.offers.duplicate(offer.id);
    for (const copy of [revision, duplicate]) {
      const copied = await ws.repos.offerChapters.listByOffer(copy.id);
      expect(
        copied.map(({ textBlockId, position, offerId }) => ({ textBlockId, position, offerId })),
      ).toEqual(
        source.map(({ textBlockId, position }) => ({ textBlockId, position, offerId: copy.id })),
      );
      expect(copied.some((chapter) => source.some((s) => s.id === chapter.id))).toBe(false);
    }
    // The revision is a draft: its chapters can change while the sent one stays frozen.
    const [first] = await ws.repos.offerChapters.listByOffer(revision.id);
    await ws.repos.offerChapters.remove(first!.id);
    expect(await titles(revision.id)).toEqual(['Terms']);
    expect(await titles()).toEqual(['Summary', 'Terms']);
  });
});
