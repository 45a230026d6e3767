// Issue 10: an alternative no longer silently replaces the offer's first line.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
} from '../../../../test/factories/domain';
import { ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

describe('alternative lines', () => {
  it('a line may become an alternative before its target is chosen; adding one still needs it', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const offer = await ws.repos.offers.create(makeOfferInput(client.id));
    const [section] = await ws.repos.offerSections.listByOffer(offer.id);
    const first = await ws.repos.offerLines.add(makeOfferLineInput(offer.id, section!.id));
    const second = await ws.repos.offerLines.add(
      makeOfferLineInput(offer.id, section!.id, { name: 'Server R650' }),
    );
    const switched = await ws.repos.offerLines.update(second.id, { kind: 'alternative' });
    expect([switched.kind, switched.replacesOriginId]).toEqual(['alternative', '']);
    const chosen = await ws.repos.offerLines.update(second.id, {
      replacesOriginId: first.originId,
    });
    expect(chosen.replacesOriginId).toBe(first.originId);
    await expect(
      ws.repos.offerLines.add(
        makeOfferLineInput(offer.id, section!.id, { kind: 'alternative', replacesOriginId: '' }),
      ),
    ).rejects.toThrow(ValidationError);
  });

  it('stores the credit flag of a line', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const offer = await ws.repos.offers.create(makeOfferInput(client.id));
    const [section] = await ws.repos.offerSections.listByOffer(offer.id);
    const line = await ws.repos.offerLines.add(
      makeOfferLineInput(offer.id, section!.id, { unitPrice: '-100.00', unitCost: '' }),
    );
    expect(line.credit).toBeUndefined();
    const before = await ws.repos.outbox.count();
    expect((await ws.repos.offerLines.update(line.id, { credit: true })).credit).toBe(true);
    const changes = (await ws.repos.outbox.list()).slice(before);
    expect(changes.some((change) => change.field === 'credit' && change.value === true)).toBe(true);
  });
});
