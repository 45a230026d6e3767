import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeContactInput,
  makeOfferInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import { TEXT_BLOCK_BODY_MAX } from '#shared/domain';
import type { Client, Offer, TextBlock } from '#shared/domain';
import { OfferLockedError, RowNotFoundError, ValidationError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let client: Client;
let offer: Offer;
let block: TextBlock;
beforeEach(async () => {
  ws = openTestWorkspace();
  client = await ws.repos.clients.create(makeClientInput());
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
  block = await ws.repos.textBlocks.create(
    makeTextBlockInput({
      title: 'Summary v2 (intern)',
      heading: 'Zusammenfassung',
      body: 'Bibliothek',
    }),
  );
});

const chapterTexts = async (offerId: string) =>
  (await ws.repos.offerChapters.listByOffer(offerId)).map(({ textBlockId, title, body }) => ({
    textBlockId,
    title,
    body,
  }));

describe('offer chapters: adapted for one offer', () => {
  it('stores heading and body on the chapter, leaves the library alone, and restores it', async () => {
    const chapter = await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id });
    const adapted = await ws.repos.offerChapters.adapt(chapter.id, {
      title: '  Ihre Ausgangslage ',
      body: '{{client.salutation}}\n\nNur für dieses Angebot.',
    });
    expect(adapted).toEqual({
      ...chapter,
      title: 'Ihre Ausgangslage',
      body: '{{client.salutation}}\n\nNur für dieses Angebot.',
    });
    expect(await ws.repos.textBlocks.get(block.id)).toEqual(block);
    // An empty body keeps the library's body under an own heading.
    await ws.repos.offerChapters.adapt(chapter.id, { title: 'Nur Überschrift', body: '  ' });
    expect(await chapterTexts(offer.id)).toEqual([
      { textBlockId: block.id, title: 'Nur Überschrift', body: '' },
    ]);
    const restored = await ws.repos.offerChapters.restoreLibraryText(chapter.id);
    expect([restored.title, restored.body]).toEqual(['', '']);
    expect(await ws.repos.textBlocks.get(block.id)).toEqual(block);
  });

  it('refuses a heading over 200, a body over the limit, or nothing at all, writing nothing', async () => {
    const chapter = await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id });
    await ws.repos.offerChapters.adapt(chapter.id, { title: 'Vorher', body: 'Vorher' });
    const before = (await ws.repos.outbox.list()).length;
    const failures = await Promise.all(
      [
        { title: 'x'.repeat(201), body: 'ok' },
        { title: '', body: 'x'.repeat(TEXT_BLOCK_BODY_MAX + 1) },
        { title: ' ', body: '\n' },
      ].map((input) =>
        ws.repos.offerChapters.adapt(chapter.id, input).then(
          () => null,
          (error: unknown) =>
            error instanceof ValidationError
              ? error.issues.map((issue) => [issue.path.join('.'), issue.message])
              : error,
        ),
      ),
    );
    expect(failures).toEqual([
      [['title', 'validation.tooLong']],
      [['body', 'validation.tooLong']],
      [['body', 'validation.required']],
    ]);
    await expect(
      ws.repos.offerChapters.adapt('missing', { title: 'x', body: 'y' }),
    ).rejects.toBeInstanceOf(RowNotFoundError);
    expect((await ws.repos.outbox.list()).length).toBe(before);
    expect(await chapterTexts(offer.id)).toEqual([
      { textBlockId: block.id, title: 'Vorher', body: 'Vorher' },
    ]);
  });

  it('freezes the adaptation when sent (the block heading where not adapted); revisions keep only the adaptation', async () => {
    const other = await ws.repos.textBlocks.create(
      makeTextBlockInput({ title: 'Konditionen intern', heading: 'Konditionen', body: 'Zahlbar' }),
    );
    const plain = await ws.repos.textBlocks.create(
      makeTextBlockInput({ title: 'Team', body: 'Wir' }),
    );
    const first = await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id });
    const second = await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: other.id });
    await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: plain.id });
    await ws.repos.offerChapters.adapt(first.id, { title: '', body: 'Angepasster Text' });
    await ws.repos.offerChapters.adapt(second.id, { title: 'Ihre Konditionen', body: '' });
    await ws.repos.offers.markSent(offer.id);
    expect(await chapterTexts(offer.id)).toEqual([
      { textBlockId: block.id, title: 'Zusammenfassung', body: 'Angepasster Text' },
      { textBlockId: other.id, title: 'Ihre Konditionen', body: 'Zahlbar' },
      { textBlockId: plain.id, title: 'Team', body: 'Wir' },
    ]);
    await expect(
      ws.repos.offerChapters.adapt(first.id, { title: 'Zu spät', body: '' }),
    ).rejects.toBeInstanceOf(OfferLockedError);
    await expect(ws.repos.offerChapters.restoreLibraryText(first.id)).rejects.toBeInstanceOf(
      OfferLockedError,
    );

    const revision = await ws.repos.offers.revise(offer.id);
    expect(await chapterTexts(revision.id)).toEqual([
      { textBlockId: block.id, title: undefined, body: 'Angepasster Text' },
      { textBlockId: other.id, title: 'Ihre Konditionen', body: undefined },
      { textBlockId: plain.id, title: undefined, body: undefined },
    ]);
    // A copy of a draft keeps its adaptation as it is.
    const copy = await ws.repos.offers.duplicate(revision.id);
    expect(await chapterTexts(copy.id)).toEqual(await chapterTexts(revision.id));
  });
});

describe('offers: contact person', () => {
  it("takes a live contact of the offer's client, kept by revisions and variants", async () => {
    const contact = await ws.repos.contacts.create(
      makeContactInput(client.id, { firstName: 'Katrin', lastName: 'Wendler' }),
    );
    const withContact = await ws.repos.offers.create(
      makeOfferInput(client.id, { contactId: contact.id }),
    );
    expect(withContact.contactId).toBe(contact.id);
    const changed = await ws.repos.offers.update(offer.id, { contactId: contact.id });
    expect(changed.contactId).toBe(contact.id);
    expect((await ws.repos.offers.update(offer.id, { contactId: '' })).contactId).toBe('');

    await ws.repos.offers.markSent(withContact.id);
    const revision = await ws.repos.offers.revise(withContact.id);
    const variant = await ws.repos.offers.duplicate(withContact.id, { variantName: 'Klein' });
    expect([revision.contactId, variant.contactId]).toEqual([contact.id, contact.id]);
  });

  it("refuses another client's contact or a deleted one, writing nothing", async () => {
    const otherClient = await ws.repos.clients.create(makeClientInput({ name: 'Andere GmbH' }));
    const foreign = await ws.repos.contacts.create(makeContactInput(otherClient.id));
    const gone = await ws.repos.contacts.create(makeContactInput(client.id));
    await ws.repos.contacts.remove(gone.id);
    const offersBefore = await ws.repos.offers.list();
    const outboxBefore = (await ws.repos.outbox.list()).length;

    const created = ws.repos.offers.create(makeOfferInput(client.id, { contactId: foreign.id }));
    await expect(created).rejects.toBeInstanceOf(ValidationError);
    await expect(created).rejects.toThrow(
      'contactId: the contact person belongs to another client',
    );
    await expect(
      ws.repos.offers.create(makeOfferInput(client.id, { contactId: gone.id })),
    ).rejects.toBeInstanceOf(RowNotFoundError);
    await expect(
      ws.repos.offers.update(offer.id, { contactId: foreign.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(ws.repos.offers.update(offer.id, { contactId: 'nobody' })).rejects.toBeInstanceOf(
      RowNotFoundError,
    );
    expect(await ws.repos.offers.list()).toEqual(offersBefore);
    expect((await ws.repos.outbox.list()).length).toBe(outboxBefore);
  });
});
