import type { OfferLine, OfferLineInput } from '#shared/domain';
import type { Repositories } from '#data';

/** A line as the pickers build it, before it is placed in a section. */
export type NewLine = Omit<OfferLineInput, 'offerId' | 'sectionId' | 'position' | 'originId'>;

/**
 * Adds lines to a section. A group (a bundle) comes as a titled section below `sectionId`, or
 * takes `sectionId` itself when that is empty; `package` prices the group as one package.
 */
export async function insertLines({
  repos,
  offerId,
  sectionId,
  sectionEmpty,
  lines,
  group,
}: {
  repos: Pick<Repositories, 'offerSections' | 'offerLines'>;
  offerId: string;
  sectionId: string;
  sectionEmpty: boolean;
  lines: readonly NewLine[];
  group?: { title: string; package: boolean };
}): Promise<OfferLine[]> {
  let target = sectionId;
  if (group !== undefined && sectionEmpty) {
    await repos.offerSections.rename(sectionId, group.title);
    // The empty section takes the bundle's pricing too (a plain bundle makes it plain again).
    await repos.offerSections.setPackage(sectionId, group.package);
  } else if (group !== undefined) {
    const created = await repos.offerSections.add({
      offerId,
      title: group.title,
      after: sectionId,
      ...(group.package ? { package: true } : {}),
    });
    target = created.id;
  }
  return repos.offerLines.addMany(lines.map((line) => ({ ...line, offerId, sectionId: target })));
}
