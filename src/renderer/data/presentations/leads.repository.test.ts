import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '#shared/hash';
import {
  makeCatalogItemInput,
  makeClientInput,
  makeCompanyProfile,
  makeContactInput,
  makeOfferSettings,
  makeRoleInput,
  makeUserProfile,
} from '../../../../test/factories/domain';
import { makeDeckInput, makeLeadForm } from '../../../../test/factories/presentations';
import type { LeadFormInput } from '../../../../test/factories/presentations';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace } from '#test/test-workspace';
import { RowNotFoundError, ValidationError } from '../core/errors';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const NOTICE = 'Datenschutzhinweis (Art. 13 DSGVO): Verantwortlich ist die Beispiel GmbH.';
const NEWSLETTER = 'Ja, ich möchte den Newsletter per E-Mail erhalten.';

/** Everything a capture, conversion or draft offer may write, and the outbox. */
const snapshot = async () => ({
  leads: await ws.db.leads.toArray(),
  consents: await ws.db.leadConsents.toArray(),
  clients: await ws.db.clients.toArray(),
  contacts: await ws.db.contacts.toArray(),
  opportunities: await ws.db.opportunities.toArray(),
  activities: await ws.db.activities.toArray(),
  offers: await ws.db.offers.toArray(),
  sections: await ws.db.offerSections.toArray(),
  lines: await ws.db.offerLines.toArray(),
  outbox: await ws.db.outbox.count(),
});

/** Runs `run`, expects it to reject without changing anything, and returns the error. */
async function refused(run: () => Promise<unknown>): Promise<unknown> {
  const before = await snapshot();
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeDefined();
  expect(await snapshot()).toEqual(before);
  return error;
}

/** The `path → message` of a ValidationError. */
const issuesOf = (error: unknown) => {
  expect(error).toBeInstanceOf(ValidationError);
  return Object.fromEntries(
    (error as ValidationError).issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
};

async function setUp() {
  await ws.repos.local.saveProfile(makeUserProfile());
  await ws.repos.settings.saveCompany(makeCompanyProfile());
  await ws.repos.offerSettings.save(makeOfferSettings());
  const role = await ws.repos.roles.create(makeRoleInput());
  const server = await ws.repos.catalog.create(makeCatalogItemInput());
  const backup = await ws.repos.catalog.create(
    makeCatalogItemInput({
      sku: 'SVC-BACKUP',
      name: 'Backup-Einrichtung',
      kind: 'service',
      unit: 'person-day',
      listPrice: '1200.00',
      purchasePrice: '',
      roleId: role.id,
    }),
  );
  const deck = await ws.repos.decks.createDeck(makeDeckInput());
  return { deck, server, backup, role };
}

const capture = (
  deckId: string,
  form: Partial<LeadFormInput> = {},
  extra: Partial<{ noticeShownAt: string | null; newsletterOptIn: boolean }> = {},
) =>
  ws.repos.leads.capture({
    deckId,
    form: makeLeadForm(form),
    noticeText: NOTICE,
    noticeShownAt: '2027-10-08T10:29:00.000Z',
    newsletterOptIn: false,
    newsletterText: NEWSLETTER,
    language: 'de',
    ...extra,
  });

describe('capture', () => {
  it('writes the lead and its consent evidence in one write', async () => {
    const { deck, server } = await setUp();
    const lead = await capture(
      deck.id,
      { interestItemIds: [server.id] },
      { newsletterOptIn: true },
    );
    expect(lead).toMatchObject({
      deckId: deck.id,
      fairName: 'it-sa 2027, Nürnberg',
      lastName: 'Weber',
      interestItemIds: [server.id],
      status: 'new',
      capturedAt: TEST_TIME,
      capturedBy: 'MM',
      capturedByName: TEST_AUTHOR,
      clientId: '',
    });
    const consent = (await ws.repos.leads.consentFor(lead.id))!;
    expect(consent).toMatchObject({
      leadId: lead.id,
      deckId: deck.id,
      language: 'de',
      noticeText: NOTICE,
      noticeSha256: await sha256Hex(NOTICE),
      noticeShownAt: '2027-10-08T10:29:00.000Z',
      capturedAt: TEST_TIME,
      staffName: TEST_AUTHOR,
      legalBasis: 'legitimate-interest',
      newsletterOptIn: true,
      newsletterText: NEWSLETTER,
      newsletterOptInAt: TEST_TIME,
    });
    // Lead and consent share one stamp: one write.
    const records = await ws.db.outbox.toArray();
    const leadRecord = records.find((record) => record.id === lead.id)!;
    const consentRecord = records.find((record) => record.id === consent.id)!;
    expect(leadRecord.hlc).toBe(consentRecord.hlc);
  });

  it('keeps no newsletter text when the box is not ticked', async () => {
    const { deck } = await setUp();
    const lead = await capture(deck.id);
    expect(await ws.repos.leads.consentFor(lead.id)).toMatchObject({
      newsletterOptIn: false,
      newsletterText: '',
      newsletterOptInAt: '',
    });
  });

  it('refuses a bad form with every field message and writes nothing', async () => {
    const { deck } = await setUp();
    const error = await refused(() =>
      capture(deck.id, { lastName: '', email: 'weber@' }, { newsletterOptIn: true }),
    );
    expect(issuesOf(error)).toMatchObject({
      lastName: 'validation.required',
      email: 'validation.email',
    });
    const unreachable = await refused(() =>
      capture(deck.id, { company: '', email: '', phone: '' }),
    );
    expect(issuesOf(unreachable)).toEqual({ email: 'leads.validation.reachable' });
    const noNotice = await refused(() =>
      capture(deck.id, {}, { noticeShownAt: null, newsletterOptIn: true }),
    );
    expect(issuesOf(noNotice)).toEqual({ notice: 'leads.validation.newsletterWithoutNotice' });
    const newsletterNoMail = await refused(() =>
      capture(deck.id, { email: '' }, { newsletterOptIn: true }),
    );
    expect(issuesOf(newsletterNoMail)).toEqual({
      newsletterOptIn: 'leads.validation.newsletterEmail',
    });
  });

  it('refuses a lead whose notice was not shown, an unknown interest or deck', async () => {
    const { deck } = await setUp();
    expect(issuesOf(await refused(() => capture(deck.id, {}, { noticeShownAt: null })))).toEqual({
      notice: 'leads.validation.noticeNotShown',
    });
    expect(issuesOf(await refused(() => capture(deck.id, { interestItemIds: ['nope'] })))).toEqual({
      interestItemIds: 'validation.choice',
    });
    expect(await refused(() => capture('nope'))).toBeInstanceOf(RowNotFoundError);
    await ws.repos.decks.remove(deck.id);
    expect(await refused(() => capture(deck.id))).toBeInstanceOf(RowNotFoundError);
  });
});

describe('review', () => {
  it('updates the form fields only, checked as on capture', async () => {
    const { deck } = await setUp();
    const lead = await capture(deck.id, {}, { newsletterOptIn: true });
    const updated = await ws.repos.leads.update(lead.id, {
      rating: 'hot',
      followUpDate: '2027-10-20',
      note: 'Rückruf Montag',
      status: 'converted',
      clientId: 'x',
    } as never);
    expect(updated).toMatchObject({
      rating: 'hot',
      followUpDate: '2027-10-20',
      note: 'Rückruf Montag',
      status: 'new',
      clientId: '',
    });
    // The newsletter was consented to: the e-mail cannot go.
    expect(issuesOf(await refused(() => ws.repos.leads.update(lead.id, { email: '' })))).toEqual({
      newsletterOptIn: 'leads.validation.newsletterEmail',
    });
    expect(
      issuesOf(await refused(() => ws.repos.leads.update(lead.id, { followUpDate: '2027-02-30' }))),
    ).toEqual({ followUpDate: 'validation.date' });
  });

  it('lists newest first by deck and status; discard moves a lead to the trash and back', async () => {
    const { deck } = await setUp();
    const other = await ws.repos.decks.createDeck({ title: 'Hausmesse' });
    const first = await capture(deck.id, { lastName: 'Erster' });
    const second = await capture(deck.id, { lastName: 'Zweiter' });
    const elsewhere = await capture(other.id, { lastName: 'Dritter' });
    expect((await ws.repos.leads.list()).map((lead) => lead.id)).toEqual([
      elsewhere.id,
      second.id,
      first.id,
    ]);
    expect((await ws.repos.leads.list({ deckId: deck.id })).map((lead) => lead.id)).toEqual([
      second.id,
      first.id,
    ]);
    await ws.repos.leads.discard(first.id);
    expect((await ws.repos.leads.get(first.id))?.status).toBe('discarded');
    expect((await ws.repos.leads.list({ deckId: deck.id })).map((lead) => lead.id)).toEqual([
      second.id,
    ]);
    expect((await ws.repos.leads.list({ status: 'discarded' })).map((lead) => lead.id)).toEqual([
      first.id,
    ]);
    const trash = await ws.repos.trash.list('presentations');
    expect(trash.entries.map((entry) => [entry.kind, entry.label, entry.parentLabel])).toEqual([
      ['lead', 'Jonas Erster · Spedition Weber GmbH', 'Portfolio it-sa 2027'],
    ]);
    await ws.repos.trash.restore('lead', first.id);
    expect((await ws.repos.leads.get(first.id))?.status).toBe('new');
    expect((await ws.repos.leads.list({ status: 'new' })).map((lead) => lead.id)).toContain(
      first.id,
    );
  });

  it('finds duplicates by e-mail and by company name', async () => {
    const { deck } = await setUp();
    const client = await ws.repos.clients.create(
      makeClientInput({ name: 'Spedition Weber', legalForm: 'GmbH' }),
    );
    const contact = await ws.repos.contacts.create(
      makeContactInput(client.id, { email: 'J.Weber@spedition-weber.example.de' }),
    );
    const lead = await capture(deck.id);
    const duplicates = await ws.repos.leads.duplicates(lead.id);
    expect(duplicates[0]).toMatchObject({
      kind: 'email',
      clientId: client.id,
      contactId: contact.id,
      score: 1,
    });
    const stranger = await capture(deck.id, {
      company: 'Ganz Andere AG',
      email: 'info@andere.example.de',
    });
    expect(await ws.repos.leads.duplicates(stranger.id)).toEqual([]);
  });
});

describe('conversion', () => {
  it('makes a client, a primary contact, an opportunity and the fair activity in one transaction', async () => {
    const { deck, server, backup } = await setUp();
    const lead = await capture(deck.id, { interestItemIds: [server.id, backup.id] });
    const result = await ws.repos.leads.convert(lead.id);
    const client = (await ws.repos.clients.get(result.clientId))!;
    expect(client).toMatchObject({ name: 'Spedition Weber GmbH', language: 'de', deleted: false });
    expect(await ws.repos.contacts.listByClient(client.id)).toMatchObject([
      {
        id: result.contactId,
        firstName: 'Jonas',
        lastName: 'Weber',
        email: 'j.weber@spedition-weber.example.de',
        primary: true,
      },
    ]);
    const [opportunity] = await ws.repos.opportunities.listByClient(client.id);
    expect(opportunity).toMatchObject({
      id: result.opportunityId,
      stage: 'lead',
      title: 'Messe-Lead: Server R450, Backup-Einrichtung, Backup',
      estimatedValue: '5490.00',
    });
    expect(opportunity!.position).not.toBe('');
    const [activity] = await ws.repos.activities.listByClient(client.id);
    expect(activity).toMatchObject({
      id: result.activityId,
      kind: 'fair',
      contactId: result.contactId,
      nextStep: 'Nachfassen',
      dueDate: '2027-10-12',
    });
    expect(activity!.summary).toContain('Messe: it-sa 2027, Nürnberg');
    expect((await ws.repos.activities.listOpenFollowUps()).map((row) => row.id)).toEqual([
      activity!.id,
    ]);
    expect(await ws.repos.leads.get(lead.id)).toMatchObject({
      status: 'converted',
      ...result,
      convertedAt: TEST_TIME,
    });
    // Every row went to the outbox (so it syncs).
    const outboxIds = new Set((await ws.db.outbox.toArray()).map((record) => record.id));
    for (const id of Object.values(result)) expect(outboxIds.has(id)).toBe(true);
  });

  it('converts into an existing (duplicate) client and contact without new ones', async () => {
    const { deck } = await setUp();
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Spedition Weber' }));
    const contact = await ws.repos.contacts.create(
      makeContactInput(client.id, { email: 'j.weber@spedition-weber.example.de', primary: true }),
    );
    const lead = await capture(deck.id);
    const [duplicate] = await ws.repos.leads.duplicates(lead.id);
    const result = await ws.repos.leads.convert(lead.id, {
      clientId: duplicate!.clientId,
      contactId: duplicate!.contactId,
    });
    expect(result).toMatchObject({ clientId: client.id, contactId: contact.id });
    expect(await ws.db.clients.count()).toBe(1);
    expect(await ws.db.contacts.count()).toBe(1);
    expect((await ws.repos.activities.listByClient(client.id))[0]!.contactId).toBe(contact.id);
  });

  it('converts into an existing client with a new, not primary contact', async () => {
    const { deck } = await setUp();
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Spedition Weber' }));
    const main = await ws.repos.contacts.create(makeContactInput(client.id, { primary: true }));
    const lead = await capture(deck.id);
    const result = await ws.repos.leads.convert(lead.id, { clientId: client.id });
    const contacts = await ws.repos.contacts.listByClient(client.id);
    expect(contacts.map((row) => [row.id, row.primary])).toEqual([
      [main.id, true],
      [result.contactId, false],
    ]);
  });

  it('refuses a second conversion and writes nothing', async () => {
    const { deck } = await setUp();
    const lead = await capture(deck.id);
    await ws.repos.leads.convert(lead.id);
    expect(issuesOf(await refused(() => ws.repos.leads.convert(lead.id)))).toEqual({
      status: 'leads.validation.alreadyConverted',
    });
  });

  it('writes nothing when a step fails: a contact of another client, a deleted client', async () => {
    const { deck } = await setUp();
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Spedition Weber' }));
    const other = await ws.repos.clients.create(makeClientInput({ name: 'Andere' }));
    const foreign = await ws.repos.contacts.create(makeContactInput(other.id));
    const lead = await capture(deck.id);
    // The activity's contact check fails after the opportunity was written: all rolled back.
    expect(
      issuesOf(
        await refused(() =>
          ws.repos.leads.convert(lead.id, { clientId: client.id, contactId: foreign.id }),
        ),
      ),
    ).toEqual({ contactId: 'the contact person belongs to another client' });
    await ws.repos.clients.remove(other.id);
    expect(
      issuesOf(await refused(() => ws.repos.leads.convert(lead.id, { clientId: other.id }))),
    ).toEqual({ clientId: 'validation.choice' });
    expect(
      issuesOf(await refused(() => ws.repos.leads.convert(lead.id, { contactId: foreign.id }))),
    ).toEqual({ contactId: 'validation.invalid' });
    expect((await ws.repos.leads.get(lead.id))?.status).toBe('new');
  });

  it('rolls back the client, contact and opportunity when a later write fails', async () => {
    const { deck } = await setUp();
    const lead = await capture(deck.id);
    // The activity's write fails after the client, contact and opportunity were written.
    const spy = vi
      .spyOn(ws.repos.activities, 'create')
      .mockRejectedValueOnce(new Error('Datenträger voll'));
    const error = await refused(() => ws.repos.leads.convert(lead.id));
    expect(spy).toHaveBeenCalledOnce();
    expect((error as Error).message).toBe('Datenträger voll');
    spy.mockRestore();
    // A deleted (discarded) lead is not converted.
    await ws.repos.leads.discard(lead.id);
    expect(await refused(() => ws.repos.leads.convert(lead.id))).toBeInstanceOf(RowNotFoundError);
    await ws.repos.leads.restore(lead.id);
    expect((await ws.repos.leads.convert(lead.id)).clientId).not.toBe('');
  });
});

describe('draft offer', () => {
  it('needs a converted lead', async () => {
    const { deck } = await setUp();
    const lead = await capture(deck.id);
    expect(issuesOf(await refused(() => ws.repos.leads.createDraftOffer(lead.id)))).toEqual({
      status: 'leads.validation.notConverted',
    });
  });

  it('drafts an offer with one line per interest item, as "new offer" does, and keeps its id', async () => {
    const { deck, server, backup, role } = await setUp();
    const gone = await ws.repos.catalog.create(makeCatalogItemInput({ sku: 'ALT', name: 'Alt' }));
    const lead = await capture(deck.id, { interestItemIds: [backup.id, server.id, gone.id] });
    const result = await ws.repos.leads.convert(lead.id);
    await ws.repos.catalog.remove(gone.id);
    const offerId = await ws.repos.leads.createDraftOffer(lead.id);
    const offer = (await ws.repos.offers.get(offerId))!;
    expect(offer).toMatchObject({
      clientId: result.clientId,
      contactId: result.contactId,
      opportunityId: result.opportunityId,
      status: 'draft',
      revision: 1,
      currency: 'EUR',
      language: 'de',
      title: (await ws.repos.opportunities.get(result.opportunityId))!.title,
    });
    expect(offer.number).not.toBe('');
    const lines = await ws.repos.offerLines.listByOffer(offerId);
    expect(lines.map((line) => [line.catalogItemId, line.name, line.unitPrice])).toEqual([
      [backup.id, 'Backup-Einrichtung', '1200.00'],
      [server.id, 'Server R450', '4290.00'],
    ]);
    expect(lines[0]!.roleId).toBe(role.id);
    expect(lines[0]!.unitCost).toBe('640.00');
    expect((await ws.repos.leads.get(lead.id))?.offerId).toBe(offerId);
    // A second click opens the same draft.
    expect(await ws.repos.leads.createDraftOffer(lead.id)).toBe(offerId);
    expect(await ws.db.offers.count()).toBe(1);
  });

  it('writes no offer when adding its lines fails', async () => {
    const { deck, server } = await setUp();
    const lead = await capture(deck.id, { interestItemIds: [server.id] });
    await ws.repos.leads.convert(lead.id);
    const spy = vi
      .spyOn(ws.repos.offerLines, 'addMany')
      .mockRejectedValueOnce(new Error('Datenträger voll'));
    await refused(() => ws.repos.leads.createDraftOffer(lead.id));
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
    expect((await ws.repos.leads.get(lead.id))?.offerId).toBe('');
    const offerId = await ws.repos.leads.createDraftOffer(lead.id);
    expect(await ws.repos.offerLines.listByOffer(offerId)).toHaveLength(1);
  });
});
