import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeActivityInput,
  makeBundleInput,
  makeCatalogItemInput,
  makeClientInput,
  makeContactInput,
  makeOfferInput,
  makeOfferLineInput,
  makeOpportunityInput,
  makeRoleInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import {
  makeAnalysisInput,
  makeBattlecardInput,
  makeCompetitorInput,
  makePriceObservationInput,
} from '../../../../test/factories/analyses';
import { makeContractClauseInput } from '../../../../test/factories/contracts';
import { makeDeckInput, makeLeadForm } from '../../../../test/factories/presentations';
import type { OfferSection } from '#shared/domain';
import { createClock } from '#shared/sync/hlc';
import { QuotientDb } from './database';
import { createRepositories } from '../repositories';
import { openTestWorkspace, TEST_AUTHOR, TEST_NODE, TEST_TIME } from '#test/test-workspace';
import { TrashBlockedError } from './trash.repository';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const labels = async (area: Parameters<typeof ws.repos.trash.list>[0]) =>
  (await ws.repos.trash.list(area)).entries.map((entry) => `${entry.kind}:${entry.label}`);

describe('trash: listing deleted records per area', () => {
  it('lists what was deleted, newest deletion first, with when, by whom and where it belonged', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Rheinwerk' }));
    const contact = await ws.repos.contacts.create(
      makeContactInput(client.id, { firstName: 'Svenja', lastName: 'Kowalski' }),
    );
    const activity = await ws.repos.activities.create(
      makeActivityInput(client.id, { summary: 'Workshop vor Ort\nzweite Zeile' }),
    );
    const opportunity = await ws.repos.opportunities.create(
      makeOpportunityInput(client.id, { title: 'Cloud-Lager' }),
    );
    await ws.repos.clients.create(makeClientInput({ name: 'Bleibt' }));

    await ws.repos.contacts.remove(contact.id);
    ws.setAuthor('Jana Becker');
    await ws.repos.activities.remove(activity.id);
    await ws.repos.opportunities.remove(opportunity.id);

    expect(await ws.repos.trash.list('clients')).toEqual({
      total: 3,
      entries: [
        {
          kind: 'opportunity',
          id: opportunity.id,
          label: 'Cloud-Lager',
          parentLabel: 'Rheinwerk',
          deletedAt: TEST_TIME,
          deletedBy: 'Jana Becker',
        },
        {
          kind: 'activity',
          id: activity.id,
          label: '2026-11-27 · Workshop vor Ort',
          parentLabel: 'Rheinwerk',
          deletedAt: TEST_TIME,
          deletedBy: 'Jana Becker',
        },
        {
          kind: 'contact',
          id: contact.id,
          label: 'Svenja Kowalski',
          parentLabel: 'Rheinwerk',
          deletedAt: TEST_TIME,
          deletedBy: TEST_AUTHOR,
        },
      ],
    });
    expect(await labels('catalog')).toEqual([]);
  });

  it('keeps each area to its own tables', async () => {
    const item = await ws.repos.catalog.create(
      makeCatalogItemInput({ sku: 'SRV-1', name: 'R450' }),
    );
    const bundle = await ws.repos.bundles.create(makeBundleInput([item.id], { name: 'Paket' }));
    const role = await ws.repos.roles.create(makeRoleInput({ name: 'Architekt' }));
    const block = await ws.repos.textBlocks.create(makeTextBlockInput({ title: 'AGB' }));
    await ws.repos.catalog.remove(item.id);
    await ws.repos.roles.remove(role.id);
    await ws.repos.bundles.remove(bundle.id);
    await ws.repos.textBlocks.remove(block.id);

    expect(await labels('catalog')).toEqual([
      'bundle:Paket',
      'role:Architekt',
      'catalogItem:SRV-1 · R450',
    ]);
    expect(await labels('texts')).toEqual(['textBlock:AGB']);
    expect(await labels('clients')).toEqual([]);
    expect(await labels('offers')).toEqual([]);
  });

  it('shows at most `limit` entries and counts them all', async () => {
    const clients = await ws.repos.clients.bulkCreate(
      ['A', 'B', 'C'].map((name) => makeClientInput({ name })),
    );
    for (const client of clients) await ws.repos.clients.remove(client.id);
    const list = await ws.repos.trash.list('clients', { limit: 2 });
    expect({ total: list.total, labels: list.entries.map((entry) => entry.label) }).toEqual({
      total: 3,
      labels: ['C', 'B'],
    });
  });

  it('survives a malformed row: a name that is not a string becomes an empty label', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    await ws.repos.clients.remove(client.id);
    await ws.db.clients.update(client.id, { name: { evil: true } as unknown as string });
    expect(await labels('clients')).toEqual(['client:']);
  });

  it('reads deletions made before a restart (a new repository on the same database)', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Vor dem Neustart' }));
    await ws.repos.clients.remove(client.id);
    ws.db.close();
    const db = new QuotientDb('quotient-test');
    const clock = createClock({ nodeId: TEST_NODE, now: () => Date.parse(TEST_TIME) + 60_000 });
    const repos = createRepositories({ db, clock, author: () => TEST_AUTHOR });
    expect((await repos.trash.list('clients')).entries.map((entry) => entry.label)).toEqual([
      'Vor dem Neustart',
    ]);
    await repos.trash.restore('client', client.id);
    expect((await repos.clients.list()).map((row) => row.name)).toEqual(['Vor dem Neustart']);
    db.close();
  });
});

describe('trash: restoring', () => {
  it('restores through the repository: a synced write that leaves the trash, and remove undoes it', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Rheinwerk' }));
    await ws.repos.clients.remove(client.id);
    const before = await ws.repos.outbox.count();

    await ws.repos.trash.restore('client', client.id);
    expect((await ws.repos.clients.list()).map((row) => row.name)).toEqual(['Rheinwerk']);
    expect(await labels('clients')).toEqual([]);
    expect(await ws.repos.outbox.count()).toBeGreaterThan(before);
    const changes = await ws.repos.outbox.list();
    expect(changes.at(-1)).toMatchObject({ table: 'clients', id: client.id });

    await ws.repos.trash.remove('client', client.id);
    expect(await labels('clients')).toEqual(['client:Rheinwerk']);
  });

  it('refuses to restore a contact of a deleted client, says which, and writes nothing', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Rheinwerk' }));
    const contact = await ws.repos.contacts.create(makeContactInput(client.id));
    await ws.repos.contacts.remove(contact.id);
    await ws.repos.clients.remove(client.id);

    const [, contactEntry] = (await ws.repos.trash.list('clients')).entries;
    expect(contactEntry?.blocked).toEqual({
      reason: 'parentDeleted',
      parentKind: 'client',
      parentId: client.id,
      parentLabel: 'Rheinwerk',
    });
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.trash.restore('contact', contact.id)).rejects.toThrow(TrashBlockedError);
    expect(await ws.repos.outbox.count()).toBe(before);
    expect((await ws.repos.contacts.get(contact.id))?.deleted).toBe(true);

    // Once the client is back, so can the contact be.
    await ws.repos.trash.restore('client', client.id);
    await ws.repos.trash.restore('contact', contact.id);
    expect((await ws.repos.contacts.listByClient(client.id)).map((row) => row.id)).toEqual([
      contact.id,
    ]);
  });

  it('offer lines: blocked while their offer is deleted or sent; lines deleted with their section come back with it', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const offer = await ws.repos.offers.create(makeOfferInput(client.id, { title: 'Lager' }));
    const [section] = (await ws.repos.offerSections.listByOffer(offer.id)) as [OfferSection];
    const extra = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Dienste' });
    const line = await ws.repos.offerLines.add(makeOfferLineInput(offer.id, section.id));
    await ws.repos.offerLines.add(makeOfferLineInput(offer.id, extra.id, { name: 'Workshop' }));
    await ws.repos.offerLines.remove(line.id);
    await ws.repos.offerSections.remove(extra.id);

    // The workshop line went with its section: one entry for both.
    const listed = (await ws.repos.trash.list('offers')).entries;
    expect(listed.map((entry) => `${entry.kind}:${entry.label}`)).toEqual([
      'offerSection:Dienste',
      'offerLine:Server R450',
    ]);
    expect(listed[1]?.parentLabel).toMatch(/Lager · /);

    await ws.repos.offers.remove(offer.id);
    const whileDeleted = (await ws.repos.trash.list('offers')).entries;
    expect(whileDeleted.find((entry) => entry.kind === 'offerLine')?.blocked).toMatchObject({
      reason: 'parentDeleted',
      parentKind: 'offer',
      parentId: offer.id,
    });
    await expect(ws.repos.trash.restore('offerLine', line.id)).rejects.toThrow(TrashBlockedError);

    await ws.repos.trash.restore('offer', offer.id);
    await ws.repos.offers.markSent(offer.id);
    const whileSent = (await ws.repos.trash.list('offers')).entries;
    expect(whileSent.find((entry) => entry.kind === 'offerLine')?.blocked).toMatchObject({
      reason: 'offerLocked',
      status: 'sent',
    });
    await expect(ws.repos.trash.restore('offerLine', line.id)).rejects.toThrow(TrashBlockedError);
  });

  it('restoring a section brings back the lines deleted with it', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const offer = await ws.repos.offers.create(makeOfferInput(client.id));
    const extra = await ws.repos.offerSections.add({ offerId: offer.id, title: 'Dienste' });
    await ws.repos.offerLines.add(makeOfferLineInput(offer.id, extra.id, { name: 'Workshop' }));
    await ws.repos.offerSections.remove(extra.id);

    await ws.repos.trash.restore('offerSection', extra.id);
    expect((await ws.repos.offerLines.listByOffer(offer.id)).map((row) => row.name)).toEqual([
      'Workshop',
    ]);
    expect(await labels('offers')).toEqual([]);
  });

  it('restoring a record that is not deleted changes nothing; an unknown id is an error', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const before = await ws.repos.outbox.count();
    await ws.repos.trash.restore('client', client.id);
    expect(await ws.repos.outbox.count()).toBe(before);
    await expect(ws.repos.trash.restore('client', 'no-such-id')).rejects.toThrow(/no-such-id/);
  });
});

describe('trash: competitors and analyses', () => {
  it('lists deleted competitors, their attachments, battlecards and prices, and analyses', async () => {
    const competitor = await ws.repos.competitors.create(
      makeCompetitorInput({ name: 'Elbtal Systemhaus GmbH' }),
    );
    const attachment = await ws.repos.competitorAttachments.attach(competitor.id, {
      name: 'Preisliste.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    const card = await ws.repos.battlecards.create(makeBattlecardInput(competitor.id));
    const price = await ws.repos.priceObservations.create(
      makePriceObservationInput(competitor.id, { price: '1150.00', observedOn: '2026-09-30' }),
    );
    const analysis = await ws.repos.analyses.create(
      makeAnalysisInput('swot', { title: 'SWOT Nordlicht 2027' }),
    );
    await ws.repos.analyses.remove(analysis.id);
    await ws.repos.priceObservations.remove(price.id);
    await ws.repos.battlecards.remove(card.id);
    await ws.repos.competitorAttachments.remove(attachment.id);

    const { entries } = await ws.repos.trash.list('analyses');
    expect(entries.map((entry) => [entry.kind, entry.label, entry.parentLabel])).toEqual([
      ['competitorAttachment', 'Preisliste.pdf', 'Elbtal Systemhaus GmbH'],
      ['battlecard', '', 'Elbtal Systemhaus GmbH'],
      ['priceObservation', '2026-09-30 · 1150.00 EUR', 'Elbtal Systemhaus GmbH'],
      ['analysis', 'SWOT Nordlicht 2027', ''],
    ]);
    expect(entries.every((entry) => entry.blocked === undefined)).toBe(true);
    expect(await labels('clients')).toEqual([]);

    await ws.repos.trash.restore('analysis', analysis.id);
    expect((await ws.repos.analyses.list()).map((row) => row.id)).toEqual([analysis.id]);
  });

  it('restores a competitor; its battlecard waits until the competitor is back', async () => {
    const competitor = await ws.repos.competitors.create(
      makeCompetitorInput({ name: 'Cloudwerk' }),
    );
    const card = await ws.repos.battlecards.create(makeBattlecardInput(competitor.id));
    await ws.repos.battlecards.remove(card.id);
    await ws.repos.competitors.remove(competitor.id);

    const [competitorEntry, cardEntry] = (await ws.repos.trash.list('analyses')).entries;
    expect(competitorEntry).toMatchObject({ kind: 'competitor', label: 'Cloudwerk' });
    expect(cardEntry?.blocked).toEqual({
      reason: 'parentDeleted',
      parentKind: 'competitor',
      parentId: competitor.id,
      parentLabel: 'Cloudwerk',
    });
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.trash.restore('battlecard', card.id)).rejects.toThrow(TrashBlockedError);
    expect(await ws.repos.outbox.count()).toBe(before);

    await ws.repos.trash.restore('competitor', competitor.id);
    await ws.repos.trash.restore('battlecard', card.id);
    expect((await ws.repos.battlecards.forCompetitor(competitor.id))?.id).toBe(card.id);
    expect(await labels('analyses')).toEqual([]);
  });
});

describe('trash: contracts', () => {
  it('lists deleted contracts with their client and library clauses, restores them, and keeps other areas apart', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Rheinwerk' }));
    const { contract } = await ws.repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: '',
      type: 'nda',
      language: 'de',
      title: 'NDA Rheinwerk',
    });
    const clause = await ws.repos.contractClauses.create(
      makeContractClauseInput({ title: 'Reisekosten' }),
    );
    await ws.repos.contractClauses.remove(clause.id);
    await ws.repos.contracts.remove(contract.id);

    const { entries } = await ws.repos.trash.list('contracts');
    expect(entries).toEqual([
      expect.objectContaining({
        kind: 'contract',
        label: 'NDA Rheinwerk',
        parentLabel: 'Rheinwerk',
      }),
      expect.objectContaining({ kind: 'contractClause', label: 'Reisekosten', parentLabel: '' }),
    ]);
    expect(await labels('clients')).toEqual([]);
    expect(await labels('analyses')).toEqual([]);

    await ws.repos.trash.restore('contract', contract.id);
    await ws.repos.trash.restore('contractClause', clause.id);
    expect((await ws.repos.contracts.list()).map((row) => row.id)).toEqual([contract.id]);
    expect((await ws.repos.contractClauses.get(clause.id))?.deleted).toBe(false);
    expect(await labels('contracts')).toEqual([]);
  });

  it('refuses to restore a contract of a deleted client and writes nothing', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ name: 'Rheinwerk' }));
    const { contract } = await ws.repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: '',
      type: 'nda',
      language: 'de',
    });
    await ws.repos.contracts.remove(contract.id);
    await ws.repos.clients.remove(client.id);
    const [entry] = (await ws.repos.trash.list('contracts')).entries;
    expect(entry?.blocked).toEqual({
      reason: 'parentDeleted',
      parentKind: 'client',
      parentId: client.id,
      parentLabel: 'Rheinwerk',
    });
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.trash.restore('contract', contract.id)).rejects.toThrow(
      TrashBlockedError,
    );
    expect(await ws.repos.outbox.count()).toBe(before);
  });
});

describe('trash: presentations', () => {
  /** A deck with one slide and a captured lead. */
  async function fairDeck() {
    const deck = await ws.repos.decks.createDeck(makeDeckInput({ title: 'it-sa 2027' }));
    const slide = await ws.repos.slides.add(deck.id, 'text');
    await ws.repos.slides.update(slide.id, { title: 'Managed Backup' });
    const lead = await ws.repos.leads.capture({
      deckId: deck.id,
      form: makeLeadForm({ firstName: 'Jonas', lastName: 'Weber', company: 'Spedition Weber' }),
      noticeText: 'Datenschutzhinweis nach Art. 13 DSGVO.',
      noticeShownAt: TEST_TIME,
      newsletterOptIn: false,
      newsletterText: '',
      language: 'de',
    });
    return { deck, slide, lead };
  }

  it('lists deleted decks and slides and discarded leads with their deck, and restores them', async () => {
    const { deck, slide, lead } = await fairDeck();
    await ws.repos.slides.remove(slide.id);
    await ws.repos.leads.discard(lead.id);
    const other = await ws.repos.decks.createDeck({ title: 'Hausmesse' });
    await ws.repos.decks.remove(other.id);
    const { entries } = await ws.repos.trash.list('presentations');
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'deck', label: 'Hausmesse', parentLabel: '' }),
      expect.objectContaining({
        kind: 'lead',
        label: 'Jonas Weber · Spedition Weber',
        parentLabel: 'it-sa 2027',
      }),
      expect.objectContaining({
        kind: 'slide',
        label: 'Managed Backup',
        parentLabel: 'it-sa 2027',
      }),
    ]);
    expect(await labels('clients')).toEqual([]);
    expect(await labels('contracts')).toEqual([]);

    await ws.repos.trash.restore('deck', other.id);
    await ws.repos.trash.restore('slide', slide.id);
    await ws.repos.trash.restore('lead', lead.id);
    expect((await ws.repos.decks.list()).map((row) => row.id).sort()).toEqual(
      [deck.id, other.id].sort(),
    );
    expect((await ws.repos.slides.listFor(deck.id)).map((row) => row.id)).toEqual([slide.id]);
    expect(await ws.repos.leads.get(lead.id)).toMatchObject({ status: 'new', deleted: false });
    expect(await labels('presentations')).toEqual([]);
    // remove undoes a restore.
    await ws.repos.trash.remove('lead', lead.id);
    expect((await ws.repos.leads.get(lead.id))?.status).toBe('discarded');
  });

  it('refuses to restore a slide of a deleted deck, but a lead comes back without its deck', async () => {
    const { deck, slide, lead } = await fairDeck();
    await ws.repos.slides.remove(slide.id);
    await ws.repos.leads.discard(lead.id);
    await ws.repos.decks.remove(deck.id);
    const { entries } = await ws.repos.trash.list('presentations');
    expect(entries.find((entry) => entry.kind === 'slide')?.blocked).toEqual({
      reason: 'parentDeleted',
      parentKind: 'deck',
      parentId: deck.id,
      parentLabel: 'it-sa 2027',
    });
    expect(entries.find((entry) => entry.kind === 'lead')?.blocked).toBeUndefined();
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.trash.restore('slide', slide.id)).rejects.toThrow(TrashBlockedError);
    expect(await ws.repos.outbox.count()).toBe(before);
    await ws.repos.trash.restore('lead', lead.id);
    expect((await ws.repos.leads.get(lead.id))?.deleted).toBe(false);
  });
});
