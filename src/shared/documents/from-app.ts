import type {
  Client,
  CompanyProfile,
  Contact,
  Offer,
  OfferLine,
  OfferSection,
  UserProfile,
} from '../domain';
import type { DocumentData, DocumentLine } from './types';
import { byPosition } from '../ordering';
import { addresseeName } from '../text-blocks/salutation';

/** A PNG or JPEG data URL as bytes; SVG and anything else give null (documents embed bitmaps). */
export function logoFromDataUrl(dataUrl: string): DocumentData['company']['logo'] {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) return null;
  const binary = atob(match[2] ?? '');
  const data = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
  return { data, type: match[1] === 'png' ? 'png' : 'jpg' };
}

/** The addressee line from the contact: "Dr. Anna Schmidt". */
function contactName(contact: Contact | undefined): string {
  return contact ? addresseeName(contact) : '';
}

/** The app's rows of one offer revision as the builders' DocumentData. */
export function documentDataFromApp({
  company,
  client,
  primaryContact,
  offer,
  sections,
  lines,
  chapters,
  author,
  internal,
}: {
  company: CompanyProfile;
  client: Client;
  primaryContact: Contact | undefined;
  offer: Offer;
  sections: readonly OfferSection[];
  lines: readonly OfferLine[];
  chapters: { title: string; body: string }[];
  author: UserProfile | undefined;
  internal: boolean;
}): DocumentData {
  const live = lines.filter((line) => !line.deleted);
  const { logo, ...companyFields } = company;
  const toLine = (line: OfferLine): DocumentLine => ({
    id: line.originId,
    name: line.name,
    description: line.description,
    quantity: line.quantity,
    unit: line.unit,
    unitPrice: line.unitPrice,
    discountPct: line.discountPct,
    vatPct: line.vatPct,
    billing: line.billing,
    kind: line.kind,
    replaces: line.replacesOriginId,
    unitCost: line.unitCost,
    estimate: line.estimate,
    ...(line.credit === true ? { credit: true } : {}),
  });
  return {
    language: offer.language,
    internal,
    company: { ...companyFields, logo: logoFromDataUrl(logo) },
    client: {
      name:
        client.legalForm && !client.name.endsWith(client.legalForm)
          ? `${client.name} ${client.legalForm}`
          : client.name,
      street: client.street,
      postalCode: client.postalCode,
      city: client.city,
      country: client.country,
      vatId: client.vatId,
      contactName: contactName(primaryContact),
      contactSalutation: primaryContact?.salutation ?? '',
    },
    author: {
      name: author?.name ?? '',
      position: author?.position ?? '',
      email: author?.email ?? '',
      phone: author?.phone ?? '',
    },
    offer: {
      number: offer.number,
      revision: offer.revision,
      title: offer.title,
      date: offer.date,
      validUntil: offer.validUntil,
      currency: offer.currency,
      exchangeRate: offer.exchangeRate,
      paymentTermsDays: offer.paymentTermsDays,
      cashDiscountPct: offer.cashDiscountPct,
      cashDiscountDays: offer.cashDiscountDays,
      termMonths: offer.termMonths,
      discountPct: offer.discountPct,
      reverseCharge: offer.reverseCharge,
    },
    sections: [...sections]
      .filter((section) => !section.deleted)
      .sort(byPosition)
      .map((section) => ({
        title: section.title,
        ...(section.package === true ? { package: true } : {}),
        lines: live
          .filter((line) => line.sectionId === section.id)
          .sort(byPosition)
          .map(toLine),
      })),
    chapters,
  };
}
