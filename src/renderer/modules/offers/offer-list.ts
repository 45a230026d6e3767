import type { Offer } from '#shared/domain';

/** The newest revision of each offer (revisions share a rootId), newest date first. */
export function latestRevisions(offers: readonly Offer[]): Offer[] {
  const latest = new Map<string, Offer>();
  for (const offer of offers) {
    const current = latest.get(offer.rootId);
    if (!current || offer.revision > current.revision) latest.set(offer.rootId, offer);
  }
  return [...latest.values()].sort(
    (a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number),
  );
}

/** Offer number with its revision, as printed: `A-2026-JB-0001-r2` (revision 1 has no suffix). */
export function offerLabel(offer: Pick<Offer, 'number' | 'revision'>): string {
  return offer.revision > 1 ? `${offer.number}-r${offer.revision}` : offer.number;
}
