import { beforeEach, describe, expect, it } from 'vitest';
import { makeBattlecardInput, makeCompetitorInput } from '../../../../test/factories/analyses';
import { sha256Hex } from '#shared/hash';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

/** Outbox entries after the first `skip`, as "table.field" with their value. */
const outboxAfter = async (skip: number) =>
  (await ws.repos.outbox.list()).slice(skip).map(({ table, id, field, value }) => ({
    table,
    id,
    field,
    value,
  }));

/** Everything the database holds in the synced tables of this area and the outbox. */
const snapshot = async () => ({
  competitors: await ws.db.competitors.toArray(),
  attachments: await ws.db.competitorAttachments.toArray(),
  battlecards: await ws.db.battlecards.toArray(),
  blobs: await ws.db.blobs.count(),
  outbox: await ws.db.outbox.count(),
});

describe('competitors repository', () => {
  it('creates, changes, soft-deletes and restores a competitor, recording every field', async () => {
    const input = makeCompetitorInput();
    const competitor = await ws.repos.competitors.create(input);
    expect(competitor).toEqual({
      id: competitor.id,
      ...input,
      createdAt: TEST_TIME,
      updatedAt: TEST_TIME,
      createdBy: TEST_AUTHOR,
      updatedBy: TEST_AUTHOR,
      deleted: false,
    });
    const created = await outboxAfter(0);
    expect(created.map(({ field }) => field).sort()).toEqual(
      [...Object.keys(input), 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'deleted'].sort(),
    );

    const before = (await ws.repos.outbox.list()).length;
    const changed = await ws.repos.competitors.update(competitor.id, {
      priceLevel: 'premium',
      lastVerified: '2026-11-20',
    });
    expect(changed).toMatchObject({ priceLevel: 'premium', lastVerified: '2026-11-20' });
    expect((await outboxAfter(before)).map(({ field, value }) => [field, value])).toEqual([
      ['priceLevel', 'premium'],
      ['lastVerified', '2026-11-20'],
      ['updatedAt', TEST_TIME],
      ['updatedBy', TEST_AUTHOR],
    ]);

    await ws.repos.competitors.remove(competitor.id);
    expect(await ws.repos.competitors.list()).toEqual([]);
    expect((await ws.repos.competitors.get(competitor.id))?.deleted).toBe(true);
    await ws.repos.competitors.restore(competitor.id);
    expect((await ws.repos.competitors.list()).map((c) => c.id)).toEqual([competitor.id]);
  });

  it('lists by name in German order (Ä with A, not after Z); a deleted competitor is still in listAll', async () => {
    const [, aeon] = await ws.repos.competitors.bulkCreate([
      makeCompetitorInput({ name: 'Zeta IT AG' }),
      makeCompetitorInput({ name: 'Äon Consulting' }),
      makeCompetitorInput({ name: 'Alpha Systeme' }),
    ]);
    await ws.repos.competitors.remove(aeon!.id);
    expect((await ws.repos.competitors.list()).map((c) => c.name)).toEqual([
      'Alpha Systeme',
      'Zeta IT AG',
    ]);
    const all = await ws.repos.competitors.listAll();
    expect(all.map((c) => [c.name, c.deleted])).toEqual([
      ['Alpha Systeme', false],
      ['Äon Consulting', true],
      ['Zeta IT AG', false],
    ]);
  });

  it('refuses an empty name, a bad website and a share over 100 %, writing nothing', async () => {
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    const before = await snapshot();
    for (const bad of [
      { name: '  ' },
      { website: 'www.ohne-schema.example' },
      { marketSharePct: '120' },
      { typicalDiscountPct: 'zehn' },
      { lastVerified: '2026-02-30' },
    ]) {
      await expect(ws.repos.competitors.create(makeCompetitorInput(bad))).rejects.toThrow(
        ValidationError,
      );
      await expect(ws.repos.competitors.update(competitor.id, bad)).rejects.toThrow(
        ValidationError,
      );
    }
    const error = await ws.repos.competitors
      .create(makeCompetitorInput({ marketSharePct: '101' }))
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues.map((issue) => issue.path.join('.'))).toEqual([
      'marketSharePct',
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('competitor attachments', () => {
  it('stores the bytes by SHA-256 and the row; readBytes gives them back', async () => {
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    const bytes = new TextEncoder().encode('%PDF-1.7 Preisliste Elbtal');
    const before = (await ws.repos.outbox.list()).length;
    const attachment = await ws.repos.competitorAttachments.attach(competitor.id, {
      name: 'Preisliste 2026.pdf',
      mimeType: 'application/pdf',
      bytes,
    });
    const sha256 = await sha256Hex(bytes);
    expect(attachment).toMatchObject({
      competitorId: competitor.id,
      name: 'Preisliste 2026.pdf',
      mimeType: 'application/pdf',
      sha256,
      size: bytes.byteLength,
    });
    expect(await ws.repos.blobs.has(sha256)).toBe(true);
    expect((await ws.db.blobs.get(sha256))?.type).toBe('application/pdf');
    expect(await ws.repos.competitorAttachments.readBytes(attachment.id)).toEqual(bytes);
    expect(
      (await outboxAfter(before)).filter(({ field }) => field === 'sha256').map((e) => e.value),
    ).toEqual([sha256]);
    expect((await ws.repos.competitorAttachments.listFor(competitor.id)).map((a) => a.id)).toEqual([
      attachment.id,
    ]);
    await ws.repos.competitorAttachments.remove(attachment.id);
    expect(await ws.repos.competitorAttachments.listFor(competitor.id)).toEqual([]);
  });

  it('refuses an unknown or deleted competitor, an empty name and non-bytes, storing nothing', async () => {
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    const gone = await ws.repos.competitors.create(makeCompetitorInput({ name: 'Weg GmbH' }));
    await ws.repos.competitors.remove(gone.id);
    const before = await snapshot();
    const file = { name: 'a.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([1, 2]) };
    await expect(ws.repos.competitorAttachments.attach('nobody', file)).rejects.toThrow(
      RowNotFoundError,
    );
    await expect(ws.repos.competitorAttachments.attach(gone.id, file)).rejects.toThrow(
      RowNotFoundError,
    );
    await expect(
      ws.repos.competitorAttachments.attach(competitor.id, { ...file, name: '' }),
    ).rejects.toThrow(ValidationError);
    await expect(
      ws.repos.competitorAttachments.attach(competitor.id, {
        ...file,
        bytes: [1, 2] as unknown as Uint8Array,
      }),
    ).rejects.toThrow(ValidationError);
    expect(await snapshot()).toEqual(before);
    await expect(ws.repos.competitorAttachments.readBytes('nothing')).rejects.toThrow(
      RowNotFoundError,
    );
  });
});

describe('battlecards', () => {
  it('save creates the one battlecard of a competitor, then changes only what differs', async () => {
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    expect(await ws.repos.battlecards.forCompetitor(competitor.id)).toBeUndefined();
    const first = await ws.repos.battlecards.save(competitor.id, {
      differentiators: '- Eigenes RZ',
    });
    expect(first).toMatchObject({
      competitorId: competitor.id,
      objections: [],
      differentiators: '- Eigenes RZ',
      traps: '',
    });
    const before = (await ws.repos.outbox.list()).length;
    const objections = [{ objection: 'Zu teuer', answer: 'Festpreis über drei Jahre' }];
    const second = await ws.repos.battlecards.save(competitor.id, {
      objections,
      differentiators: '- Eigenes RZ',
    });
    expect(second.id).toBe(first.id);
    expect((await outboxAfter(before)).map(({ field }) => field)).toEqual([
      'objections',
      'updatedAt',
      'updatedBy',
    ]);
    expect(await ws.repos.battlecards.forCompetitor(competitor.id)).toEqual(second);
    expect(await ws.db.battlecards.count()).toBe(1);
  });

  it('refuses a second battlecard, an empty objection and an unknown competitor, writing nothing', async () => {
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    await ws.repos.battlecards.create(makeBattlecardInput(competitor.id));
    const before = await snapshot();
    await expect(
      ws.repos.battlecards.create(makeBattlecardInput(competitor.id)),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      issues: [{ message: 'validation.duplicate' }],
    });
    await expect(
      ws.repos.battlecards.save(competitor.id, { objections: [{ objection: '', answer: 'x' }] }),
    ).rejects.toThrow(ValidationError);
    await expect(ws.repos.battlecards.save('nobody', { traps: 'x' })).rejects.toThrow(
      RowNotFoundError,
    );
    await expect(ws.repos.battlecards.create(makeBattlecardInput('nobody'))).rejects.toThrow(
      RowNotFoundError,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a deleted battlecard is not the competitor’s; save then makes a new one', async () => {
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    const card = await ws.repos.battlecards.create(makeBattlecardInput(competitor.id));
    await ws.repos.battlecards.remove(card.id);
    expect(await ws.repos.battlecards.forCompetitor(competitor.id)).toBeUndefined();
    const fresh = await ws.repos.battlecards.save(competitor.id, { traps: 'Neu' });
    expect(fresh.id).not.toBe(card.id);
    await ws.repos.battlecards.restore(card.id);
    // Two live cards (as after two devices' offline edits): the older one is shown.
    expect((await ws.repos.battlecards.forCompetitor(competitor.id))?.id).toBe(card.id);
  });
});
