import type { QuotientDb, StoredOffer } from './database';
import { OfferLockedError } from './errors';
import { loadRow } from './write';

/** Loads an offer inside a write and throws OfferLockedError unless it is a draft. */
export async function requireDraft(
  db: QuotientDb,
  offerId: string,
  action = 'change',
): Promise<StoredOffer> {
  const offer = await loadRow(db, 'offers', offerId);
  if (offer.status !== 'draft') throw new OfferLockedError(offerId, offer.status, action);
  return offer;
}
