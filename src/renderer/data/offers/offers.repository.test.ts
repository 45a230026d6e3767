import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
  makeOfferSettings,
  makeUserProfile,
} from '../../../../test/factories/domain';
import type { Client, Offer } from '#shared/domain';
import { offerContentHash } from '#shared/offers/content-hash';
import { createClock } from '#shared/sync/hlc';
import { QuotientDb } from '../core/database';
import { OfferLockedError, RowNotFoundError, ValidationError } from '../core/errors';
import { createRepositories } from '../repositories';
import {
  TEST_AUTHOR,
  TEST_START,
  TEST_TIME,
  openTestWorkspace,
  stampN,
} from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let client: Client;
beforeEach(async () => {
  ws = openTestWorkspace();
  client = await ws.repos.clients.create(makeClientInput());
  await ws.repos.local.saveProfile(makeUserProfile({ initials: 'JB' }));
});

const create = (overrides = {}) => ws.repos.offers.create(makeOfferInput(client.id, overrides));
const meta = {
  createdAt: TEST_TIME,
  updatedAt: TEST_TIME,
  createdBy: TEST_AUTHOR,
  updatedBy: TEST_AUTHOR,
  deleted: false,
};

/** An offer with one section and two lines (the second an alternative to the first). */
async function offerWithLines(overrides = {}) {
  const offer = await create(overrides);
  const [section] = await ws.repos.offerSections.listByOffer(offer.id);
  const first = await ws.repos.offerLines.add(makeOfferLineInput(offer.id, section!.id));
  const alternative = await ws.repos.offerLines.add(
    makeOfferLineInput(offer.id, section!.id, {
      name: 'Server R650',
      kind: 'alternative',
      replacesOriginId: first.originId,
    }),
  );
  return { offer, section: section!, first, alternative };
}

const statuses = async (rootId: string) =>
  (await ws.repos.offers.listRevisions(rootId)).map((offer) => [offer.revision, offer.status]);

describe('offers: create and numbering', () => {
  it("switching the document language renames the sections Quotient titled, not the user's", async () => {
    const offer = await create();
    const first = (await ws.repos.offerSections.listByOffer(offer.id))[0]!;
    await ws.repos.offerSections.add({
      offerId: offer.id,
      title: 'Neuer Abschnitt',
      after: first.id,
    });
    const own = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Hardware' });
    await ws.repos.offers.update(offer.id, { language: 'en' });
    const titles = async () =>
      (await ws.repos.offerSections.listByOffer(offer.id)).map((section) => section.title);
    expect(await titles()).toEqual(['Items', 'New section', own.title]);
    await ws.repos.offers.update(offer.id, { language: 'de' });
    expect(await titles()).toEqual(['Positionen', 'Neuer Abschnitt', 'Hardware']);
  });

  it('creates a numbered draft, revision 1, with a first section in its language', async () => {
    const input = makeOfferInput(client.id);
    const offer = await ws.repos.offers.create(input);
    expect(offer).toEqual({
      id: offer.id,
      ...input,
      number: 'A-2026-JB-0001',
      revision: 1,
      rootId: offer.id,
      variantGroupId: '',
      variantName: '',
      status: 'draft',
      sentAt: '',
      contentHash: '',
      acceptedAt: '',
      ...meta,
    });
    const [section] = await ws.repos.offerSections.listByOffer(offer.id);
    expect(section).toEqual({
      id: section!.id,
      offerId: offer.id,
      title: 'Positionen',
      position: 'a0',
      ...meta,
    });
    const english = await create({ language: 'en' });
    expect(english.number).toBe('A-2026-JB-0002');
    expect((await ws.repos.offerSections.listByOffer(english.id)).map((s) => s.title)).toEqual([
      'Items',
    ]);
  });

  it('restarts the sequence per year and keeps the counter on the device only', async () => {
    await create();
    await create();
    const nextYear = await create({ date: '2027-01-04', validUntil: '2027-02-03' });
    expect(nextYear.number).toBe('A-2027-JB-0001');
    expect((await ws.db.local.toArray()).filter(({ key }) => key.startsWith('offerSeq:'))).toEqual([
      { key: 'offerSeq:A-2026-JB-', value: 2 },
      { key: 'offerSeq:A-2027-JB-', value: 1 },
    ]);
    const tables = new Set((await ws.repos.outbox.list()).map(({ table }) => table));
    expect(tables).toEqual(new Set(['clients', 'offers', 'offerSections']));
  });

  it('numbers by the saved scheme with the device code, and by the device before onboarding', async () => {
    await ws.repos.offerSettings.save(makeOfferSettings({ numberScheme: '{YY}-{device}-{seq:3}' }));
    expect((await create()).number).toBe('26-8F3A-001');
    await ws.repos.offerSettings.save(makeOfferSettings());
    await ws.db.local.delete('profile');
    expect((await create()).number).toBe('A-2026-8F3A-0001');
  });

  it('never reuses a number of its own key that synced back from another installation', async () => {
    const offer = await create();
    // As if this user's offer 0007 from a reinstalled laptop had arrived by sync.
    await ws.db.offers.put({
      ...(await ws.db.offers.get(offer.id))!,
      id: 'x',
      number: 'A-2026-JB-0007',
    });
    await ws.db.offers.put({
      ...(await ws.db.offers.get(offer.id))!,
      id: 'y',
      number: 'A-2026-MM-0042',
    });
    expect((await create()).number).toBe('A-2026-JB-0008');
  });

  it('gives two team members working offline distinct numbers', async () => {
    const otherDb = new QuotientDb('colleague');
    const other = createRepositories({
      db: otherDb,
      clock: createClock({ nodeId: 'c0ffee0000000001', now: () => TEST_START }),
      author: () => 'Maria Meier',
    });
    await other.local.saveProfile(makeUserProfile({ name: 'Maria Meier', initials: 'MM' }));
    const theirClient = await other.clients.create(makeClientInput());
    const numbers: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      numbers.push((await create()).number);
      numbers.push((await other.offers.create(makeOfferInput(theirClient.id))).number);
    }
    expect(numbers).toEqual([
      'A-2026-JB-0001',
      'A-2026-MM-0001',
      'A-2026-JB-0002',
      'A-2026-MM-0002',
      'A-2026-JB-0003',
      'A-2026-MM-0003',
    ]);
    otherDb.close();
  });

  it('rejects bad input or an unknown client and writes nothing', async () => {
    const before = await ws.repos.outbox.count();
    const error = await create({ validUntil: '2026-11-01', currency: 'CHF' }).catch(
      (caught: unknown) => caught,
    );
    expect((error as ValidationError).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['exchangeRate'], 'validation.exchangeRateMissing'],
      [['validUntil'], 'validation.validUntil'],
    ]);
    await expect(ws.repos.offers.create(makeOfferInput('no-client'))).rejects.toThrow(
      RowNotFoundError,
    );
    expect(await ws.repos.outbox.count()).toBe(before);
    expect(await ws.db.local.get('offerSeq:A-2026-JB-')).toBeUndefined();
  });
});

describe('offers: editing and status', () => {
  it('edits a draft; once sent only the customer view may change', async () => {
    const offer = await create();
    const edited = await ws.repos.offers.update(offer.id, { title: 'Neuer Titel' });
    expect(edited).toEqual({ ...offer, title: 'Neuer Titel' });
    await ws.repos.offers.markSent(offer.id);
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.offers.update(offer.id, { title: 'Zu spät' })).rejects.toThrow(
      OfferLockedError,
    );
    await expect(
      ws.repos.offers.update(offer.id, { customerView: true, discountPct: '5' }),
    ).rejects.toThrow(OfferLockedError);
    expect(await ws.repos.outbox.count()).toBe(before);
    const shown = await ws.repos.offers.update(offer.id, { customerView: true });
    expect([shown.customerView, shown.status, shown.title]).toEqual([true, 'sent', 'Neuer Titel']);
  });

  it('marks a draft as sent, recording exactly those changes, and supersedes the earlier sent revision', async () => {
    const { offer, section, first, alternative } = await offerWithLines();
    const HASH = await offerContentHash({
      offer,
      sections: [section],
      lines: [first, alternative],
    });
    const before = (await ws.repos.outbox.list()).length;
    // A hash passed by an older caller is ignored: markSent hashes what it freezes.
    const sent = await ws.repos.offers.markSent(offer.id, { contentHash: 'f'.repeat(64) });
    expect(sent).toEqual({ ...offer, status: 'sent', sentAt: TEST_TIME, contentHash: HASH });
    const hlc = stampN(4);
    const changes = (await ws.repos.outbox.list()).slice(before);
    // The same write logs the step on the client (offer-pipeline.test.ts covers it).
    expect(new Set(changes.map((change) => change.table))).toEqual(
      new Set(['offers', 'activities']),
    );
    expect(
      changes
        .filter((change) => change.table === 'offers')
        .map(({ seq: _seq, ...change }) => change),
    ).toEqual(
      [
        ['status', 'sent'],
        ['sentAt', TEST_TIME],
        ['contentHash', HASH],
        ['updatedAt', TEST_TIME],
        ['updatedBy', TEST_AUTHOR],
      ].map(([field, value]) => ({ table: 'offers', id: offer.id, field, value, hlc })),
    );
    const second = await ws.repos.offers.revise(offer.id);
    await ws.repos.offers.markSent(second.id);
    expect(await statuses(offer.id)).toEqual([
      [1, 'superseded'],
      [2, 'sent'],
    ]);
    await expect(ws.repos.offers.markSent(offer.id)).rejects.toThrow(OfferLockedError);
  });

  it('revises a sent offer: a draft n+1 with copied sections and lines, new ids, same originIds', async () => {
    const { offer, section, first, alternative } = await offerWithLines({ customerView: true });
    await ws.repos.offerSections.add({ offerId: offer.id, title: 'Dienstleistung' });
    const sent = await ws.repos.offers.markSent(offer.id);
    const revision = await ws.repos.offers.revise(offer.id);
    expect(revision).toEqual({
      ...sent,
      id: revision.id,
      revision: 2,
      status: 'draft',
      sentAt: '',
      contentHash: '',
    });
    const sections = await ws.repos.offerSections.listByOffer(revision.id);
    expect(sections.map(({ title, position }) => [title, position])).toEqual([
      ['Positionen', 'a0'],
      ['Dienstleistung', 'a1'],
    ]);
    expect(sections.map((s) => s.id)).not.toContain(section.id);
    const lines = await ws.repos.offerLines.listByOffer(revision.id);
    expect(lines).toEqual(
      [first, alternative].map((line) => ({
        ...line,
        id: expect.not.stringMatching(line.id),
        offerId: revision.id,
        sectionId: sections[0]!.id,
      })),
    );
    // Editing again returns the open draft instead of making revision 3.
    expect((await ws.repos.offers.revise(offer.id)).id).toBe(revision.id);
    await expect(ws.repos.offers.revise(revision.id)).rejects.toThrow(OfferLockedError);
  });

  it('accepts a sent offer and makes it read-only except the customer view', async () => {
    const { offer, section, first } = await offerWithLines();
    await ws.repos.offers.markSent(offer.id);
    const accepted = await ws.repos.offers.accept(offer.id);
    expect([accepted.status, accepted.acceptedAt]).toEqual(['accepted', TEST_TIME]);
    const before = await ws.repos.outbox.count();
    const refused = [
      () => ws.repos.offers.update(offer.id, { title: 'x' }),
      () => ws.repos.offers.markSent(offer.id),
      () => ws.repos.offers.revise(offer.id),
      () => ws.repos.offers.reject(offer.id),
      () => ws.repos.offers.remove(offer.id),
      () => ws.repos.offerSections.add({ offerId: offer.id, title: 'Neu' }),
      () => ws.repos.offerSections.rename(section.id, 'Neu'),
      () => ws.repos.offerSections.remove(section.id),
      () => ws.repos.offerLines.add(makeOfferLineInput(offer.id, section.id)),
      () => ws.repos.offerLines.update(first.id, { quantity: '3' }),
      () => ws.repos.offerLines.move(first.id, { sectionId: section.id }),
      () => ws.repos.offerLines.duplicate(first.id),
      () => ws.repos.offerLines.remove(first.id),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toThrow(OfferLockedError);
    expect(await ws.repos.outbox.count()).toBe(before);
    expect((await ws.repos.offers.update(offer.id, { customerView: true })).customerView).toBe(
      true,
    );
  });

  it('accepting supersedes other sent revisions; reject only from sent', async () => {
    const offer = await create();
    await ws.repos.offers.markSent(offer.id);
    const second = await ws.repos.offers.revise(offer.id);
    // Force an older sent revision beside the newer one (as two devices could produce).
    await ws.repos.offers.markSent(second.id);
    await ws.db.offers.update(offer.id, { status: 'sent' });
    await ws.repos.offers.accept(second.id);
    expect(await statuses(offer.id)).toEqual([
      [1, 'superseded'],
      [2, 'accepted'],
    ]);
    const other = await create();
    await expect(ws.repos.offers.reject(other.id)).rejects.toThrow(OfferLockedError);
    await ws.repos.offers.markSent(other.id);
    expect((await ws.repos.offers.reject(other.id)).status).toBe('rejected');
    const revised = await ws.repos.offers.revise(other.id);
    expect(await statuses(other.id)).toEqual([
      [1, 'rejected'],
      [2, 'draft'],
    ]);
    expect(revised.number).toBe(other.number);
  });
});

describe('offers: duplicates and variants', () => {
  it('duplicates into a new draft dated today with new ids and originIds', async () => {
    await ws.repos.offerSettings.save(makeOfferSettings({ defaultValidityDays: 45 }));
    const { offer, first, alternative } = await offerWithLines({
      date: '2026-10-01',
      validUntil: '2026-10-31',
    });
    await ws.repos.offers.markSent(offer.id);
    const copy = await ws.repos.offers.duplicate(offer.id);
    expect(copy).toEqual({
      ...offer,
      id: copy.id,
      rootId: copy.id,
      number: 'A-2026-JB-0002',
      date: '2026-11-28',
      validUntil: '2027-01-12',
    });
    const [section] = await ws.repos.offerSections.listByOffer(copy.id);
    const lines = await ws.repos.offerLines.listByOffer(copy.id);
    const [copyFirst, copyAlternative] = lines;
    expect(lines).toEqual([
      {
        ...first,
        id: copyFirst!.id,
        originId: copyFirst!.id,
        offerId: copy.id,
        sectionId: section!.id,
      },
      {
        ...alternative,
        id: copyAlternative!.id,
        originId: copyAlternative!.id,
        offerId: copy.id,
        sectionId: section!.id,
        replacesOriginId: copyFirst!.id,
      },
    ]);
    expect([copyFirst!.id, copyAlternative!.id]).not.toContain(first.id);
    expect((await ws.repos.offers.get(offer.id))?.status).toBe('sent');
  });

  it('makes variants: one group, the source named Basis even when sent', async () => {
    const offer = await create();
    await ws.repos.offers.markSent(offer.id);
    const premium = await ws.repos.offers.duplicate(offer.id, { variantName: 'Premium' });
    const source = (await ws.repos.offers.get(offer.id)) as Offer;
    expect([source.variantGroupId, source.variantName, source.status]).toEqual([
      offer.id,
      'Basis',
      'sent',
    ]);
    expect([premium.variantGroupId, premium.variantName, premium.revision]).toEqual([
      offer.id,
      'Premium',
      1,
    ]);
    const standard = await ws.repos.offers.duplicate(premium.id, { variantName: 'Standard' });
    expect([standard.variantGroupId, (await ws.repos.offers.get(premium.id))?.variantName]).toEqual(
      [offer.id, 'Premium'],
    );
    // A revision of a variant replaces it in the comparison.
    const revised = await ws.repos.offers.revise(offer.id);
    expect(
      (await ws.repos.offers.listVariants(offer.id)).map((o) => [o.id, o.variantName]),
    ).toEqual([
      [revised.id, 'Basis'],
      [premium.id, 'Premium'],
      [standard.id, 'Standard'],
    ]);
    expect(await ws.repos.offers.listVariants('')).toEqual([]);
    await expect(ws.repos.offers.duplicate(offer.id, { variantName: '  ' })).rejects.toThrow(
      ValidationError,
    );
  });
});

describe('offers: lists', () => {
  it('lists live offers newest first, per client, and hides removed ones until restored', async () => {
    const otherClient = await ws.repos.clients.create(makeClientInput({ name: 'Andere' }));
    const older = await create({ date: '2026-11-01' });
    const newer = await create();
    const foreign = await ws.repos.offers.create(makeOfferInput(otherClient.id));
    const ids = (offers: Offer[]) => offers.map((offer) => offer.id);
    expect(ids(await ws.repos.offers.list())).toEqual([foreign.id, newer.id, older.id]);
    expect(ids(await ws.repos.offers.listByClient(client.id))).toEqual([newer.id, older.id]);
    await ws.repos.offers.remove(newer.id);
    expect(ids(await ws.repos.offers.listByClient(client.id))).toEqual([older.id]);
    expect((await ws.repos.offers.get(newer.id))?.deleted).toBe(true);
    expect(await ws.repos.offerSections.listByOffer(newer.id)).toHaveLength(1);
    await ws.repos.offers.restore(newer.id);
    expect(ids(await ws.repos.offers.listByClient(client.id))).toEqual([newer.id, older.id]);
  });
});
