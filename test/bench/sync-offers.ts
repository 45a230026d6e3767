// The offers both sync benches move: ours (sync.bench-run.ts) and PouchDB's (sync-pouch.bench-run.ts),
// so the two sides replicate the same records and the same concurrent edits.
import type { Currency, Language, OfferStatus } from '../../src/shared/domain';

/** An offer header's own fields, as a sales engineer's offer list holds them: 16 values. */
export type BenchOfferContent = {
  number: string;
  title: string;
  clientId: string;
  opportunityId: string;
  status: OfferStatus;
  currency: Currency;
  discountPct: string;
  date: string;
  validUntil: string;
  revision: number;
  paymentTermsDays: number;
  cashDiscountPct: string;
  termMonths: number;
  language: Language;
  reverseCharge: boolean;
  notes: string;
};

/** A stored offer: its id, its content and the 5 fields of row metadata every synced row carries. */
export type BenchOffer = BenchOfferContent & {
  id: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string;
  deleted: boolean;
};

/** How many field values one offer carries: its field changes when it is created. */
export const OFFER_FIELD_COUNT = 21;
/** How many offers both benches create. */
export const OFFER_COUNT = 10_000;
/** How many of them both sides edit concurrently in the lost-edits experiment. */
export const EDITED_OFFER_COUNT = 1_000;

const statuses: OfferStatus[] = ['draft', 'draft', 'sent', 'accepted', 'rejected', 'superseded'];
const currencies: Currency[] = ['EUR', 'EUR', 'EUR', 'CHF', 'USD', 'GBP'];
const subjects = [
  'Rahmenvertrag Managed Services',
  'Migration Rechenzentrum',
  'Firewall-Erneuerung',
  'Microsoft 365 Einführung',
  'SAP-Basisbetrieb',
  'Netzwerk-Redesign Standorte',
  'Backup und Recovery',
  'Arbeitsplatz-Rollout',
];
const companies = ['Nordtec', 'Rheindata', 'Elbwerk', 'Alpenlog', 'Hansemed', 'Isarnet'];
const legal = ['GmbH', 'AG', 'SE', 'KG'];

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;
const day = (offset: number): string =>
  new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** The id of the offer at `index`: stable across runs and sides, sorted as created. */
export const offerId = (index: number): string => `offer-${String(index).padStart(6, '0')}`;

/** The content of the offer at `index`: varied, deterministic values. */
export function benchOfferContent(index: number): BenchOfferContent {
  const issued = index % 330;
  return {
    number: `A-2026-JB-${String(index + 1).padStart(5, '0')}`,
    title: `${pick(subjects, index)} ${Math.floor(index / subjects.length) + 1}`,
    clientId: `client-${String(index % 2_000).padStart(5, '0')}`,
    // A field of the offers table (the sync refuses fields a table does not have).
    opportunityId:
      index % 4 === 3 ? '' : `opp-${pick(companies, index)}-${pick(legal, index >> 2)}`,
    status: pick(statuses, index),
    currency: pick(currencies, index),
    discountPct: String(index % 15),
    date: day(issued),
    validUntil: day(issued + 30),
    revision: 1 + (index % 3),
    paymentTermsDays: pick([14, 30, 60], index),
    cashDiscountPct: index % 4 === 0 ? '2' : '',
    termMonths: pick([0, 12, 36], index),
    language: index % 5 === 0 ? 'en' : 'de',
    reverseCharge: index % 7 === 0,
    notes: index % 3 === 0 ? 'Preise gültig bei Auftrag bis Quartalsende.' : '',
  };
}

/** `count` stored offers: content plus row metadata as a writer would set it. */
export function benchOffers(count: number): BenchOffer[] {
  return Array.from({ length: count }, (_, index) => {
    const createdAt = new Date(Date.UTC(2026, 0, 1, 8) + index * 60_000).toISOString();
    return {
      id: offerId(index),
      ...benchOfferContent(index),
      createdAt,
      updatedAt: createdAt,
      createdBy: 'Jana Becker',
      updatedBy: 'Jana Becker',
      deleted: false,
    };
  });
}

/** The title client A gives offer `index` offline in the lost-edits experiment. */
export const editedTitle = (index: number): string => `Überarbeitet von A ${index}`;
/** The discount client B gives the same offer offline at the same time. */
export const editedDiscountPct = (index: number): string => String(20 + (index % 10));

/** How many of both sides' edits a final offer shows: 0, 1 or 2. */
export function visibleEdits(
  index: number,
  offer: Pick<BenchOffer, 'title' | 'discountPct'> | undefined,
): number {
  if (offer === undefined) return 0;
  return (
    Number(offer.title === editedTitle(index)) +
    Number(offer.discountPct === editedDiscountPct(index))
  );
}
