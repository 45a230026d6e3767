import { beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput, makeOpportunityInput } from '../../../../test/factories/domain';
import type { Client, Opportunity, OpportunityStage } from '#shared/domain';
import { ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let client: Client;
beforeEach(async () => {
  ws = openTestWorkspace();
  client = await ws.repos.clients.create(makeClientInput());
});

const create = (title: string, stage: OpportunityStage = 'lead', extra = {}) =>
  ws.repos.opportunities.create(makeOpportunityInput(client.id, { title, stage, ...extra }));

/** Board columns as titles. */
const board = async () => {
  const columns: Partial<Record<OpportunityStage, string[]>> = {};
  for (const item of await ws.repos.opportunities.list())
    (columns[item.stage] ??= []).push(item.title);
  return columns;
};

describe('opportunities repository', () => {
  it('appends new cards to the end of their stage and defaults the probability', async () => {
    const a = await create('A');
    const b = await create('B');
    const c = await create('C', 'proposal', { probability: undefined });
    expect([a.position, b.position, c.position]).toEqual(['a0', 'a1', 'a0']);
    expect(c.probability).toBe(50);
    expect(await board()).toEqual({ lead: ['A', 'B'], proposal: ['C'] });
  });

  it('keeps a given position and rejects one fractional indexing cannot use', async () => {
    expect((await create('A', 'lead', { position: 'a5' })).position).toBe('a5');
    const error = await create('B', 'lead', { position: 'a50' }).catch((caught: unknown) => caught);
    expect((error as ValidationError).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['position'], 'validation.position'],
    ]);
  });

  it('moves a card between two neighbours, above the first and to the end', async () => {
    const [a, b, c, d] = [
      await create('A'),
      await create('B'),
      await create('C'),
      await create('D'),
    ];
    await ws.repos.opportunities.move(d.id, { stage: 'lead', after: a.id, before: b.id });
    expect(await board()).toEqual({ lead: ['A', 'D', 'B', 'C'] });
    await ws.repos.opportunities.move(c.id, { stage: 'lead', before: a.id });
    expect(await board()).toEqual({ lead: ['C', 'A', 'D', 'B'] });
    await ws.repos.opportunities.move(c.id, { stage: 'lead', after: b.id });
    expect(await board()).toEqual({ lead: ['A', 'D', 'B', 'C'] });
    await ws.repos.opportunities.move(a.id, { stage: 'lead' });
    expect(await board()).toEqual({ lead: ['D', 'B', 'C', 'A'] });
  });

  it('moves a card to the end past deleted cards, so restoring one cannot collide', async () => {
    const a = await create('A');
    await create('B');
    const gone = await create('Gone');
    await ws.repos.opportunities.remove(gone.id);
    const moved = await ws.repos.opportunities.move(a.id, { stage: 'lead' });
    await ws.repos.opportunities.restore(gone.id);
    expect(moved.position > gone.position).toBe(true);
    expect(await board()).toEqual({ lead: ['B', 'Gone', 'A'] });
  });

  it('records exactly the move’s changes, taking the new stage’s default probability', async () => {
    const a = await create('A');
    const q = await create('Q', 'qualified');
    const before = (await ws.repos.outbox.list()).length;
    const moved = await ws.repos.opportunities.move(a.id, { stage: 'qualified', after: q.id });
    expect(moved).toEqual({ ...a, stage: 'qualified', position: 'a1', probability: 25 });
    const hlc = stampN(3);
    expect(
      (await ws.repos.outbox.list()).slice(before).map(({ seq: _seq, ...change }) => change),
    ).toEqual(
      [
        ['stage', 'qualified'],
        ['position', 'a1'],
        ['probability', 25],
        ['updatedAt', TEST_TIME],
        ['updatedBy', TEST_AUTHOR],
      ].map(([field, value]) => ({ table: 'opportunities', id: a.id, field, value, hlc })),
    );
  });

  it('keeps a probability the user chose when the stage changes', async () => {
    const a = await create('A', 'lead', { probability: 40 });
    const moved = await ws.repos.opportunities.move(a.id, { stage: 'negotiation' });
    expect([moved.stage, moved.probability]).toEqual(['negotiation', 40]);
  });

  it('spreads two cards that concurrent appends gave the same position', async () => {
    const a = await create('A', 'lead', { position: 'a0' });
    const b = await create('B', 'lead', { position: 'a1' });
    const c = await create('C', 'lead', { position: 'a1' });
    const [lower, upper] = [b, c].sort((x, y) => (x.id < y.id ? -1 : 1)) as [
      Opportunity,
      Opportunity,
    ];
    await ws.repos.opportunities.move(a.id, { stage: 'lead', after: lower.id, before: upper.id });
    expect(await board()).toEqual({ lead: [lower.title, 'A', upper.title] });
  });

  it('refuses neighbours from another stage or in the wrong order, changing nothing', async () => {
    const [a, b] = [await create('A'), await create('B')];
    const x = await create('X', 'won');
    const before = (await ws.repos.outbox.list()).length;
    await expect(ws.repos.opportunities.move(a.id, { stage: 'lead', after: x.id })).rejects.toThrow(
      RangeError,
    );
    await expect(
      ws.repos.opportunities.move(x.id, { stage: 'lead', after: b.id, before: a.id }),
    ).rejects.toThrow(RangeError);
    await expect(
      ws.repos.opportunities.move(a.id, { stage: 'done' as OpportunityStage }),
    ).rejects.toThrow(ValidationError);
    expect(await ws.repos.outbox.list()).toHaveLength(before);
  });

  it('lists live cards by stage and position, per client too', async () => {
    const otherClient = await ws.repos.clients.create(makeClientInput({ name: 'Andere' }));
    await create('Won', 'won');
    const gone = await create('Gone');
    await create('Lead');
    await ws.repos.opportunities.create(makeOpportunityInput(otherClient.id, { title: 'Fremd' }));
    await ws.repos.opportunities.remove(gone.id);
    expect((await ws.repos.opportunities.list()).map((o) => o.title)).toEqual([
      'Lead',
      'Fremd',
      'Won',
    ]);
    expect((await ws.repos.opportunities.listByClient(client.id)).map((o) => o.title)).toEqual([
      'Lead',
      'Won',
    ]);
    await ws.repos.opportunities.restore(gone.id);
    expect((await ws.repos.opportunities.listByClient(client.id)).map((o) => o.title)).toEqual([
      'Gone',
      'Lead',
      'Won',
    ]);
  });

  it('bulk-creates cards appended per stage in input order', async () => {
    await create('Existing');
    const created = await ws.repos.opportunities.bulkCreate([
      makeOpportunityInput(client.id, { title: 'L1' }),
      makeOpportunityInput(client.id, { title: 'P1', stage: 'proposal' }),
      makeOpportunityInput(client.id, { title: 'L2' }),
    ]);
    expect(created.map((o) => [o.title, o.position])).toEqual([
      ['L1', 'a1'],
      ['P1', 'a0'],
      ['L2', 'a2'],
    ]);
  });
});
