import type { Repositories } from '../../../src/renderer/data';
import type { OfferLineNewInput } from '../../../src/renderer/data';
import type { OfferLine } from '../../../src/shared/domain';
import { localToday, newOfferDefaults } from '../../../src/renderer/modules/offers/offer-defaults';
import { generateClients, generateOfferLines } from '../generate';

export type OfferSeedResult = {
  offerId: string;
  lines: number;
  sections: number;
  alternatives: number;
  optional: number;
  insertMs: number;
};

const sectionTitles = ['Hardware', 'Lizenzen', 'Cloud-Dienste', 'Dienstleistungen', 'Wartung'];

/** One offer with `lineCount` varied lines over five sections, written through the repositories. */
export async function seedOffer(repos: Repositories, lineCount: number): Promise<OfferSeedResult> {
  const started = performance.now();
  const client = await repos.clients.create({
    ...generateClients(1, 99)[0]!,
    name: 'Bench Angebotskunde GmbH',
  });
  const input = newOfferDefaults({
    client,
    company: (await repos.settings.getCompany()) ?? null,
    settings: await repos.offerSettings.get(),
    today: localToday(),
    title: `Bench: ${lineCount} Positionen`,
  });
  const offer = await repos.offers.create({ ...input, discountPct: '2' });
  const [first] = await repos.offerSections.listByOffer(offer.id);
  await repos.offerSections.rename(first!.id, sectionTitles[0]!);
  for (const title of sectionTitles.slice(1))
    await repos.offerSections.add({ offerId: offer.id, title });
  const sections = await repos.offerSections.listByOffer(offer.id);

  // Contiguous runs of lines per section; alternatives need the originId of a stored line,
  // so they are added second (at their sections' ends) naming a normal line of their section.
  const specs = generateOfferLines(lineCount).map((spec, index) => ({
    ...spec,
    offerId: offer.id,
    sectionId: sections[Math.floor((index * sections.length) / lineCount)]!.id,
    catalogItemId: '',
    roleId: '',
    description: '',
    replacesOriginId: '',
    estimate: null,
  }));
  const stored = await repos.offerLines.addMany(
    specs.filter((spec) => spec.kind !== 'alternative'),
  );
  const normalIn = new Map<string, OfferLine[]>();
  for (const line of stored) {
    if (line.kind === 'normal')
      normalIn.set(line.sectionId, [...(normalIn.get(line.sectionId) ?? []), line]);
  }
  const alternatives: OfferLineNewInput[] = specs
    .filter((spec) => spec.kind === 'alternative')
    .map((spec, index) => {
      const candidates = normalIn.get(spec.sectionId) ?? stored;
      return { ...spec, replacesOriginId: candidates[index % candidates.length]!.originId };
    });
  await repos.offerLines.addMany(alternatives);
  const lines = await repos.offerLines.listByOffer(offer.id);
  return {
    offerId: offer.id,
    lines: lines.length,
    sections: sections.length,
    alternatives: lines.filter((line) => line.kind === 'alternative').length,
    optional: lines.filter((line) => line.kind === 'optional').length,
    insertMs: performance.now() - started,
  };
}
