import type { QuotientDb, StoredOffer } from '../core/database';
import { OfferLockedError } from '../core/errors';
import type { OrderedAction } from '../core/ordered-child.repository';
import { loadRow } from '../core/write';

/** Every revision of one offer (the rows sharing its rootId), deleted ones included. */
export const revisionsOf = (db: QuotientDb, rootId: string): Promise<StoredOffer[]> =>
  db.offers.where('rootId').equals(rootId).toArray();

/** Throws OfferLockedError when any revision of the offer's root is accepted. */
export async function requireRootOpen(
  db: QuotientDb,
  offer: StoredOffer,
  action = 'change',
): Promise<void> {
  // Another device may have accepted an older revision while this one was drafted: the root is closed.
  const revisions = await revisionsOf(db, offer.rootId);
  if (revisions.some((row) => row.status === 'accepted')) {
    throw new OfferLockedError(offer.id, 'accepted', action);
  }
}

/**
 * Loads an offer inside a write and throws OfferLockedError unless it is a draft and no
 * revision of the same offer is accepted.
 */
export async function requireDraft(
  db: QuotientDb,
  offerId: string,
  action = 'change',
): Promise<StoredOffer> {
  const offer = await loadRow(db, 'offers', offerId);
  if (offer.status !== 'draft') throw new OfferLockedError(offerId, offer.status, action);
  await requireRootOpen(db, offer, action);
  return offer;
}

/**
 * The guard of an offer's ordered children (sections, lines, chapters): every write needs the
 * offer to be a draft; `noun` names the child in the error ('cannot move a line of it').
 */
export function draftGuard(noun: string, removal = 'delete') {
  const phrases: Record<OrderedAction, string> = {
    add: `add a ${noun} to`,
    move: `move a ${noun} of`,
    remove: `${removal} a ${noun} of`,
    restore: `restore a ${noun} of`,
  };
  return async (db: QuotientDb, row: { offerId: string }, action: OrderedAction) => {
    await requireDraft(db, row.offerId, phrases[action]);
  };
}
