import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
} from '../../../../test/factories/domain';
import type { Offer, OfferSection } from '#shared/domain';
import { SectionDeletedError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let offer: Offer;
let first: OfferSection;
let second: OfferSection;
beforeEach(async () => {
  ws = openTestWorkspace();
  const client = await ws.repos.clients.create(makeClientInput());
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
  [first] = (await ws.repos.offerSections.listByOffer(offer.id)) as [OfferSection];
  second = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Dienstleistung' });
});

const names = async () =>
  (await ws.repos.offerLines.listByOffer(offer.id)).map((line) => line.name);

describe('offer lines and deleted sections', () => {
  it('refuses to restore a line into a deleted section, and restores it once the section is back', async () => {
    const kept = await ws.repos.offerLines.add(makeOfferLineInput(offer.id, first.id));
    const line = await ws.repos.offerLines.add(
      makeOfferLineInput(offer.id, second.id, { name: 'Workshop' }),
    );
    await ws.repos.offerLines.remove(line.id);
    await ws.repos.offerSections.remove(second.id);
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.offerLines.restore(line.id)).rejects.toThrow(SectionDeletedError);
    expect(await ws.repos.outbox.count()).toBe(before);
    expect(await names()).toEqual([kept.name]);
    // Restoring the section brings back only the lines its removal deleted.
    await ws.repos.offerSections.restore(second.id);
    expect(await names()).toEqual([kept.name]);
    await ws.repos.offerLines.restore(line.id);
    expect(await names()).toEqual([kept.name, 'Workshop']);
  });

  it('lists no line of a deleted section, even one left live (as a sync merge could)', async () => {
    const kept = await ws.repos.offerLines.add(makeOfferLineInput(offer.id, first.id));
    const orphan = await ws.repos.offerLines.add(
      makeOfferLineInput(offer.id, second.id, { name: 'Workshop' }),
    );
    await ws.db.offerSections.update(second.id, { deleted: true });
    expect(await ws.repos.offerLines.listByOffer(offer.id)).toEqual([kept]);
    expect((await ws.repos.offerLines.get(orphan.id))?.deleted).toBe(false);
  });
});
