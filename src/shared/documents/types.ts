import type { PlanDocumentData } from './planning/types';
import type { WhyUsData } from './why-us';
import type {
  BillingKind,
  CompanyProfile,
  Currency,
  Estimate,
  Language,
  LineKind,
  Unit,
  UserProfile,
} from '../domain';

/**
 * Everything a document builder needs, as plain data: the app (from IndexedDB), the offer
 * bundle file and the render command all produce this, and the builders know nothing else.
 * Amounts are decimal strings; builders compute totals with src/shared/offers/totals.ts.
 */
export type DocumentData = {
  language: Language;
  /** The internal version adds cost and margin (Excel: an extra sheet); never for customers. */
  internal: boolean;
  company: Omit<CompanyProfile, 'logo'> & {
    /** PNG or JPEG bytes of the logo, or null. */
    logo: { data: Uint8Array; type: 'png' | 'jpg' } | null;
  };
  client: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    country: string;
    vatId: string;
    /** The addressee, e.g. the primary contact ("Frau Dr. Anna Schmidt"), or ''. */
    contactName: string;
    /** The addressee's stored salutation ('f' Frau/Ms, 'm' Herr/Mr); '' or absent: by name. */
    contactSalutation?: '' | 'f' | 'm';
  };
  author: Pick<UserProfile, 'name' | 'position' | 'email' | 'phone'>;
  offer: {
    number: string;
    revision: number;
    title: string;
    /** YYYY-MM-DD */
    date: string;
    validUntil: string;
    currency: Currency;
    /** '' for EUR; 1 EUR = rate units of the currency. */
    exchangeRate: string;
    paymentTermsDays: number;
    cashDiscountPct: string;
    cashDiscountDays: number;
    termMonths: number;
    discountPct: string;
    reverseCharge: boolean;
  };
  sections: DocumentSection[];
  /** Proposal chapters from text blocks, placeholders already filled in. */
  chapters: { title: string; body: string }[];
  /** The "Warum wir" chapter (offer.whyUsAnalysisId names a competitor matrix); absent: none. */
  whyUs?: WhyUsData;
  /** The offer's project plan (the "Projektplan" chapter, the payment-plan sheet); absent: none. */
  plan?: PlanDocumentData;
};

export type DocumentSection = {
  title: string;
  lines: DocumentLine[];
  /** Priced as one package: contents without their prices, the package price per billing. */
  package?: boolean;
};

export type DocumentLine = {
  /** Stable within the document (the alternative's `replaces` refers to it). */
  id: string;
  name: string;
  description: string;
  quantity: string;
  unit: Unit | string;
  unitPrice: string;
  discountPct: string;
  vatPct: string;
  billing: BillingKind;
  kind: LineKind;
  /** For alternative lines: the id of the line it replaces, else ''. */
  replaces: string;
  /** Internal only; '' when unknown. */
  unitCost: string;
  estimate: Estimate | null;
  /** A deliberate negative price (credit, trade-in): documents mark it "Gutschrift". */
  credit?: boolean;
};

/** The file name users expect: `A-2026-0042-r2 Kunde.xlsx` (revision 1 has no suffix). */
export function documentFileName({
  number,
  revision,
  clientName,
  extension,
}: {
  number: string;
  revision: number;
  clientName: string;
  extension: 'xlsx' | 'docx' | 'pdf' | 'quotient-offer.json';
}): string {
  const label = revision > 1 ? `${number}-r${revision}` : number;
  const client = clientName
    // Characters no file system accepts in a name, control characters included.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${label}${client ? ` ${client}` : ''}.${extension}`;
}
