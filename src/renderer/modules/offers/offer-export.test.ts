import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeCompanyProfile,
  makeContactInput,
  makeOfferInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import {
  makeAnalysisInput,
  makeBattlecardInput,
  makeCompetitorInput,
  makePriceObservationInput,
} from '../../../../test/factories/analyses';
import type { Offer } from '#shared/domain';
import { buildProposalDocument } from '#shared/documents/proposal-document';
import { readDocx, textOf } from '#test/read-docx';
import { openTestWorkspace } from '#test/test-workspace';
import { collectOffer, ExportProblem } from './offer-export';

let ws: ReturnType<typeof openTestWorkspace>;
let offer: Offer;

beforeEach(async () => {
  ws = openTestWorkspace();
  const client = await ws.repos.clients.create(
    makeClientInput({ name: 'Musterbau AG', legalForm: 'AG', city: 'Essen' }),
  );
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
});

describe('collectOffer', () => {
  it('refuses to export before the company profile is filled in', async () => {
    const error = await collectOffer(ws.repos, offer, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportProblem);
    expect((error as ExportProblem).key).toBe('offers.export.noCompany');
  });

  it('fills known placeholders, lists unknown ones and counts chapters whose block is gone', async () => {
    await ws.repos.settings.saveCompany(makeCompanyProfile({ name: 'Nordlicht IT-Beratung GmbH' }));
    const known = await ws.repos.textBlocks.create(
      makeTextBlockInput({
        title: 'Ausgangssituation',
        body: 'Für {{client.name}} von {{company.name}}; {{foo.bar}}',
      }),
    );
    const gone = await ws.repos.textBlocks.create(makeTextBlockInput({ title: 'Alt' }));
    await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: known.id });
    await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: gone.id });
    await ws.repos.textBlocks.remove(gone.id);

    const collected = await collectOffer(ws.repos, offer, false);
    expect({
      chapters: collected.data.chapters,
      unknown: collected.unknownPlaceholders,
      missing: collected.missingChapters,
      client: collected.data.client.name,
    }).toEqual({
      chapters: [
        {
          title: 'Ausgangssituation',
          body: 'Für Musterbau AG von Nordlicht IT-Beratung GmbH; {{foo.bar}}',
        },
      ],
      unknown: ['foo.bar'],
      missing: 1,
      client: 'Musterbau AG',
    });
  });
});

describe('collectOffer: contact person and adapted chapters reach the Word proposal', () => {
  it("salutes the offer's contact and prints the adapted heading and body, not the library's", async () => {
    await ws.repos.settings.saveCompany(makeCompanyProfile({ name: 'Nordlicht IT-Beratung GmbH' }));
    await ws.repos.contacts.create(
      makeContactInput(offer.clientId, { firstName: 'Frank', lastName: 'Brandt', primary: true }),
    );
    const wendler = await ws.repos.contacts.create(
      makeContactInput(offer.clientId, { firstName: 'Katrin', lastName: 'Wendler' }),
    );
    const adaptedBlock = await ws.repos.textBlocks.create(
      makeTextBlockInput({
        title: 'Anschreiben (intern)',
        body: '{{client.salutation}}\n\nBibliothekstext',
      }),
    );
    const headed = await ws.repos.textBlocks.create(
      makeTextBlockInput({
        title: 'Konditionen v3 intern',
        heading: 'Konditionen',
        body: 'Zahlbar netto.',
      }),
    );
    const chapter = await ws.repos.offerChapters.add({
      offerId: offer.id,
      textBlockId: adaptedBlock.id,
    });
    await ws.repos.offerChapters.add({ offerId: offer.id, textBlockId: headed.id });
    await ws.repos.offerChapters.adapt(chapter.id, {
      title: 'Ihr Angebot, {{client.contactName}}',
      body: '{{client.salutation}}\n\nangepasst für dieses Angebot.',
    });

    // Without a contact of its own the offer addresses the primary contact (as before).
    const before = await collectOffer(ws.repos, offer, false);
    expect(before.data.client.contactName).toBe('Frank Brandt');

    const withContact = await ws.repos.offers.update(offer.id, { contactId: wendler.id });
    const collected = await collectOffer(ws.repos, withContact, false);
    expect(collected.unknownPlaceholders).toEqual([]);
    expect(collected.data.chapters).toEqual([
      {
        title: 'Ihr Angebot, Katrin Wendler',
        body: 'Sehr geehrte Frau Wendler,\n\nangepasst für dieses Angebot.',
      },
      { title: 'Konditionen', body: 'Zahlbar netto.' },
    ]);
    const text = textOf(
      (await readDocx(await buildProposalDocument(collected.data, { chartPng: null }))).document,
    );
    expect(text).toContain('Ihr Angebot, Katrin Wendler');
    expect(text).toContain('Sehr geehrte Frau Wendler,');
    expect(text).toContain('angepasst für dieses Angebot.');
    expect(text).toContain('Konditionen');
    expect(text).not.toContain('Bibliothekstext');
    expect(text).not.toContain('Konditionen v3 intern');
    expect(text).not.toContain('Anschreiben (intern)');

    // No contact person: the neutral salutation.
    const none = await ws.repos.offers.update(offer.id, { contactId: '' });
    const neutral = await collectOffer(ws.repos, none, false);
    expect(neutral.data.chapters[0]?.body).toBe(
      'Sehr geehrte Damen und Herren,\n\nangepasst für dieses Angebot.',
    );
  });
});

describe('collectOffer with a Why-us analysis', () => {
  it('carries the matrix and only the differentiators and proof points of its battlecards into the proposal', async () => {
    await ws.repos.settings.saveCompany(makeCompanyProfile({ name: 'Nordlicht IT-Beratung GmbH' }));
    const elbtal = await ws.repos.competitors.create(makeCompetitorInput());
    const rhein = await ws.repos.competitors.create(
      makeCompetitorInput({ name: 'Rheinwerk Consulting AG', website: '' }),
    );
    await ws.repos.battlecards.save(elbtal.id, makeBattlecardInput(elbtal.id));
    await ws.repos.battlecards.save(
      rhein.id,
      makeBattlecardInput(rhein.id, {
        differentiators: '- Festpreise statt Stundenzetteln',
        traps: '- Nach dem Offshore-Anteil fragen',
        landmines: '- Rheinwerk hat die besseren SAP-Referenzen',
        proofPoints: '',
      }),
    );
    await ws.repos.priceObservations.create(
      makePriceObservationInput(elbtal.id, { price: '987.65' }),
    );
    const analysis = await ws.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', { title: 'Vergleich Rechenzentrum' }, [
        elbtal.id,
        rhein.id,
      ]),
    );
    // A competitor deleted later keeps its name in the matrix.
    await ws.repos.competitors.remove(rhein.id);
    const withWhyUs = await ws.repos.offers.update(offer.id, { whyUsAnalysisId: analysis.id });

    const collected = await collectOffer(ws.repos, withWhyUs, false);
    expect(collected.data.whyUs).toEqual({
      matrix: {
        title: 'Vergleich Rechenzentrum',
        criteria: analysis.criteria,
        participants: analysis.participants,
        scores: analysis.scores,
      },
      names: { [elbtal.id]: 'Elbtal Systemhaus GmbH', [rhein.id]: 'Rheinwerk Consulting AG' },
      differentiators: [
        '- 24/7-Betrieb mit eigenem Rechenzentrum\n- Zertifiziert nach ISO 27001',
        '- Festpreise statt Stundenzetteln',
      ],
      proofPoints: ['- Hanseatische Kühllogistik: Migration ohne Ausfall'],
    });

    const text = textOf(
      (await readDocx(await buildProposalDocument(collected.data, { chartPng: null }))).document,
    );
    expect(text).toContain('Warum wir');
    expect(text).toContain('Rang 1 von 3 Anbietern');
    expect(text).toContain('24/7-Betrieb mit eigenem Rechenzentrum');
    expect(text).toContain('Festpreise statt Stundenzetteln');
    expect(text).toContain('Hanseatische Kühllogistik');
    for (const internal of [
      'Referenzen für Cloud-Migrationen', // trap
      'Offshore-Anteil', // trap
      'Preis pro Stunde', // landmine
      'SAP-Referenzen', // landmine
      'günstiger', // objection
      'Unser Service-Team ist in 4 Stunden', // answer
      '987', // observed price
    ]) {
      expect(text).not.toContain(internal);
    }
  });

  it('leaves the chapter out for an analysis that is not a matrix or is deleted', async () => {
    await ws.repos.settings.saveCompany(makeCompanyProfile({ name: 'Nordlicht IT-Beratung GmbH' }));
    const swot = await ws.repos.analyses.create(makeAnalysisInput('swot'));
    const matrix = await ws.repos.analyses.create(makeAnalysisInput('competitor-matrix'));
    await ws.repos.analyses.remove(matrix.id);
    for (const id of [swot.id, matrix.id, 'no-such-analysis', '']) {
      const updated = await ws.repos.offers.update(offer.id, { whyUsAnalysisId: id });
      expect((await collectOffer(ws.repos, updated, false)).data.whyUs).toBeUndefined();
    }
  });
});
