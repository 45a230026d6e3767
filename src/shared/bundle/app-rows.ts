import { generateNKeysBetween } from 'fractional-indexing';
import type { z } from 'zod';
import { readUnit } from '../catalog-import/values';
import {
  clientInputSchema,
  contactInputSchema,
  offerInputSchema,
  offerLineInputSchema,
  offerSectionInputSchema,
  units,
  vatRates,
} from '../domain';
import type {
  ClientInput,
  ContactInput,
  OfferInput,
  OfferLineInput,
  OfferSectionInput,
} from '../domain';
import { Decimal } from '../money';
import { parseLineRef } from './line-ref';
import { formatPath, issueMessage, uniqueProblems } from './problems';
import type { BundleProblem } from './problems';
import type { OfferBundle } from './schema';
import { bundleDefaults } from './to-document';

type WithId<T> = T & { id: string };

/** The rows an import writes, validated by the domain schemas, every id fresh. */
export type AppRows = {
  client: WithId<ClientInput>;
  /** The bundle's `client.contactName` as a primary contact, or null. */
  contact: WithId<ContactInput> | null;
  /** Number and revision are kept: they identify the offer towards the customer. */
  offer: WithId<OfferInput> & { number: string; revision: number };
  sections: WithId<OfferSectionInput>[];
  lines: WithId<OfferLineInput>[];
  /** The chosen text blocks, in order, for the offer's chapters. */
  chapters: { title: string; body: string }[];
};

export type BundleToAppRowsOptions = {
  newId: () => string;
  /**
   * The exchange rate the user entered when importing (1 EUR = rate units of the offer currency);
   * it wins over the bundle's own. An offer not in EUR needs one of the two.
   */
  exchangeRate?: string;
};

/** True when the bundle's offer is not in EUR and names no rate: the import must ask for one. */
export function bundleNeedsExchangeRate(bundle: OfferBundle): boolean {
  return bundle.offer.currency !== 'EUR' && (bundle.offer.exchangeRate ?? '').trim() === '';
}

export type BundleToAppRowsResult =
  { ok: true; rows: AppRows } | { ok: false; problems: BundleProblem[] };

type Collect = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  at: (string | number)[],
  /** Domain field → bundle field; null reports at `at` itself. */
  rename?: Record<string, string | null>,
) => z.output<S> | null;

/** Parses with a domain schema, collecting problems at the bundle's paths. */
function collector(problems: BundleProblem[]): Collect {
  return (schema, value, at, rename = {}) => {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const [field, ...rest] = issue.path;
      const key = typeof field === 'string' && field in rename ? rename[field] : field;
      const path = key === undefined || key === null ? at : [...at, key, ...rest];
      problems.push({ path: formatPath(path as PropertyKey[]), message: issueMessage(issue) });
    }
    return null;
  };
}

/** "19.0" → "19" when it is one of the app's rates, else null. */
function appVatRate(vatPct: string): string | null {
  const normalized = new Decimal(vatPct).toString();
  return (vatRates as readonly string[]).includes(normalized) ? normalized : null;
}

/** "Dr. Anna Schmidt" → first name "Dr. Anna", last name "Schmidt". */
function splitName(name: string): { firstName: string; lastName: string } {
  const at = name.lastIndexOf(' ');
  return at < 0
    ? { firstName: '', lastName: name }
    : { firstName: name.slice(0, at), lastName: name.slice(at + 1) };
}

/**
 * Maps a valid bundle to the app's rows with fresh ids from `newId`, validated with the domain
 * schemas; problems (a VAT rate other than 19/7/0, an unknown unit, an invalid client VAT ID, an
 * alternative without `replaces`, an offer not in EUR without any exchange rate, …) are listed at
 * the bundle's JSON paths, and then no rows.
 */
export function bundleToAppRows(
  bundle: OfferBundle,
  { newId, exchangeRate }: BundleToAppRowsOptions,
): BundleToAppRowsResult {
  const problems: BundleProblem[] = [];
  const collect = collector(problems);
  const { client: source, offer: offerSource } = bundle;

  const clientId = newId();
  const client = collect(
    clientInputSchema,
    {
      name: source.name,
      legalForm: '',
      industry: '',
      size: '',
      website: '',
      street: source.street,
      postalCode: source.postalCode,
      city: source.city,
      country: source.country,
      vatId: source.vatId ?? '',
      language: offerSource.language,
      currency: offerSource.currency,
      tags: [],
      notes: '',
    },
    ['client'],
  );
  const contactName = source.contactName ?? '';
  const contact =
    contactName === ''
      ? null
      : collect(
          contactInputSchema,
          { clientId, ...splitName(contactName), role: '', email: '', phone: '', primary: true },
          ['client', 'contactName'],
          { firstName: null, lastName: null },
        );

  const offerId = newId();
  const offer = collect(
    offerInputSchema,
    {
      clientId,
      opportunityId: '',
      title: offerSource.title,
      date: offerSource.date,
      validUntil: offerSource.validUntil,
      currency: offerSource.currency,
      exchangeRate:
        offerSource.currency === 'EUR'
          ? ''
          : (exchangeRate ?? offerSource.exchangeRate ?? '').trim(),
      language: offerSource.language,
      paymentTermsDays: offerSource.paymentTermsDays ?? bundleDefaults.paymentTermsDays,
      cashDiscountPct: offerSource.cashDiscountPct ?? '',
      cashDiscountDays: offerSource.cashDiscountDays ?? bundleDefaults.cashDiscountDays,
      termMonths: offerSource.termMonths ?? bundleDefaults.termMonths,
      discountPct: offerSource.discountPct ?? '',
      reverseCharge: offerSource.reverseCharge ?? false,
      customerView: false,
      notes: '',
    },
    ['offer'],
  );

  const sectionIds = offerSource.sections.map(() => newId());
  const lineIds = offerSource.sections.map((section) => section.lines.map(() => newId()));
  const sectionPositions = generateNKeysBetween(null, null, sectionIds.length);
  const sections = offerSource.sections.map((section, sectionIndex) =>
    collect(
      offerSectionInputSchema,
      {
        offerId,
        title: section.title,
        position: sectionPositions[sectionIndex],
        ...(section.package === true ? { package: true } : {}),
      },
      ['offer', 'sections', sectionIndex],
    ),
  );

  const lines = offerSource.sections.flatMap((section, sectionIndex) => {
    const positions = generateNKeysBetween(null, null, section.lines.length);
    return section.lines.map((line, lineIndex) => {
      const at = ['offer', 'sections', sectionIndex, 'lines', lineIndex];
      const id = lineIds[sectionIndex]?.[lineIndex] as string;
      const unit = readUnit(line.unit);
      if (unit === null) {
        problems.push({
          path: formatPath([...at, 'unit']),
          message: `"${line.unit}" is not a unit Quotient knows; use one of ${units.join(', ')}`,
        });
      }
      const vatPct = appVatRate(line.vatPct);
      if (vatPct === null) {
        problems.push({
          path: formatPath([...at, 'vatPct']),
          message: `${line.vatPct} % is not a VAT rate of Quotient (19, 7 or 0); change the rate in the bundle`,
        });
      }
      const ref = line.kind === 'alternative' ? parseLineRef(line.replaces ?? '') : null;
      const kind = line.kind ?? 'normal';
      const row = collect(
        offerLineInputSchema,
        {
          offerId,
          sectionId: sectionIds[sectionIndex],
          position: positions[lineIndex],
          // A fresh line is its own origin, as offerLines.add makes it.
          originId: id,
          catalogItemId: '',
          roleId: '',
          name: line.name,
          description: line.description ?? '',
          quantity: line.quantity,
          // Stand-ins only so the schema reports the line's other problems; the import is refused.
          unit: unit ?? 'piece',
          unitPrice: line.unitPrice,
          discountPct: line.discountPct ?? '',
          vatPct: vatPct ?? '0',
          billing: line.billing,
          unitCost: line.unitCost ?? '',
          kind,
          replacesOriginId: ref === null ? '' : (lineIds[ref.section]?.[ref.line] ?? ''),
          estimate: line.estimate ?? null,
          ...(line.credit === true ? { credit: true } : {}),
        },
        at,
        { replacesOriginId: 'replaces' },
      );
      return row === null ? null : { ...row, id };
    });
  });

  if (problems.length > 0 || client === null || offer === null) {
    return { ok: false, problems: uniqueProblems(problems) };
  }
  return {
    ok: true,
    rows: {
      client: { ...client, id: clientId },
      contact: contact === null ? null : { ...contact, id: newId() },
      offer: { ...offer, id: offerId, number: offerSource.number, revision: offerSource.revision },
      sections: sections.map((section, index) => ({
        ...(section as OfferSectionInput),
        id: sectionIds[index] as string,
      })),
      lines: lines as WithId<OfferLineInput>[],
      chapters: (bundle.textBlocks ?? []).map(({ title, body }) => ({ title, body })),
    },
  };
}
