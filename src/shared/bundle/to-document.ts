import type { DocumentData, DocumentLine } from '../documents/types';
import { emptyCompanyProfile } from '../domain';
import type { VatRate } from '../domain';
import { offerTotals } from '../offers/totals';
import type { OfferTotalsResult, TotalsLine } from '../offers/totals';
import { formatLineRef, parseLineRef } from './line-ref';
import type { BundleLine, OfferBundle } from './schema';
import { readUnit } from '../catalog-import/values';

/** Offer fields a bundle may leave out, with the values they mean (see docs/offer-bundle.md). */
export const bundleDefaults = {
  termMonths: 0,
  paymentTermsDays: 14,
  cashDiscountDays: 0,
} as const;

/** The totals the render command prints, in this key order; all decimal strings. */
export type BundleTotals = {
  /** One-time part: net, VAT, gross. */
  net: string;
  vat: string;
  gross: string;
  /** Recurring nets per month and per year ("0.00" when absent). */
  monthly: string;
  yearly: string;
  contractValue: string;
};

/** A line's id in documents and totals: its place, e.g. `sections[0].lines[2]`. */
const lineId = (section: number, line: number) => formatLineRef({ section, line });

/** The replaced line's id, or '' (non-alternatives, or no reference). */
function replacedId(line: BundleLine): string {
  if (line.kind !== 'alternative' || line.replaces === undefined) return '';
  const ref = parseLineRef(line.replaces);
  return ref === null ? '' : formatLineRef(ref);
}

function toDocumentLine(line: BundleLine, id: string): DocumentLine {
  return {
    id,
    name: line.name,
    description: line.description ?? '',
    quantity: line.quantity,
    // "Stk", "PT", "Monat" become codes, so the document prints them in its own language.
    unit: readUnit(line.unit) ?? line.unit,
    unitPrice: line.unitPrice,
    discountPct: line.discountPct ?? '',
    vatPct: line.vatPct,
    billing: line.billing,
    kind: line.kind ?? 'normal',
    replaces: replacedId(line),
    unitCost: line.unitCost ?? '',
    estimate: line.estimate ?? null,
    ...(line.credit === true ? { credit: true } : {}),
  };
}

/** Base64 without atob's Latin-1 detour into strings we never need. */
function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** PNG and JPEG logos go into documents; an SVG logo cannot (Word and Excel need pixels). */
function decodeLogo(logo: string | undefined): DocumentData['company']['logo'] {
  const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(logo ?? '');
  if (match === null) return null;
  return { data: decodeBase64(match[2] as string), type: match[1] === 'png' ? 'png' : 'jpg' };
}

/** The plain data the document builders take, from a valid bundle. */
export function bundleToDocumentData(
  bundle: OfferBundle,
  { internal }: { internal: boolean },
): DocumentData {
  const { company, client, offer } = bundle;
  const defaults = emptyCompanyProfile();
  return {
    language: offer.language,
    internal,
    company: {
      name: company.name,
      street: company.street,
      postalCode: company.postalCode,
      city: company.city,
      country: company.country,
      vatId: company.vatId,
      taxNumber: company.taxNumber ?? '',
      commercialRegister: company.commercialRegister ?? '',
      managingDirectors: company.managingDirectors ?? '',
      bankName: company.bankName ?? '',
      iban: company.iban,
      bic: company.bic ?? '',
      email: company.email ?? '',
      phone: company.phone ?? '',
      website: company.website ?? '',
      brandColor: company.brandColor || defaults.brandColor,
      logo: decodeLogo(company.logo),
    },
    client: {
      name: client.name,
      street: client.street,
      postalCode: client.postalCode,
      city: client.city,
      country: client.country,
      vatId: client.vatId ?? '',
      contactName: client.contactName ?? '',
    },
    author: {
      name: bundle.author?.name ?? '',
      position: bundle.author?.position ?? '',
      email: bundle.author?.email ?? '',
      phone: bundle.author?.phone ?? '',
    },
    offer: {
      number: offer.number,
      revision: offer.revision,
      title: offer.title,
      date: offer.date,
      validUntil: offer.validUntil,
      currency: offer.currency,
      exchangeRate: offer.currency === 'EUR' ? '' : (offer.exchangeRate ?? ''),
      paymentTermsDays: offer.paymentTermsDays ?? bundleDefaults.paymentTermsDays,
      cashDiscountPct: offer.cashDiscountPct ?? '',
      cashDiscountDays: offer.cashDiscountDays ?? bundleDefaults.cashDiscountDays,
      termMonths: offer.termMonths ?? bundleDefaults.termMonths,
      discountPct: offer.discountPct ?? '',
      reverseCharge: offer.reverseCharge ?? false,
    },
    sections: offer.sections.map((section, sectionIndex) => ({
      title: section.title,
      ...(section.package === true ? { package: true } : {}),
      lines: section.lines.map((line, index) => toDocumentLine(line, lineId(sectionIndex, index))),
    })),
    chapters: (bundle.textBlocks ?? []).map(({ title, body }) => ({ title, body })),
  };
}

/** A bundle's lines as the totals engine reads them. */
export function bundleTotalsLines(bundle: OfferBundle): TotalsLine[] {
  return bundle.offer.sections.flatMap((section, sectionIndex) =>
    section.lines.map((line, index) => ({
      id: lineId(sectionIndex, index),
      sectionId: `sections[${sectionIndex}]`,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPct: line.discountPct ?? '',
      // The engine computes any rate 0–100; the row type narrows to the app's own rates.
      vatPct: line.vatPct as VatRate,
      billing: line.billing,
      kind: line.kind ?? 'normal',
      unitCost: line.unitCost ?? '',
    })),
  );
}

/** The engine's full totals of a bundle (groups, margins, per line by `sections[i].lines[j]`). */
export function bundleOfferTotals(bundle: OfferBundle): OfferTotalsResult {
  const { offer } = bundle;
  return offerTotals({
    offer: {
      discountPct: offer.discountPct ?? '',
      termMonths: offer.termMonths ?? bundleDefaults.termMonths,
      reverseCharge: offer.reverseCharge ?? false,
    },
    lines: bundleTotalsLines(bundle),
    sections: offer.sections.map((_, index) => ({ id: `sections[${index}]` })),
  });
}

/** One-time net/VAT/gross, monthly and yearly recurring nets and contract value, by the offers rules. */
export function bundleTotals(bundle: OfferBundle): BundleTotals {
  const totals = bundleOfferTotals(bundle);
  return {
    net: totals.oneTime.net,
    vat: totals.oneTime.vat,
    gross: totals.oneTime.gross,
    monthly: totals.monthly.net,
    yearly: totals.yearly.net,
    contractValue: totals.contractValue,
  };
}
