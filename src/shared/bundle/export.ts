import type {
  ClientInput,
  CompanyProfile,
  Offer,
  OfferLine,
  OfferSection,
  UserProfile,
} from '../domain';
import { formatLineRef } from './line-ref';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './schema';
import type { OfferBundleInput } from './schema';
import { byPosition } from '../ordering';

type Positioned = { id: string; position: string; deleted?: boolean };

export type OfferToBundleArgs = {
  company: CompanyProfile;
  client: Pick<ClientInput, 'name' | 'street' | 'postalCode' | 'city' | 'country' | 'vatId'>;
  /** The addressee printed on documents (e.g. the primary contact), '' or absent for none. */
  contactName?: string;
  offer: Pick<
    Offer,
    | 'number'
    | 'revision'
    | 'title'
    | 'date'
    | 'validUntil'
    | 'currency'
    | 'exchangeRate'
    | 'language'
    | 'discountPct'
    | 'termMonths'
    | 'reverseCharge'
    | 'paymentTermsDays'
    | 'cashDiscountPct'
    | 'cashDiscountDays'
  >;
  sections: readonly (Pick<OfferSection, 'title' | 'package'> & Positioned)[];
  lines: readonly (Pick<
    OfferLine,
    | 'sectionId'
    | 'originId'
    | 'name'
    | 'description'
    | 'quantity'
    | 'unit'
    | 'unitPrice'
    | 'discountPct'
    | 'vatPct'
    | 'billing'
    | 'kind'
    | 'replacesOriginId'
    | 'unitCost'
    | 'estimate'
    | 'credit'
  > &
    Positioned)[];
  /** The chosen text blocks in chapter order, placeholders filled in. */
  chapters?: readonly { title: string; body: string }[];
  author?: Pick<UserProfile, 'name' | 'position' | 'email' | 'phone'>;
};

/** The fields of `record` whose value is not '' (the bundle leaves "not set" out). */
function filled<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== ''),
  ) as Partial<T>;
}

/** An offer as a bundle file's content: live sections and lines in order, alternatives by place. */
export function offerToBundle({
  company,
  client,
  contactName = '',
  offer,
  sections,
  lines,
  chapters = [],
  author,
}: OfferToBundleArgs): OfferBundleInput {
  const liveSections = sections.filter((section) => section.deleted !== true).sort(byPosition);
  const sectionLines = liveSections.map((section) =>
    lines.filter((line) => line.deleted !== true && line.sectionId === section.id).sort(byPosition),
  );
  const places = new Map<string, string>();
  sectionLines.forEach((list, section) =>
    list.forEach((line, index) =>
      places.set(line.originId, formatLineRef({ section, line: index })),
    ),
  );
  const { logo, brandColor, ...profile } = company;
  const bundle: OfferBundleInput = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    company: {
      ...filled(profile),
      name: company.name,
      street: company.street,
      postalCode: company.postalCode,
      city: company.city,
      country: company.country,
      vatId: company.vatId,
      iban: company.iban,
      ...filled({ brandColor, logo }),
    },
    client: {
      name: client.name,
      street: client.street,
      postalCode: client.postalCode,
      city: client.city,
      country: client.country,
      ...filled({ vatId: client.vatId, contactName }),
    },
    offer: {
      number: offer.number,
      revision: offer.revision,
      title: offer.title,
      date: offer.date,
      validUntil: offer.validUntil,
      currency: offer.currency,
      language: offer.language,
      ...filled({
        exchangeRate: offer.currency === 'EUR' ? '' : offer.exchangeRate,
        discountPct: offer.discountPct,
        cashDiscountPct: offer.cashDiscountPct,
      }),
      termMonths: offer.termMonths,
      reverseCharge: offer.reverseCharge,
      paymentTermsDays: offer.paymentTermsDays,
      cashDiscountDays: offer.cashDiscountDays,
      sections: liveSections.map((section, index) => ({
        title: section.title,
        ...(section.package === true ? { package: true } : {}),
        lines: (sectionLines[index] ?? []).map((line) => {
          const replaces = line.kind === 'alternative' ? places.get(line.replacesOriginId) : '';
          return {
            name: line.name,
            quantity: line.quantity,
            unit: line.unit,
            unitPrice: line.unitPrice,
            vatPct: line.vatPct,
            billing: line.billing,
            kind: line.kind,
            ...filled({
              discountPct: line.discountPct,
              description: line.description,
              unitCost: line.unitCost,
              replaces: replaces ?? '',
            }),
            ...(line.estimate === null ? {} : { estimate: line.estimate }),
            ...(line.credit === true ? { credit: true } : {}),
          };
        }),
      })),
    },
    textBlocks: chapters.map(({ title, body }) => ({ title, body })),
  };
  if (author !== undefined) bundle.author = { ...author };
  return bundle;
}
