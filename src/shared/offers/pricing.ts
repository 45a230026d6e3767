import { CalculationError, pertQuantity } from '../calculation';
import type {
  Bundle,
  CatalogItem,
  Currency,
  Estimate,
  OfferInput,
  OfferLineInput,
  Role,
  VatRate,
} from '../domain';
import { isDecimalString, toDecimal, toMoneyString } from '../money';
import { normalizeVatId, vatCountryToIsoCountry, vatIdCountry } from '../validation';

/** Exchange rates as "1 EUR = rate units" per currency; EUR itself is always 1. */
export type ExchangeRates = Partial<Record<Currency, string>>;

/** A new line's content: everything but its place (offer, section, position, origin). */
export type LineContent = Omit<OfferLineInput, 'offerId' | 'sectionId' | 'position' | 'originId'>;

/** The offer fields pricing needs: its currency and the rate frozen on it. */
export type PricingOffer = Pick<OfferInput, 'currency' | 'exchangeRate'>;

function rateOf(currency: Currency, rates: ExchangeRates): string {
  if (currency === 'EUR') return '1';
  const rate = rates[currency] ?? '';
  if (rate === '') {
    throw new CalculationError('exchangeRate', 'required', `no exchange rate for ${currency}`);
  }
  if (!isDecimalString(rate) || !toDecimal(rate).gt(0)) {
    throw new CalculationError(
      'exchangeRate',
      'range',
      `"${rate}" is not an exchange rate above 0`,
    );
  }
  return rate;
}

/**
 * Converts an amount between currencies through EUR and rounds it to cents. The same currency
 * returns the amount unchanged: nothing is converted, so nothing is rounded.
 */
export function convertPrice({
  amount,
  from,
  to,
  rates,
}: {
  amount: string;
  from: Currency;
  to: Currency;
  rates: ExchangeRates;
}): string {
  if (from === to) return amount;
  const inEur = toDecimal(amount).div(rateOf(from, rates));
  return toMoneyString(inEur.times(rateOf(to, rates)));
}

/** Converts a EUR amount into `currency` at the offer's frozen rate ('' for EUR), in cents. */
export function convertFromEur({
  amount,
  currency,
  exchangeRate,
}: {
  amount: string;
  currency: Currency;
  exchangeRate: string;
}): string {
  if (currency === 'EUR') return toMoneyString(amount);
  return convertPrice({ amount, from: 'EUR', to: currency, rates: { [currency]: exchangeRate } });
}

/** The offer's frozen rate wins over the settings' rates for the offer currency. */
function ratesFor(offer: PricingOffer, rates: ExchangeRates): ExchangeRates {
  return offer.currency === 'EUR' ? rates : { ...rates, [offer.currency]: offer.exchangeRate };
}

const blankLine = {
  description: '',
  quantity: '1',
  discountPct: '',
  kind: 'normal',
  replacesOriginId: '',
  estimate: null,
} as const satisfies Partial<LineContent>;

/**
 * A line for a catalog item, prices converted into the offer currency. A service item with a
 * role takes its cost from the role's cost per day; its price stays the item's list price.
 * `rates` (settings) are needed only for items in a currency other than EUR and the offer's.
 */
export function lineFromCatalogItem({
  item,
  offer,
  role,
  rates = {},
}: {
  item: CatalogItem;
  offer: PricingOffer;
  role?: Role;
  rates?: ExchangeRates;
}): LineContent {
  const allRates = ratesFor(offer, rates);
  const toOffer = (amount: string, from: Currency) =>
    convertPrice({ amount, from, to: offer.currency, rates: allRates });
  const useRole = role !== undefined && item.kind === 'service';
  if (useRole && role.id !== item.roleId) {
    throw new Error(`role "${role.name}" is not the role of catalog item "${item.name}"`);
  }
  let unitCost = item.purchasePrice === '' ? '' : toOffer(item.purchasePrice, item.currency);
  if (useRole) unitCost = toOffer(role.costPerDay, role.currency);
  return {
    ...blankLine,
    name: item.name,
    description: item.description,
    unit: item.unit,
    unitPrice: toOffer(item.listPrice, item.currency),
    vatPct: item.vatPct,
    billing: item.billing,
    unitCost,
    catalogItemId: item.id,
    roleId: item.roleId,
  };
}

/** Thrown when a bundle names a catalog item that is missing or deleted. */
export class BundleItemMissingError extends Error {
  readonly bundleName: string;
  readonly catalogItemId: string;

  constructor(bundleName: string, catalogItemId: string) {
    super(`bundle "${bundleName}" contains catalog item ${catalogItemId}, which no longer exists`);
    this.name = 'BundleItemMissingError';
    this.bundleName = bundleName;
    this.catalogItemId = catalogItemId;
  }
}

/** The lines of a bundle with its quantities; a missing or deleted item throws before any line is made. */
export function linesFromBundle({
  bundle,
  items,
  offer,
  roles,
  rates = {},
}: {
  bundle: Pick<Bundle, 'name' | 'items'>;
  items: ReadonlyMap<string, CatalogItem>;
  offer: PricingOffer;
  roles: ReadonlyMap<string, Role>;
  rates?: ExchangeRates;
}): LineContent[] {
  const entries = bundle.items.map((entry) => {
    const item = items.get(entry.catalogItemId);
    if (item === undefined || item.deleted) {
      throw new BundleItemMissingError(bundle.name, entry.catalogItemId);
    }
    return { item, quantity: entry.quantity };
  });
  return entries.map(({ item, quantity }) => {
    const role = item.kind === 'service' ? roles.get(item.roleId) : undefined;
    const usable = role !== undefined && !role.deleted ? role : undefined;
    return { ...lineFromCatalogItem({ item, offer, role: usable, rates }), quantity };
  });
}

/** A person-day service line priced by a rate-card role. */
export function serviceLineFromRole({
  role,
  offer,
  rates = {},
  vatPct = '19',
}: {
  role: Role;
  offer: PricingOffer;
  rates?: ExchangeRates;
  vatPct?: VatRate;
}): LineContent {
  const allRates = ratesFor(offer, rates);
  const toOffer = (amount: string) =>
    convertPrice({ amount, from: role.currency, to: offer.currency, rates: allRates });
  return {
    ...blankLine,
    name: role.name,
    unit: 'person-day',
    unitPrice: toOffer(role.dayRate),
    vatPct,
    billing: 'one-time',
    unitCost: toOffer(role.costPerDay),
    catalogItemId: '',
    roleId: role.id,
  };
}

/** Sets a three-point estimate; the quantity becomes PERT plus risk, rounded up to the quarter day. */
export function applyEstimate<T extends { quantity: string; estimate: Estimate | null }>(
  line: T,
  estimate: Estimate,
): T {
  return { ...line, estimate, quantity: pertQuantity(estimate, estimate.riskPct) };
}

/** The 27 EU member states (ISO 3166-1; Greece is GR, its VAT prefix EL). */
export const euCountries: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

const isoCountry = (code: string) => {
  const upper = code.trim().toUpperCase();
  return upper === 'EL' ? 'GR' : upper;
};

/**
 * Intra-EU reverse charge: the client sits in another EU member state than the company and has a
 * well-formed VAT id of an EU state. Clients outside the EU (CH, GB, US, also XI) get false: their
 * VAT treatment (export, place of supply) is the user's call, not this rule's.
 */
export function reverseChargeApplies({
  clientCountry,
  clientVatId,
  companyCountry,
}: {
  clientCountry: string;
  clientVatId: string;
  companyCountry: string;
}): boolean {
  const client = isoCountry(clientCountry);
  const company = isoCountry(companyCountry);
  if (!euCountries.has(client) || !euCountries.has(company) || client === company) return false;
  const prefix = vatIdCountry(normalizeVatId(clientVatId));
  if (prefix === null) return false;
  // A client registered for VAT in the company's own country is charged VAT there.
  const vatCountry = vatCountryToIsoCountry(prefix);
  return euCountries.has(vatCountry) && vatCountry !== company;
}
