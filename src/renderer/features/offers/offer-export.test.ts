import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeCompanyProfile,
  makeOfferInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import type { Offer } from '../../../shared/domain';
import { openTestWorkspace } from '../../db/test-workspace';
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
