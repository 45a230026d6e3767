// Issue 10: an offer's steps move its opportunity and log an activity, in the step's own write.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
  makeOpportunityInput,
} from '../../../../test/factories/domain';
import type { Client, OfferInput, Opportunity } from '#shared/domain';
import { ValidationError } from '../core/errors';
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

/** An offer for the opportunity with 2 × 4,290.00 one-time and 100.00 monthly (36 months). */
async function offerFor(opportunity: Opportunity, overrides: Partial<OfferInput> = {}) {
  const offer = await ws.repos.offers.create(
    makeOfferInput(client.id, { opportunityId: opportunity.id, ...overrides }),
  );
  const [section] = await ws.repos.offerSections.listByOffer(offer.id);
  await ws.repos.offerLines.add(makeOfferLineInput(offer.id, section!.id));
  await ws.repos.offerLines.add(
    makeOfferLineInput(offer.id, section!.id, {
      name: 'Wartung',
      quantity: '1',
      unitPrice: '100.00',
      unitCost: '',
      billing: 'monthly',
    }),
  );
  return offer;
}

const pipelineOf = async (id: string) => {
  const row = await ws.repos.opportunities.get(id);
  return row && [row.stage, row.estimatedValue, row.probability, row.lostReason];
};
const summaries = async () =>
  (await ws.repos.activities.listByClient(client.id)).map((activity) => activity.summary);

describe('offers move the pipeline', () => {
  it('sending moves the opportunity to "proposal" with the contract value and logs it, in one write', async () => {
    const waiting = await ws.repos.opportunities.create(
      makeOpportunityInput(client.id, { stage: 'proposal', title: 'Schon da' }),
    );
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await offerFor(opportunity);
    const outboxBefore = (await ws.db.outbox.toArray()).length;

    await ws.repos.offers.markSent(offer.id);

    // 8,580.00 one-time + 100.00 × 36 months
    expect(await pipelineOf(opportunity.id)).toEqual(['proposal', '12180.00', 50, '']);
    const column = (await ws.repos.opportunities.list()).filter((row) => row.stage === 'proposal');
    expect(column.map((row) => row.id)).toEqual([waiting.id, opportunity.id]);
    expect(await summaries()).toEqual([
      `Angebot ${offer.number} Rev. 1 versendet: „${offer.title}“ · Wert 12.180,00 €`,
    ]);
    const records = (await ws.db.outbox.toArray()).slice(outboxBefore);
    expect(new Set(records.map((record) => record.hlc)).size).toBe(1);
    expect(new Set(records.map((record) => record.table))).toEqual(
      new Set(['offers', 'opportunities', 'activities']),
    );
  });

  it('accepting wins the opportunity; the activity is in the language of the one who accepts', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await offerFor(opportunity);
    await ws.repos.offers.markSent(offer.id, { language: 'en' });
    await ws.repos.offers.accept(offer.id, { language: 'en' });
    expect(await pipelineOf(opportunity.id)).toEqual(['won', '12180.00', 100, '']);
    expect(await summaries()).toEqual([
      `Offer ${offer.number} Rev. 1 accepted: “${offer.title}” · value €12,180.00`,
      `Offer ${offer.number} Rev. 1 sent: “${offer.title}” · value €12,180.00`,
    ]);
  });

  it('rejecting loses the opportunity with the reason, kept on the offer too', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await offerFor(opportunity);
    await ws.repos.offers.markSent(offer.id);
    const rejected = await ws.repos.offers.reject(offer.id, { reason: '  Preis zu hoch ' });
    expect([rejected.status, rejected.rejectionReason]).toEqual(['rejected', 'Preis zu hoch']);
    expect(await pipelineOf(opportunity.id)).toEqual(['lost', '12180.00', 0, 'Preis zu hoch']);
    expect((await summaries())[0]).toBe(
      `Angebot ${offer.number} Rev. 1 abgelehnt: „${offer.title}“ · Wert 12.180,00 € · Grund: Preis zu hoch`,
    );
  });

  it('a rejected variant leaves the opportunity open while another offer of it is sent', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const first = await offerFor(opportunity);
    const second = await offerFor(opportunity);
    await ws.repos.offers.markSent(first.id);
    await ws.repos.offers.markSent(second.id);
    await ws.repos.offers.reject(first.id, { reason: 'Variante B gewählt' });
    expect(await pipelineOf(opportunity.id)).toEqual(['proposal', '12180.00', 50, '']);
  });

  it('sending in negotiation keeps the stage and a hand-set probability, and updates the value', async () => {
    const opportunity = await ws.repos.opportunities.create(
      makeOpportunityInput(client.id, { stage: 'negotiation', probability: 80 }),
    );
    const offer = await offerFor(opportunity);
    await ws.repos.offers.markSent(offer.id);
    expect(await pipelineOf(opportunity.id)).toEqual(['negotiation', '12180.00', 80, '']);
  });

  it('takes the value in EUR at the rate frozen on the offer', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await offerFor(opportunity, { currency: 'USD', exchangeRate: '1.08' });
    await ws.repos.offers.markSent(offer.id);
    // 12,180.00 USD / 1.08
    expect((await pipelineOf(opportunity.id))?.[1]).toBe('11277.78');
  });

  it('an offer without an opportunity logs the step only', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await offerFor(opportunity, { opportunityId: '' });
    await ws.repos.offers.markSent(offer.id);
    expect(await pipelineOf(opportunity.id)).toEqual(['lead', '48000.00', 10, '']);
    expect(await summaries()).toHaveLength(1);
  });

  it('writes nothing when the activity cannot be stored: the offer stays a draft', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await offerFor(opportunity);
    const before = await ws.repos.outbox.count();
    const table = ws.db.table.bind(ws.db);
    vi.spyOn(ws.db, 'table').mockImplementation(((name: string) => {
      const real = table(name);
      if (name !== 'activities') return real;
      return Object.assign(Object.create(real) as typeof real, {
        bulkAdd: () => Promise.reject(new Error('disk full')),
      });
    }) as typeof ws.db.table);
    await expect(ws.repos.offers.markSent(offer.id)).rejects.toThrow('disk full');
    expect((await ws.repos.offers.get(offer.id))?.status).toBe('draft');
    expect(await pipelineOf(opportunity.id)).toEqual(['lead', '48000.00', 10, '']);
    expect(await ws.repos.outbox.count()).toBe(before);
  });

  it('lists an opportunity’s offers and refuses an opportunity of another client', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await offerFor(opportunity);
    await offerFor(opportunity, { opportunityId: '' });
    expect((await ws.repos.offers.listByOpportunity(opportunity.id)).map((row) => row.id)).toEqual([
      offer.id,
    ]);
    const revised = await ws.repos.offers
      .markSent(offer.id)
      .then(() => ws.repos.offers.revise(offer.id));
    expect(
      (await ws.repos.offers.listSummaries({ opportunityId: opportunity.id })).map((row) => [
        row.id,
        row.revision,
        row.value,
      ]),
    ).toEqual([[revised.id, 2, '12180.00']]);
    expect(await ws.repos.offers.listSummaries({ clientId: client.id })).toHaveLength(2);
    const other = await ws.repos.clients.create(makeClientInput({ name: 'Andere GmbH' }));
    await expect(
      ws.repos.offers.create(makeOfferInput(other.id, { opportunityId: opportunity.id })),
    ).rejects.toThrow(ValidationError);
    await expect(ws.repos.offers.update(revised.id, { clientId: other.id })).rejects.toThrow(
      ValidationError,
    );
  });
});
