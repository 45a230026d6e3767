import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import {
  estimateSchema,
  lineKinds,
  offerInputSchema,
  offerLineInputSchema,
  percentStringSchema,
} from '#shared/domain';
import type {
  CatalogItem,
  CatalogItemInput,
  Language,
  OfferInput,
  OfferLineInput,
  Role,
  RoleInput,
  TextBlockInput,
} from '#shared/domain';
import { newId } from '#shared/ids';
import { canonicalOfferContent, sha256Hex } from '#shared/offers/content-hash';
import { offerPipelineValue } from '#shared/offers/pipeline';
import { applyEstimate, lineFromCatalogItem, serviceLineFromRole } from '#shared/offers/pricing';
import { addDays, localDate } from '#shared/offers/status';
import type { ValidationIssue } from './errors';

/**
 * A sent offer of the demo workspace, written into a client's `offers`. Its dates count back
 * from the import day (`daysAgo`, `validDays`), so a demo offer is never expired when imported;
 * lines name catalog items by `sku` (their prices and purchase prices come from the catalog) or
 * rate-card roles by `role` with a three-point `estimate`.
 */
const demoLineSchema = z.strictObject({
  sku: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  quantity: z.string().default('1'),
  kind: z.enum(lineKinds).default('normal'),
  discountPct: z.union([z.literal(''), percentStringSchema]).default(''),
  estimate: estimateSchema.optional(),
  /** For an alternative: the index (in its section) of the line it replaces. */
  replaces: z.number().int().min(0).optional(),
});

export const demoOfferSchema = z.strictObject({
  /** The title of the client's opportunity the offer was made for. */
  opportunity: z.string().min(1),
  /** The last name of the client's contact person the offer is addressed to. */
  contact: z.string().min(1),
  title: z.string().min(1),
  /** At least 1: the offer was sent on its date, before the import day. */
  daysAgo: z.number().int().min(1).max(60),
  validDays: z.number().int().min(1).max(365),
  paymentTermsDays: z.number().int().min(0).max(365),
  cashDiscountPct: z.union([z.literal(''), percentStringSchema]),
  cashDiscountDays: z.number().int().min(0).max(365),
  termMonths: z.number().int().min(0).max(240),
  discountPct: z.union([z.literal(''), percentStringSchema]),
  reverseCharge: z.boolean().default(false),
  notes: z.string().default(''),
  /** Titles of text blocks (in the offer's language), in chapter order. */
  chapters: z.array(z.string().min(1)).default([]),
  /** The title of the competitor-matrix analysis its "Warum wir" chapter is built from. */
  whyUsAnalysis: z.string().min(1).optional(),
  sections: z
    .array(z.strictObject({ title: z.string().min(1), lines: z.array(demoLineSchema).min(1) }))
    .min(1),
});
export type DemoOfferEntry = z.output<typeof demoOfferSchema>;

/** What a demo offer resolves against: the rows the same import writes, with their ids. */
export type DemoOfferContext = {
  clientId: string;
  language: Language;
  currency: OfferInput['currency'];
  opportunities: { id: string; title: string }[];
  contacts: { id: string; lastName: string }[];
  items: { id: string; fields: CatalogItemInput }[];
  roles: { id: string; key: string; fields: RoleInput }[];
  textBlocks: { id: string; fields: TextBlockInput }[];
  /** The analyses of the import (a "Warum wir" chapter names a competitor matrix by title). */
  analyses?: { id: string; title: string; kind: string }[];
};

/** A demo offer ready to write: every row, its content hash and its pipeline value. */
export type BuiltDemoOffer = {
  id: string;
  fields: OfferInput;
  sections: { id: string; title: string; position: string }[];
  lines: (OfferLineInput & { id: string })[];
  chapters: { textBlockId: string; position: string; title: string; body: string }[];
  contentHash: string;
  /** The opportunity's value after sending, as markSent sets it (contract value in EUR). */
  valueEur: string;
};

/** The offer date of a demo offer imported on `today` (YYYY-MM-DD). */
export const demoOfferDate = (entry: Pick<DemoOfferEntry, 'daysAgo'>, today: string): string =>
  addDays(today, -entry.daysAgo);

/**
 * Resolves one demo offer against the import's rows; pushes a ValidationIssue (under `path`) for
 * each name that resolves to nothing and returns null then.
 */
export async function buildDemoOffer(
  entry: DemoOfferEntry,
  context: DemoOfferContext,
  path: PropertyKey[],
  issues: ValidationIssue[],
  today: string = localDate(),
): Promise<BuiltDemoOffer | null> {
  const problems: ValidationIssue[] = [];
  const problem = (where: PropertyKey[], message: string, input: unknown) =>
    problems.push({ code: 'custom', path: [...path, ...where], message, input } as ValidationIssue);
  const opportunity = context.opportunities.find((row) => row.title === entry.opportunity);
  if (!opportunity)
    problem(['opportunity'], `unknown opportunity ${entry.opportunity}`, entry.opportunity);
  const contact = context.contacts.find((row) => row.lastName === entry.contact);
  if (!contact) problem(['contact'], `unknown contact ${entry.contact}`, entry.contact);
  const whyUs =
    entry.whyUsAnalysis === undefined
      ? undefined
      : (context.analyses ?? []).find(
          (row) => row.title === entry.whyUsAnalysis && row.kind === 'competitor-matrix',
        );
  if (entry.whyUsAnalysis !== undefined && !whyUs) {
    const message = `unknown competitor matrix ${entry.whyUsAnalysis}`;
    problem(['whyUsAnalysis'], message, entry.whyUsAnalysis);
  }

  const date = demoOfferDate(entry, today);
  const offerParse = offerInputSchema.safeParse({
    clientId: context.clientId,
    opportunityId: opportunity?.id ?? '',
    contactId: contact?.id ?? '',
    title: entry.title,
    date,
    validUntil: addDays(date, entry.validDays),
    currency: context.currency,
    exchangeRate: '',
    language: context.language,
    paymentTermsDays: entry.paymentTermsDays,
    cashDiscountPct: entry.cashDiscountPct,
    cashDiscountDays: entry.cashDiscountDays,
    termMonths: entry.termMonths,
    discountPct: entry.discountPct,
    reverseCharge: entry.reverseCharge,
    customerView: false,
    notes: entry.notes,
    ...(whyUs ? { whyUsAnalysisId: whyUs.id } : {}),
  });
  if (!offerParse.success) {
    problems.push(
      ...offerParse.error.issues.map(
        (issue) => ({ ...issue, path: [...path, ...issue.path] }) as ValidationIssue,
      ),
    );
  }
  const id = newId();
  const pricing = { currency: context.currency, exchangeRate: '' } as const;
  const vatPct = entry.reverseCharge ? '0' : '19';
  const sections: BuiltDemoOffer['sections'] = [];
  const lines: BuiltDemoOffer['lines'] = [];
  let sectionPosition: string | null = null;
  entry.sections.forEach((section, s) => {
    sectionPosition = generateKeyBetween(sectionPosition, null);
    const sectionId = newId();
    sections.push({ id: sectionId, title: section.title, position: sectionPosition });
    const origins: string[] = [];
    let linePosition: string | null = null;
    section.lines.forEach((line, l) => {
      const where = ['sections', s, 'lines', l];
      const originId = newId();
      origins.push(originId);
      linePosition = generateKeyBetween(linePosition, null);
      let content;
      if (line.sku !== undefined) {
        const item = context.items.find((row) => row.fields.sku === line.sku);
        if (!item) return problem([...where, 'sku'], `unknown sku ${line.sku}`, line.sku);
        const roleRow = context.roles.find((row) => row.id === item.fields.roleId);
        content = lineFromCatalogItem({
          item: { ...item.fields, id: item.id } as CatalogItem,
          offer: pricing,
          ...(roleRow ? { role: { ...roleRow.fields, id: roleRow.id } as Role } : {}),
        });
      } else if (line.role !== undefined) {
        const roleRow = context.roles.find((row) => row.key === line.role);
        if (!roleRow) return problem([...where, 'role'], `unknown role ${line.role}`, line.role);
        content = serviceLineFromRole({
          role: { ...roleRow.fields, id: roleRow.id } as Role,
          offer: pricing,
        });
      } else {
        return problem(where, 'a demo line names a sku or a role', line);
      }
      content = {
        ...content,
        quantity: line.quantity,
        kind: line.kind,
        discountPct: line.discountPct,
        ...(entry.reverseCharge ? { vatPct } : {}),
        ...(line.name === undefined ? {} : { name: line.name }),
        ...(line.description === undefined ? {} : { description: line.description }),
      };
      if (line.estimate) content = applyEstimate(content, line.estimate);
      const replaces = line.replaces === undefined ? '' : (origins[line.replaces] ?? '');
      const parsed = offerLineInputSchema.safeParse({
        ...content,
        offerId: id,
        sectionId,
        position: linePosition,
        originId,
        replacesOriginId: replaces,
      });
      if (!parsed.success) {
        problems.push(
          ...parsed.error.issues.map(
            (issue) => ({ ...issue, path: [...path, ...where, ...issue.path] }) as ValidationIssue,
          ),
        );
        return;
      }
      lines.push({ ...parsed.data, id: newId() });
    });
  });

  let chapterPosition: string | null = null;
  const chapters: BuiltDemoOffer['chapters'] = [];
  entry.chapters.forEach((title, index) => {
    const block = context.textBlocks.find(
      (row) => row.fields.title === title && row.fields.language === context.language,
    );
    if (!block) return problem(['chapters', index], `unknown text block ${title}`, title);
    chapterPosition = generateKeyBetween(chapterPosition, null);
    chapters.push({
      textBlockId: block.id,
      position: chapterPosition,
      title: block.fields.title,
      body: block.fields.body,
    });
  });

  if (problems.length > 0 || !offerParse.success) {
    issues.push(...problems);
    return null;
  }
  const fields = offerParse.data;
  const contentHash = await sha256Hex(canonicalOfferContent({ offer: fields, sections, lines }));
  const { eur } = offerPipelineValue({ offer: fields, lines });
  return { id, fields, sections, lines, chapters, contentHash, valueEur: eur };
}
