import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
} from '../../../../test/factories/domain';
import type { Offer, OfferSection } from '#shared/domain';
import { OfferLockedError, RowNotFoundError, ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let offer: Offer;
let section: OfferSection;
beforeEach(async () => {
  ws = openTestWorkspace();
  const client = await ws.repos.clients.create(makeClientInput());
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
  [section] = (await ws.repos.offerSections.listByOffer(offer.id)) as [OfferSection];
});

const addLine = (name: string, extra: { after?: string; sectionId?: string } = {}) =>
  ws.repos.offerLines.add({
    ...makeOfferLineInput(offer.id, extra.sectionId ?? section.id, { name }),
    ...(extra.after ? { after: extra.after } : {}),
  });

/** Line names per section title, in display order. */
async function layout(): Promise<Record<string, string[]>> {
  const sections = await ws.repos.offerSections.listByOffer(offer.id);
  const lines = await ws.repos.offerLines.listByOffer(offer.id);
  return Object.fromEntries(
    sections.map((s) => [s.title, lines.filter((l) => l.sectionId === s.id).map((l) => l.name)]),
  );
}

describe('offer lines', () => {
  it('adds a line at the end of its section with originId = its id, recording its fields', async () => {
    const input = makeOfferLineInput(offer.id, section.id);
    const before = (await ws.repos.outbox.list()).length;
    const line = await ws.repos.offerLines.add(input);
    const stored = {
      ...input,
      id: line.id,
      position: 'a0',
      originId: line.id,
      createdAt: TEST_TIME,
      updatedAt: TEST_TIME,
      createdBy: TEST_AUTHOR,
      updatedBy: TEST_AUTHOR,
      deleted: false,
    };
    expect(line).toEqual(stored);
    const fields = Object.entries(stored).filter(([field]) => field !== 'id');
    const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);
    expect(
      (await ws.repos.outbox.list())
        .slice(before)
        .map(({ seq: _seq, ...change }) => change)
        .sort(byField),
    ).toEqual(
      fields
        .map(([field, value]) => ({
          table: 'offerLines',
          id: line.id,
          field,
          value,
          hlc: stampN(2),
        }))
        .sort(byField),
    );
  });

  it('inserts after a line, duplicates right after the original, and moves lines', async () => {
    const a = await addLine('A');
    const c = await addLine('C');
    const b = await addLine('B', { after: a.id });
    expect(await layout()).toEqual({ Positionen: ['A', 'B', 'C'] });
    const copy = await ws.repos.offerLines.duplicate(a.id);
    expect(copy).toEqual({ ...a, id: copy.id, originId: copy.id, position: copy.position });
    expect(await layout()).toEqual({ Positionen: ['A', 'A', 'B', 'C'] });
    await ws.repos.offerLines.remove(copy.id);
    await ws.repos.offerLines.move(c.id, { sectionId: section.id, before: a.id });
    expect(await layout()).toEqual({ Positionen: ['C', 'A', 'B'] });
    await ws.repos.offerLines.move(c.id, { sectionId: section.id, after: a.id, before: b.id });
    expect(await layout()).toEqual({ Positionen: ['A', 'C', 'B'] });
    const services = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Services' });
    await ws.repos.offerLines.move(a.id, { sectionId: services.id });
    expect(await layout()).toEqual({ Positionen: ['C', 'B'], Services: ['A'] });
    await ws.repos.offerLines.move(b.id, { sectionId: services.id, before: a.id });
    expect(await layout()).toEqual({ Positionen: ['C'], Services: ['B', 'A'] });
  });

  it('refuses neighbours from another section, unknown sections and bad moves, changing nothing', async () => {
    const a = await addLine('A');
    const b = await addLine('B');
    const other = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Andere' });
    const x = await addLine('X', { sectionId: other.id });
    const before = await ws.repos.outbox.count();
    await expect(
      ws.repos.offerLines.move(a.id, { sectionId: section.id, after: x.id }),
    ).rejects.toThrow(RangeError);
    await expect(
      ws.repos.offerLines.move(x.id, { sectionId: section.id, after: b.id, before: a.id }),
    ).rejects.toThrow(RangeError);
    await expect(ws.repos.offerLines.move(a.id, { sectionId: 'nope' })).rejects.toThrow(
      RowNotFoundError,
    );
    await expect(addLine('Y', { after: x.id })).rejects.toThrow(RangeError);
    expect(await ws.repos.outbox.count()).toBe(before);
  });

  it('spreads two lines that concurrent inserts gave the same position', async () => {
    const a = await addLine('A');
    const b = await addLine('B');
    const c = await addLine('C');
    await ws.db.offerLines.update(c.id, { position: b.position });
    const [lower, upper] = [b, c].sort((x, y) => (x.id < y.id ? -1 : 1));
    await ws.repos.offerLines.move(a.id, {
      sectionId: section.id,
      after: lower!.id,
      before: upper!.id,
    });
    expect(await layout()).toEqual({ Positionen: [lower!.name, 'A', upper!.name] });
  });

  it('adds many lines in one write, appended in input order', async () => {
    await addLine('Vorhanden');
    const before = await ws.repos.outbox.count();
    const created = await ws.repos.offerLines.addMany(
      ['Server', 'Switch', 'Montage'].map((name) =>
        makeOfferLineInput(offer.id, section.id, { name }),
      ),
    );
    expect(created.map((line) => line.position)).toEqual(['a1', 'a2', 'a3']);
    expect(await layout()).toEqual({ Positionen: ['Vorhanden', 'Server', 'Switch', 'Montage'] });
    expect(new Set((await ws.repos.outbox.list()).slice(-3 * 10).map(({ hlc }) => hlc)).size).toBe(
      1,
    );
    expect(await ws.repos.outbox.count()).toBe(before + 3);
    const error = await ws.repos.offerLines
      .addMany([
        makeOfferLineInput(offer.id, section.id),
        makeOfferLineInput(offer.id, section.id, { quantity: 'zwei', discountPct: '120' }),
      ])
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[1, 'quantity'], 'validation.decimal'],
      [[1, 'discountPct'], 'validation.percent'],
    ]);
    expect(await ws.repos.outbox.count()).toBe(before + 3);
  });

  it('updates one line with only its changed fields and keeps offer, section and originId', async () => {
    const line = await addLine('A');
    const updated = await ws.repos.offerLines.update(line.id, {
      quantity: '3',
      discountPct: '10',
      ...({ originId: 'hijack', offerId: 'other' } as object),
    });
    expect(updated).toEqual({ ...line, quantity: '3', discountPct: '10' });
    await expect(ws.repos.offerLines.update(line.id, { quantity: 'abc' })).rejects.toThrow(
      ValidationError,
    );
    await ws.repos.offerLines.remove(line.id);
    expect(await ws.repos.offerLines.listByOffer(offer.id)).toEqual([]);
    await ws.repos.offerLines.restore(line.id);
    expect(await ws.repos.offerLines.listByOffer(offer.id)).toEqual([updated]);
  });

  it('stores an alternative before its target is chosen; the check before sending reports it', async () => {
    const line = await addLine('A');
    const alternative = await ws.repos.offerLines.update(line.id, { kind: 'alternative' });
    expect(alternative).toEqual({ ...line, kind: 'alternative', replacesOriginId: '' });
  });

  it('refuses every line and section write once the offer is sent', async () => {
    const line = await addLine('A');
    await ws.repos.offers.markSent(offer.id);
    await expect(addLine('B')).rejects.toThrow(OfferLockedError);
    await expect(ws.repos.offerLines.update(line.id, { quantity: '5' })).rejects.toThrow(
      OfferLockedError,
    );
    await expect(ws.repos.offerSections.move(section.id, {})).rejects.toThrow(OfferLockedError);
    expect((await ws.repos.offerLines.get(line.id))?.quantity).toBe('2');
  });
});

describe('offer sections', () => {
  it('adds, renames and moves sections', async () => {
    const b = await ws.repos.offerSections.add({ offerId: offer.id, title: 'B' });
    const between = await ws.repos.offerSections.add({
      offerId: offer.id,
      title: 'Zwischen',
      after: section.id,
    });
    expect(Object.keys(await layout())).toEqual(['Positionen', 'Zwischen', 'B']);
    await ws.repos.offerSections.rename(between.id, 'Dienstleistung');
    await ws.repos.offerSections.move(section.id, {});
    expect(Object.keys(await layout())).toEqual(['Dienstleistung', 'B', 'Positionen']);
    await ws.repos.offerSections.move(section.id, { before: between.id });
    expect(Object.keys(await layout())).toEqual(['Positionen', 'Dienstleistung', 'B']);
    await expect(ws.repos.offerSections.rename(b.id, ' ')).rejects.toThrow(ValidationError);
  });

  it('adds a package section and switches pricing both ways, both queued for sync', async () => {
    const plain = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Lose' });
    const bundle = await ws.repos.offerSections.add({
      offerId: offer.id,
      title: 'Paket',
      package: true,
    });
    expect([plain.package, bundle.package]).toEqual([undefined, true]);
    await ws.repos.offerSections.setPackage(plain.id, true);
    // Asking for what is already set writes nothing.
    await ws.repos.offerSections.setPackage(plain.id, true);
    await ws.repos.offerSections.setPackage(bundle.id, false);
    // Creation, then the two switches; the repeated request queued nothing.
    const changes = (await ws.repos.outbox.list())
      .filter((change) => change.field === 'package')
      .map(({ id, value }) => ({ id, value }));
    expect(changes).toEqual([
      { id: bundle.id, value: true },
      { id: plain.id, value: true },
      { id: bundle.id, value: false },
    ]);
    const stored = await ws.repos.offerSections.listByOffer(offer.id);
    expect(stored.map((s) => [s.title, s.package ?? false])).toEqual([
      ['Positionen', false],
      ['Lose', true],
      ['Paket', false],
    ]);
    await expect(
      ws.repos.offerSections.setPackage(plain.id, 'ja' as unknown as boolean),
    ).rejects.toThrow(ValidationError);
  });

  it('a new revision keeps a package section priced as a package', async () => {
    await ws.repos.offerSections.setPackage(section.id, true);
    await ws.repos.offers.markSent(offer.id);
    const revision = await ws.repos.offers.revise(offer.id);
    const copied = await ws.repos.offerSections.listByOffer(revision.id);
    expect(copied.map((s) => [s.title, s.package])).toEqual([['Positionen', true]]);
  });

  it('refuses to switch the pricing of a section of a sent offer', async () => {
    await ws.repos.offers.markSent(offer.id);
    await expect(ws.repos.offerSections.setPackage(section.id, true)).rejects.toThrow(
      OfferLockedError,
    );
    expect((await ws.repos.offerSections.get(section.id))?.package).toBeUndefined();
  });

  it('removes a section with its lines and restores exactly those lines', async () => {
    const gone = await addLine('Früher gelöscht');
    await addLine('A');
    await addLine('B');
    await ws.repos.offerLines.remove(gone.id);
    const other = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Andere' });
    await addLine('X', { sectionId: other.id });
    await ws.repos.offerSections.remove(section.id);
    expect(await layout()).toEqual({ Andere: ['X'] });
    await ws.repos.offerSections.restore(section.id);
    expect(await layout()).toEqual({ Positionen: ['A', 'B'], Andere: ['X'] });
    expect((await ws.repos.offerLines.get(gone.id))?.deleted).toBe(true);
  });
});
