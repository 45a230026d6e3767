import { beforeEach, describe, expect, it } from 'vitest';
import expected from '../../../../test/fixtures/offer-bundle-example.expected.json';
import example from '../../../../test/fixtures/offer-bundle-example.json';
import { bundleTotals, offerToBundle } from '#shared/bundle';
import { BundleInvalidError, OfferExistsError } from './offer-bundle-errors';
import { openTestWorkspace } from '#test/test-workspace';

const bundle = example as unknown as {
  company: never;
  offer: { number: string; sections: { lines: unknown[] }[] };
};

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const counts = async () => ({
  clients: await ws.db.clients.count(),
  offers: await ws.db.offers.count(),
  lines: await ws.db.offerLines.count(),
  outbox: await ws.repos.outbox.count(),
});

describe('previewOfferBundle', () => {
  it('shows what the import would create and writes nothing', async () => {
    const preview = await ws.repos.previewOfferBundle(bundle);
    expect(preview).toEqual({
      number: 'A-2026-0001',
      revision: 1,
      title: example.offer.title,
      currency: 'EUR',
      language: example.offer.language,
      client: { name: 'Musterbau AG', existing: false },
      sections: 3,
      lines: 5,
      chapters: 0,
      totals: { oneTime: expected.net, monthly: expected.monthly, yearly: expected.yearly },
      exists: false,
    });
    expect(await counts()).toEqual({ clients: 0, offers: 0, lines: 0, outbox: 0 });
  });

  it('after the import: the client is reused and the same offer would be refused', async () => {
    await ws.repos.importOfferBundle(bundle);
    const before = await counts();
    const preview = await ws.repos.previewOfferBundle(bundle);
    expect({ client: preview.client, exists: preview.exists }).toEqual({
      client: { name: 'Musterbau AG', existing: true },
      exists: true,
    });
    expect(await counts()).toEqual(before);
  });

  it('an invalid bundle fails the preview with every problem, as the import does', async () => {
    const broken = structuredClone(bundle) as {
      offer: { sections: { lines: { quantity: string }[] }[] };
    };
    broken.offer.sections[0]!.lines[0]!.quantity = 'viele';
    const error = await ws.repos.previewOfferBundle(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect(await counts()).toEqual({ clients: 0, offers: 0, lines: 0, outbox: 0 });
  });
});

describe('importOfferBundle', () => {
  it('imports the example bundle; exporting it again gives the same totals', async () => {
    const result = await ws.repos.importOfferBundle(bundle);
    const offer = (await ws.repos.offers.get(result.offerId))!;
    const client = (await ws.repos.clients.get(result.clientId))!;
    const sections = await ws.repos.offerSections.listByOffer(offer.id);
    const lines = await ws.repos.offerLines.listByOffer(offer.id);
    expect({
      number: offer.number,
      status: offer.status,
      client: client.name,
      sections: sections.length,
      lines: lines.length,
    }).toEqual({
      number: 'A-2026-0001',
      status: 'draft',
      client: 'Musterbau AG',
      sections: 3,
      lines: 5,
    });
    const again = offerToBundle({ company: bundle.company, client, offer, sections, lines });
    expect(bundleTotals(again as never)).toEqual(expected);
  });

  it('refuses the same offer twice and reuses a client of the same name', async () => {
    await ws.repos.importOfferBundle(bundle);
    const before = await counts();
    await expect(ws.repos.importOfferBundle(bundle)).rejects.toBeInstanceOf(OfferExistsError);
    expect(await counts()).toEqual(before);
    const second = await ws.repos.importOfferBundle({
      ...bundle,
      offer: { ...bundle.offer, number: 'A-2026-0002' },
    });
    expect(second.clientCreated).toBe(false);
    expect(await ws.db.clients.count()).toBe(1);
  });

  it('writes nothing for an invalid bundle and names every problem with its path', async () => {
    const broken = structuredClone(bundle) as {
      offer: { sections: { lines: { quantity: string; billing: string }[] }[] };
    };
    broken.offer.sections[0]!.lines[0]!.quantity = 'viele';
    broken.offer.sections[1]!.lines[0]!.billing = 'weekly';
    const error = await ws.repos.importOfferBundle(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect((error as BundleInvalidError).problems.map((problem) => problem.path)).toEqual([
      'offer.sections[0].lines[0].quantity',
      'offer.sections[1].lines[0].billing',
    ]);
    expect(await counts()).toEqual({ clients: 0, offers: 0, lines: 0, outbox: 0 });
  });

  it('imports an offer in CHF without a rate in the file only with the rate entered on import', async () => {
    const chf = { ...bundle, offer: { ...bundle.offer, currency: 'CHF' } };
    const error = await ws.repos.importOfferBundle(chf).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect((error as BundleInvalidError).problems).toEqual([
      {
        path: 'offer.exchangeRate',
        message: 'is required for an offer not in EUR (1 EUR = rate units)',
      },
    ]);
    expect(await counts()).toEqual({ clients: 0, offers: 0, lines: 0, outbox: 0 });

    const result = await ws.repos.importOfferBundle(chf, { exchangeRate: '0.94' });
    const offer = await ws.repos.offers.get(result.offerId);
    expect([offer?.currency, offer?.exchangeRate]).toEqual(['CHF', '0.94']);
  });
});
