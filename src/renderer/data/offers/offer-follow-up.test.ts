// Issue 10: sending an offer sets a follow-up (Wiedervorlage) in the same write.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeContactInput,
  makeOfferInput,
  makeOfferLineInput,
  makeOpportunityInput,
} from '../../../../test/factories/domain';
import type { Client, Contact, OfferInput } from '#shared/domain';
import { defaultFollowUpDate } from '#shared/offers/follow-up';
import { addDays, localDate } from '#shared/offers/status';
import { dueFollowUps } from '#shared/clients/due-follow-ups';
import { ValidationError } from '../core/errors';
import { FollowUpDateError } from './offer-lifecycle';
import { openTestWorkspace, TEST_TIME } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let client: Client;
let wendler: Contact;
/** The day the test clock sends on (its frozen time, in the local time zone, as markSent takes it). */
const sentOn = localDate(TEST_TIME);

beforeEach(async () => {
  ws = openTestWorkspace();
  client = await ws.repos.clients.create(makeClientInput());
  wendler = await ws.repos.contacts.create(
    makeContactInput(client.id, { firstName: 'Petra', lastName: 'Wendler' }),
  );
});

/** A draft with one line, valid for 30 days from the day it is sent, naming Frau Wendler. */
async function draftOffer(overrides: Partial<OfferInput> = {}) {
  const offer = await ws.repos.offers.create(
    makeOfferInput(client.id, {
      date: sentOn,
      validUntil: addDays(sentOn, 30),
      contactId: wendler.id,
      ...overrides,
    }),
  );
  const [section] = await ws.repos.offerSections.listByOffer(offer.id);
  await ws.repos.offerLines.add(makeOfferLineInput(offer.id, section!.id));
  return offer;
}

const followUps = () => ws.repos.activities.listOpenFollowUps();

describe('markSent sets a follow-up', () => {
  it('writes it with the chosen due date, the offer’s contact person and the next step, in the status change’s own write', async () => {
    const opportunity = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    const offer = await draftOffer({ opportunityId: opportunity.id });
    const dueDate = defaultFollowUpDate({ validUntil: offer.validUntil, sentOn });
    const outboxBefore = (await ws.db.outbox.toArray()).length;

    await ws.repos.offers.markSent(offer.id, { followUp: { dueDate } });

    expect(dueDate).toBe(addDays(sentOn, 23));
    const [followUp, ...others] = await followUps();
    expect(others).toEqual([]);
    expect({
      clientId: followUp!.clientId,
      kind: followUp!.kind,
      date: followUp!.date,
      contactId: followUp!.contactId,
      nextStep: followUp!.nextStep,
      summary: followUp!.summary,
      dueDate: followUp!.dueDate,
      completedAt: followUp!.completedAt,
    }).toEqual({
      clientId: client.id,
      kind: 'note',
      date: sentOn,
      contactId: wendler.id,
      nextStep: `Angebot ${offer.number} nachfassen`,
      summary: `Wiedervorlage zu Angebot ${offer.number} Rev. 1: „${offer.title}“`,
      dueDate,
      completedAt: '',
    });
    // One write: offer, opportunity, the step's note and the follow-up share one stamp.
    const records = (await ws.db.outbox.toArray()).slice(outboxBefore);
    expect(new Set(records.map((record) => record.hlc)).size).toBe(1);
    expect(records.filter((record) => record.table === 'activities')).toHaveLength(2);
    expect(new Set(records.map((record) => record.table))).toEqual(
      new Set(['offers', 'opportunities', 'activities']),
    );
    // It is due on its day, not the day before (the start page's rule).
    const open = await followUps();
    expect([
      dueFollowUps({ activities: open, today: addDays(dueDate, -1) }).length,
      dueFollowUps({ activities: open, today: dueDate }).map((activity) => activity.id),
    ]).toEqual([0, [followUp!.id]]);
  });

  it('takes a chosen contact person, English texts, and the day of sending itself', async () => {
    const lange = await ws.repos.contacts.create(
      makeContactInput(client.id, { firstName: 'Jonas', lastName: 'Lange' }),
    );
    const offer = await draftOffer();
    await ws.repos.offers.markSent(offer.id, {
      language: 'en',
      followUp: { dueDate: sentOn, contactId: lange.id },
    });
    const [followUp] = await followUps();
    expect([followUp!.contactId, followUp!.dueDate, followUp!.nextStep]).toEqual([
      lange.id,
      sentOn,
      `Follow up offer ${offer.number}`,
    ]);
  });

  it('sets none when none is asked for: only the step is logged', async () => {
    const offer = await draftOffer();
    await ws.repos.offers.markSent(offer.id);
    expect(await followUps()).toEqual([]);
    const activities = await ws.repos.activities.listByClient(client.id);
    expect(activities.map((activity) => activity.dueDate ?? '')).toEqual(['']);
  });

  it('leaves the contact person out when the offer names none, or one deleted since', async () => {
    const none = await draftOffer({ contactId: '' });
    await ws.repos.offers.markSent(none.id, { followUp: { dueDate: addDays(sentOn, 1) } });
    const gone = await draftOffer();
    await ws.repos.contacts.remove(wendler.id);
    await ws.repos.offers.markSent(gone.id, { followUp: { dueDate: addDays(sentOn, 2) } });
    expect((await followUps()).map((activity) => activity.contactId)).toEqual(['', '']);
  });

  it('refuses a bad due date or a contact of another client: nothing is written, the offer stays a draft', async () => {
    const other = await ws.repos.clients.create(makeClientInput({ name: 'Andere GmbH' }));
    const stranger = await ws.repos.contacts.create(makeContactInput(other.id));
    const offer = await draftOffer();
    const before = await ws.repos.outbox.count();
    const activitiesBefore = await ws.db.activities.count();

    for (const dueDate of [addDays(sentOn, -1), '2026-02-30', '28.12.2026', '']) {
      await expect(ws.repos.offers.markSent(offer.id, { followUp: { dueDate } })).rejects.toThrow(
        FollowUpDateError,
      );
    }
    const early = await ws.repos.offers
      .markSent(offer.id, { followUp: { dueDate: addDays(sentOn, -1) } })
      .catch((error: unknown) => error);
    expect(early).toMatchObject({ problem: 'beforeSend', sentOn });
    await expect(
      ws.repos.offers.markSent(offer.id, {
        followUp: { dueDate: addDays(sentOn, 7), contactId: stranger.id },
      }),
    ).rejects.toThrow(ValidationError);

    expect(await ws.repos.outbox.count()).toBe(before);
    expect(await ws.db.activities.count()).toBe(activitiesBefore);
    expect((await ws.repos.offers.get(offer.id))?.status).toBe('draft');
  });
});
