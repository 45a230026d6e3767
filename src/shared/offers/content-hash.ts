import type { Estimate, OfferInput, OfferLine, OfferSection } from '../domain';
import { sha256Hex } from '../hash';

/** What the content hash covers of an offer: no ids, meta, timestamps or the customer-view switch. */
export const offerContentFields = [
  'title',
  'date',
  'validUntil',
  'currency',
  'exchangeRate',
  'language',
  'paymentTermsDays',
  'cashDiscountPct',
  'cashDiscountDays',
  'termMonths',
  'discountPct',
  'reverseCharge',
  'notes',
] as const satisfies readonly (keyof OfferInput)[];

export const lineContentFields = [
  'name',
  'description',
  'quantity',
  'unit',
  'unitPrice',
  'discountPct',
  'vatPct',
  'billing',
  'unitCost',
  'kind',
  'estimate',
] as const satisfies readonly (keyof OfferLine)[];

export type OfferContentOffer = Pick<OfferInput, (typeof offerContentFields)[number]>;
export type OfferContentSection = Pick<OfferSection, 'id' | 'title' | 'position'> & {
  deleted?: boolean;
};
export type OfferContentLine = Pick<
  OfferLine,
  (typeof lineContentFields)[number] | 'sectionId' | 'position' | 'originId' | 'replacesOriginId'
> & { deleted?: boolean };

export type OfferContent = {
  offer: OfferContentOffer;
  sections: readonly OfferContentSection[];
  lines: readonly OfferContentLine[];
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level, so key order never changes the text. */
function stableStringify(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(value[key] as Json)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function pick<T extends object, K extends keyof T>(
  row: T,
  keys: readonly K[],
): Record<string, Json> {
  return Object.fromEntries(keys.map((key) => [key, row[key] as Json]));
}

// Fractional-index positions compare as plain text (not locale order); ties fall back to content
// so two rows at one position order the same in every copy, whatever their ids.
function byPosition<T extends { position: string }>(rows: T[], content: (row: T) => string): T[] {
  return rows
    .map((row) => ({ row, key: content(row) }))
    .sort((a, b) =>
      a.row.position < b.row.position
        ? -1
        : a.row.position > b.row.position
          ? 1
          : a.key < b.key
            ? -1
            : a.key > b.key
              ? 1
              : 0,
    )
    .map(({ row }) => row);
}

function estimateJson(estimate: Estimate | null): Json {
  return estimate === null
    ? null
    : pick(estimate, ['optimistic', 'mostLikely', 'pessimistic', 'riskPct']);
}

/**
 * The canonical JSON of an offer's content: offer fields, sections by position with their lines by
 * position. Ids are left out (an alternative line names the line it replaces by its place), so a
 * duplicate or a new revision with equal content yields the same text and hash.
 */
export function canonicalOfferContent({ offer, sections, lines }: OfferContent): string {
  const liveSections = sections.filter((section) => section.deleted !== true);
  const liveLines = lines.filter((line) => line.deleted !== true);
  const sectionIds = new Set(liveSections.map((section) => section.id));
  const orphan = liveLines.find((line) => !sectionIds.has(line.sectionId));
  if (orphan !== undefined) {
    throw new Error(`line "${orphan.name}" belongs to no section of this offer`);
  }
  const lineJson = (line: OfferContentLine): Record<string, Json> => ({
    ...pick(line, lineContentFields),
    estimate: estimateJson(line.estimate),
  });
  const linesOf = (sectionId: string) =>
    byPosition(
      liveLines.filter((line) => line.sectionId === sectionId),
      (line) => stableStringify(lineJson(line)),
    );
  const ordered = byPosition(liveSections, (section) =>
    stableStringify([section.title, linesOf(section.id).map(lineJson)]),
  ).map((section) => ({ title: section.title, lines: linesOf(section.id) }));
  // [section index, line index] of each line's origin, for alternative lines' references.
  const places = new Map<string, Json>();
  ordered.forEach((section, s) =>
    section.lines.forEach((line, l) => places.set(line.originId, [s, l])),
  );
  return stableStringify({
    offer: pick(offer, offerContentFields),
    sections: ordered.map((section) => ({
      title: section.title,
      lines: section.lines.map((line) => ({
        ...lineJson(line),
        replaces: line.replacesOriginId === '' ? null : (places.get(line.replacesOriginId) ?? null),
      })),
    })),
  });
}

export { sha256Hex };

/** The content hash stored when a revision is sent. */
export async function offerContentHash(content: OfferContent): Promise<string> {
  return sha256Hex(canonicalOfferContent(content));
}
