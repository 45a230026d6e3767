import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeCatalogItemInput,
  makeClientInput,
  makeOpportunityInput,
} from '../../../../test/factories/domain';
import {
  makeCompetitorInput,
  makePriceObservationInput,
} from '../../../../test/factories/analyses';
import type { Competitor } from '#shared/domain/analyses';
import type { CatalogItem, Opportunity } from '#shared/domain';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let opportunity: Opportunity;
let rival: Competitor;
let other: Competitor;
let item: CatalogItem;
beforeEach(async () => {
  ws = openTestWorkspace();
  const client = await ws.repos.clients.create(makeClientInput({ name: 'Hafen Logistik AG' }));
  opportunity = await ws.repos.opportunities.create(
    makeOpportunityInput(client.id, { stage: 'lost', probability: 0 }),
  );
  [rival, other] = (await ws.repos.competitors.bulkCreate([
    makeCompetitorInput(),
    makeCompetitorInput({ name: 'Cloudwerk AG' }),
  ])) as [Competitor, Competitor];
  item = await ws.repos.catalog.create(makeCatalogItemInput());
});

const snapshot = async () => ({
  opportunities: await ws.db.opportunities.toArray(),
  observations: await ws.db.priceObservations.toArray(),
  outbox: await ws.db.outbox.count(),
});

const loss = {
  lossReason: 'price' as const,
  lostToCompetitorId: '',
  lostToPrice: '',
  lostPriceGapPct: '',
};

describe('win/loss: recordLoss', () => {
  it('sets the loss fields and records the price as an observation, in one write', async () => {
    const seq = (await ws.db.outbox.toArray()).length;
    const result = await ws.repos.winLoss.recordLoss(opportunity.id, {
      lossReason: 'price',
      lostToCompetitorId: rival.id,
      lostToPrice: '41000.00',
      lostPriceGapPct: '-14.5',
      catalogItemId: item.id,
    });
    expect(result).toMatchObject({
      lossReason: 'price',
      lostToCompetitorId: rival.id,
      lostToPrice: '41000.00',
      lostPriceGapPct: '-14.5',
      // The competitor it was lost to was in play.
      competitorIds: [rival.id],
    });
    const [observation, ...more] = await ws.repos.priceObservations.list();
    expect(more).toEqual([]);
    expect(observation).toMatchObject({
      competitorId: rival.id,
      catalogItemId: item.id,
      category: '',
      price: '41000.00',
      currency: 'EUR',
      // The write's own day (the test clock's), not the machine's.
      observedOn: TEST_TIME.slice(0, 10),
      source: 'loss',
      sourceNote: 'Hafen Logistik AG',
      opportunityId: opportunity.id,
      createdBy: TEST_AUTHOR,
    });
    // One write: both rows carry the same stamp; the opportunity's changed fields sync one by one.
    const records = (await ws.db.outbox.toArray()).slice(seq);
    expect(new Set(records.map((record) => record.hlc)).size).toBe(1);
    const fields = (await ws.repos.outbox.list())
      .filter((change) => change.table === 'opportunities' && change.hlc === records[0]?.hlc)
      .map(({ field, value }) => [field, value]);
    expect(fields).toEqual([
      ['lossReason', 'price'],
      ['lostToCompetitorId', rival.id],
      ['lostToPrice', '41000.00'],
      ['lostPriceGapPct', '-14.5'],
      ['competitorIds', [rival.id]],
      ['updatedAt', TEST_TIME],
      ['updatedBy', TEST_AUTHOR],
    ]);
  });

  it('changes the one loss observation on a second call and deletes it when the price goes', async () => {
    const input = { ...loss, lostToCompetitorId: rival.id, category: 'service' };
    await ws.repos.winLoss.recordLoss(opportunity.id, { ...input, lostToPrice: '900.00' });
    await ws.repos.winLoss.recordLoss(opportunity.id, { ...input, lostToPrice: '950.00' });
    expect((await ws.repos.priceObservations.list()).map((o) => o.price)).toEqual(['950.00']);
    await ws.repos.winLoss.recordLoss(opportunity.id, { ...input, lostToPrice: '' });
    expect(await ws.repos.priceObservations.list()).toEqual([]);
    expect(await ws.db.priceObservations.count()).toBe(1);
  });

  it('records a reason alone (no competitor, no price) without an observation', async () => {
    const result = await ws.repos.winLoss.recordLoss(opportunity.id, {
      ...loss,
      lossReason: 'no-decision',
    });
    expect(result).toMatchObject({ lossReason: 'no-decision', lostToCompetitorId: '' });
    expect(result.competitorIds).toBeUndefined();
    expect(await ws.db.priceObservations.count()).toBe(0);
  });

  it('is one write: when storing the observation fails, the opportunity keeps its fields', async () => {
    const before = await snapshot();
    ws.db.priceObservations.hook('creating', () => {
      throw new Error('quota');
    });
    await expect(
      ws.repos.winLoss.recordLoss(opportunity.id, {
        ...loss,
        lostToCompetitorId: rival.id,
        lostToPrice: '900.00',
        category: 'service',
      }),
    ).rejects.toThrow('quota');
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing on bad input', async () => {
    const before = await snapshot();
    const cases: [Parameters<typeof ws.repos.winLoss.recordLoss>[1], unknown][] = [
      [{ ...loss, lossReason: 'weather' as never }, ValidationError],
      [{ ...loss, lostToPrice: '-5' }, ValidationError],
      [{ ...loss, lostPriceGapPct: 'viel' }, ValidationError],
      // A price needs the competitor and what it was for.
      [{ ...loss, lostToPrice: '100.00', category: 'service' }, ValidationError],
      [{ ...loss, lostToCompetitorId: rival.id, lostToPrice: '100.00' }, ValidationError],
      [
        { ...loss, lostToCompetitorId: rival.id, lostToPrice: '1', category: 'snacks' as never },
        ValidationError,
      ],
      [{ ...loss, lostToCompetitorId: 'nobody' }, RowNotFoundError],
      [
        { ...loss, lostToCompetitorId: rival.id, lostToPrice: '1', catalogItemId: 'no-item' },
        RowNotFoundError,
      ],
    ];
    for (const [input, error] of cases) {
      await expect(ws.repos.winLoss.recordLoss(opportunity.id, input)).rejects.toThrow(
        error as typeof Error,
      );
    }
    await expect(ws.repos.winLoss.recordLoss('no-such', loss)).rejects.toThrow(RowNotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a deleted competitor that was not in play, accepts one that was', async () => {
    await ws.repos.winLoss.setCompetitorsInPlay(opportunity.id, [rival.id], '');
    await ws.repos.competitors.remove(rival.id);
    await ws.repos.competitors.remove(other.id);
    await expect(
      ws.repos.winLoss.recordLoss(opportunity.id, { ...loss, lostToCompetitorId: other.id }),
    ).rejects.toThrow(RowNotFoundError);
    const result = await ws.repos.winLoss.recordLoss(opportunity.id, {
      ...loss,
      lostToCompetitorId: rival.id,
    });
    expect(result.lostToCompetitorId).toBe(rival.id);
  });
});

describe('win/loss: setCompetitorsInPlay', () => {
  it('sets the competitors and the incumbent, recorded field by field', async () => {
    const seq = (await ws.repos.outbox.list()).length;
    const result = await ws.repos.winLoss.setCompetitorsInPlay(
      opportunity.id,
      [rival.id, other.id],
      other.id,
    );
    expect(result).toMatchObject({ competitorIds: [rival.id, other.id], incumbentId: other.id });
    const stamp = stampN(4);
    expect(
      (await ws.repos.outbox.list()).slice(seq).map(({ field, value, hlc }) => [field, value, hlc]),
    ).toEqual([
      ['competitorIds', [rival.id, other.id], stamp],
      ['incumbentId', other.id, stamp],
      ['updatedAt', TEST_TIME, stamp],
      ['updatedBy', TEST_AUTHOR, stamp],
    ]);
    // A competitor deleted later may stay in play.
    await ws.repos.competitors.remove(other.id);
    const kept = await ws.repos.winLoss.setCompetitorsInPlay(opportunity.id, [other.id], '');
    expect(kept).toMatchObject({ competitorIds: [other.id], incumbentId: '' });
  });

  it('refuses duplicates, an incumbent not in play, unknown or deleted competitors, writing nothing', async () => {
    await ws.repos.competitors.remove(other.id);
    const before = await snapshot();
    await expect(
      ws.repos.winLoss.setCompetitorsInPlay(opportunity.id, [rival.id, rival.id], ''),
    ).rejects.toMatchObject({ issues: [{ message: 'validation.duplicate' }] });
    await expect(
      ws.repos.winLoss.setCompetitorsInPlay(opportunity.id, [rival.id], 'someone'),
    ).rejects.toMatchObject({ issues: [{ path: ['incumbentId'] }] });
    await expect(
      ws.repos.winLoss.setCompetitorsInPlay(opportunity.id, ['ghost'], ''),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.winLoss.setCompetitorsInPlay(opportunity.id, [other.id], ''),
    ).rejects.toThrow(RowNotFoundError);
    expect(await snapshot()).toEqual(before);
  });
});

describe('price observations', () => {
  it('lists newest first and filters by competitor, items and categories', async () => {
    const [a, b, c] = await ws.repos.priceObservations.bulkCreate([
      makePriceObservationInput(rival.id, { observedOn: '2026-03-01' }),
      makePriceObservationInput(rival.id, {
        category: '',
        catalogItemId: item.id,
        observedOn: '2026-06-01',
      }),
      makePriceObservationInput(other.id, { category: 'hardware', observedOn: '2026-05-01' }),
    ]);
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
    expect(ids(await ws.repos.priceObservations.list())).toEqual([b!.id, c!.id, a!.id]);
    expect(ids(await ws.repos.priceObservations.listFor({ competitorId: rival.id }))).toEqual([
      b!.id,
      a!.id,
    ]);
    expect(ids(await ws.repos.priceObservations.listFor({ catalogItemIds: [item.id] }))).toEqual([
      b!.id,
    ]);
    expect(
      ids(
        await ws.repos.priceObservations.listFor({
          catalogItemIds: [item.id],
          categories: ['hardware'],
        }),
      ),
    ).toEqual([b!.id, c!.id]);
    expect(
      ids(
        await ws.repos.priceObservations.listFor({
          competitorId: other.id,
          categories: ['service'],
        }),
      ),
    ).toEqual([]);
    await ws.repos.priceObservations.remove(b!.id);
    expect(ids(await ws.repos.priceObservations.listFor({}))).toEqual([c!.id, a!.id]);
  });

  it('refuses both or neither item and category, a foreign category and unknown rows', async () => {
    const before = await snapshot();
    for (const bad of [
      { catalogItemId: item.id },
      { category: '' },
      { category: 'snacks' },
      { price: '-1' },
      { observedOn: '2026-13-01' },
    ]) {
      await expect(
        ws.repos.priceObservations.create(makePriceObservationInput(rival.id, bad)),
      ).rejects.toThrow(ValidationError);
    }
    await expect(
      ws.repos.priceObservations.create(makePriceObservationInput('nobody')),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.priceObservations.create(
        makePriceObservationInput(rival.id, { category: '', catalogItemId: 'x' }),
      ),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.priceObservations.create(
        makePriceObservationInput(rival.id, { opportunityId: 'x' }),
      ),
    ).rejects.toThrow(RowNotFoundError);
    expect(await snapshot()).toEqual(before);
  });
});
