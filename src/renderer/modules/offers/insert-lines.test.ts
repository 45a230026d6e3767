import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeBundleInput,
  makeCatalogItemInput,
  makeClientInput,
  makeOfferInput,
} from '../../../../test/factories/domain';
import type { Bundle, Offer, OfferSection } from '#shared/domain';
import { linesFromBundle } from '#shared/offers/pricing';
import { openTestWorkspace } from '#test/test-workspace';
import { insertLines } from './insert-lines';

let ws: ReturnType<typeof openTestWorkspace>;
let offer: Offer;
let first: OfferSection;
let bundle: Bundle;
let plainBundle: Bundle;
beforeEach(async () => {
  ws = openTestWorkspace();
  const client = await ws.repos.clients.create(makeClientInput());
  offer = await ws.repos.offers.create(makeOfferInput(client.id));
  [first] = (await ws.repos.offerSections.listByOffer(offer.id)) as [OfferSection];
  const server = await ws.repos.catalog.create(makeCatalogItemInput());
  const licence = await ws.repos.catalog.create(
    makeCatalogItemInput({ sku: 'LIC', name: 'Lizenz', kind: 'subscription', billing: 'monthly' }),
  );
  bundle = await ws.repos.bundles.create(
    makeBundleInput([server.id, licence.id], { name: 'Starterpaket', pricedAsPackage: true }),
  );
  plainBundle = await ws.repos.bundles.create(
    makeBundleInput([server.id], { name: 'Lose Server' }),
  );
});

async function insertBundle(target: OfferSection, chosen: Bundle, sectionEmpty: boolean) {
  const items = new Map((await ws.repos.catalog.list()).map((item) => [item.id, item]));
  return insertLines({
    repos: ws.repos,
    offerId: offer.id,
    sectionId: target.id,
    sectionEmpty,
    lines: linesFromBundle({ bundle: chosen, items, offer, roles: new Map() }),
    group: { title: chosen.name, package: chosen.pricedAsPackage === true },
  });
}

/** Sections as [title, package, line names], in order. */
async function layout() {
  const sections = await ws.repos.offerSections.listByOffer(offer.id);
  const lines = await ws.repos.offerLines.listByOffer(offer.id);
  return sections.map((s) => [
    s.title,
    s.package ?? false,
    lines.filter((l) => l.sectionId === s.id).map((l) => l.name),
  ]);
}

describe('insertLines', () => {
  it('inserts a package bundle as a package section below, a plain one as a plain section', async () => {
    await insertBundle(first, bundle, false);
    await insertBundle(first, plainBundle, false);
    expect(await layout()).toEqual([
      ['Positionen', false, []],
      ['Lose Server', false, ['Server R450']],
      ['Starterpaket', true, ['Server R450', 'Lizenz']],
    ]);
  });

  it('an empty section takes the bundle, its title and its package pricing', async () => {
    await insertBundle(first, bundle, true);
    expect(await layout()).toEqual([['Starterpaket', true, ['Server R450', 'Lizenz']]]);
  });
});
