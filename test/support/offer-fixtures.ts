// Test data for the offer modules' unit tests: valid rows with defaults and overrides.
import type { Offer, OfferLine, OfferSection } from '../../src/shared/domain';

const meta = (id: string) => ({
  id,
  createdAt: '2026-11-28T09:00:00.000Z',
  updatedAt: '2026-11-28T09:00:00.000Z',
  createdBy: 'user-1',
  updatedBy: 'user-1',
  deleted: false,
});

/** A draft EUR offer; override any field. */
export function makeOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    ...meta('offer-1'),
    clientId: 'client-1',
    opportunityId: '',
    title: 'Lagerverwaltung',
    date: '2026-11-28',
    validUntil: '2026-12-28',
    currency: 'EUR',
    exchangeRate: '',
    language: 'de',
    paymentTermsDays: 14,
    cashDiscountPct: '',
    cashDiscountDays: 0,
    termMonths: 36,
    discountPct: '',
    reverseCharge: false,
    customerView: false,
    notes: '',
    number: 'A-2026-MM-0001',
    revision: 1,
    rootId: 'offer-1',
    variantGroupId: '',
    variantName: '',
    status: 'draft',
    sentAt: '',
    contentHash: '',
    acceptedAt: '',
    ...overrides,
  };
}

/** A section of offer-1; override any field. */
export function makeSection(overrides: Partial<OfferSection> = {}): OfferSection {
  return {
    ...meta('section-1'),
    offerId: 'offer-1',
    title: 'Hardware',
    position: 'a0',
    ...overrides,
  };
}

/** A normal one-time line of section-1 at 100.00, 19 % VAT; override any field. */
export function makeLine(overrides: Partial<OfferLine> = {}): OfferLine {
  const id = overrides.id ?? 'line-1';
  return {
    ...meta(id),
    offerId: 'offer-1',
    sectionId: 'section-1',
    position: 'a0',
    originId: `origin-${id}`,
    catalogItemId: '',
    roleId: '',
    name: 'Server',
    description: '',
    quantity: '1',
    unit: 'piece',
    unitPrice: '100.00',
    discountPct: '',
    vatPct: '19',
    billing: 'one-time',
    unitCost: '',
    kind: 'normal',
    replacesOriginId: '',
    estimate: null,
    ...overrides,
  };
}
