import { userProfileSchema } from '#shared/domain';
import {
  deviceCode,
  formatOfferNumber,
  parseOfferSeq,
  seqKey,
  seqPrefix,
} from '#shared/offers/numbering';
import type { QuotientDb } from '../core/database';
import { localKeys } from '../core/local.repository';
import { readOfferSettings } from './offer-settings.repository';

/** `local` key of the device-only counter of one sequence key. */
export const seqCounterKey = (key: string): string => `offerSeq:${key}`;

/**
 * The next offer number of this user on this device for `date`. Must run inside a write
 * over `offers`, `settings` and `local`: the counter increments in the same transaction.
 */
export async function nextOfferNumber({
  db,
  nodeId,
  date,
}: {
  db: QuotientDb;
  nodeId: string;
  date: string;
}): Promise<string> {
  const { numberScheme: scheme } = await readOfferSettings(db);
  const profile = userProfileSchema.safeParse((await db.local.get(localKeys.profile))?.value);
  const device = deviceCode(nodeId);
  // Before onboarding there are no initials; the device code is unique instead.
  const initials = profile.success ? profile.data.initials : device;
  const parts = { scheme, date, initials, device };
  const key = seqCounterKey(seqKey(parts));
  const stored = (await db.local.get(key))?.value;
  let last = typeof stored === 'number' && Number.isSafeInteger(stored) ? stored : 0;
  // Numbers of this key that synced back (e.g. the same user on a reinstalled laptop) are never reused.
  const numbers = await db.offers.where('number').startsWith(seqPrefix(parts)).keys();
  for (const number of numbers) {
    const seq = parseOfferSeq({ ...parts, number: String(number) });
    if (seq !== null && seq > last) last = seq;
  }
  const seq = last + 1;
  await db.local.put({ key, value: seq });
  return formatOfferNumber({ ...parts, seq });
}
