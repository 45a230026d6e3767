import type { Estimate, OfferLine, OfferSection } from '../domain';
import { Decimal, isDecimalString } from '../money';
import { lineContentFields, offerContentFields } from './content-hash';
import type { OfferContentOffer } from './content-hash';
import type { OfferTotalsResult, TotalsOffer } from './totals';
import { offerTotals } from './totals';
import { byPosition } from '../ordering';
import { positionNumbers } from './positions';

export type DiffOffer = OfferContentOffer & TotalsOffer;

/** One revision's rows; deleted rows are ignored. */
export type RevisionContent = {
  offer: DiffOffer;
  sections: readonly OfferSection[];
  lines: readonly OfferLine[];
};

export type DiffValue = string | number | boolean | Estimate | null;
export type FieldChange = { field: string; before: DiffValue; after: DiffValue };
/** `pos`: the line's position number in the later revision ("1.2"), as the documents print it. */
export type LineChange = { originId: string; name: string; pos?: string; changes: FieldChange[] };
/** A line that kept its section but changed its place: its position numbers before and after. */
export type LineMove = { originId: string; name: string; before: string; after: string };
export type TotalChange = {
  key: TotalKey;
  before: string | null;
  after: string | null;
  /** after − before, exact; null when either side is null. */
  delta: string | null;
};

export type RevisionDiff = {
  offer: FieldChange[];
  added: OfferLine[];
  removed: OfferLine[];
  changed: LineChange[];
  moved: LineMove[];
  totals: TotalChange[];
  /** Position numbers by originId in each revision (offers/positions), for added and removed. */
  positions?: { before: Map<string, string>; after: Map<string, string> };
};

// The diff compares what the content hash covers; the estimate is compared on its own.
const offerFields = offerContentFields;
const lineFields = lineContentFields.filter(
  (field): field is Exclude<(typeof lineContentFields)[number], 'estimate'> => field !== 'estimate',
);

const totalKeys = [
  'oneTime.net',
  'oneTime.vat',
  'oneTime.gross',
  'monthly.net',
  'monthly.vat',
  'monthly.gross',
  'yearly.net',
  'yearly.vat',
  'yearly.gross',
  'contractValue',
  'margin',
  'marginPct',
] as const;
export type TotalKey = (typeof totalKeys)[number];

function totalValue(totals: OfferTotalsResult, key: TotalKey): string | null {
  if (key === 'contractValue') return totals.contractValue;
  if (key === 'margin') return totals.margin.contract.margin;
  if (key === 'marginPct') return totals.margin.contract.marginPct;
  const [billing, field] = key.split('.') as [
    'oneTime' | 'monthly' | 'yearly',
    'net' | 'vat' | 'gross',
  ];
  return totals[billing][field];
}

/** Decimal strings compare by value ("1.50" = "1.5"); everything else as is. */
function same(before: DiffValue, after: DiffValue): boolean {
  if (isDecimalString(before) && isDecimalString(after)) return new Decimal(before).eq(after);
  if (
    typeof before === 'object' &&
    typeof after === 'object' &&
    before !== null &&
    after !== null
  ) {
    return (['optimistic', 'mostLikely', 'pessimistic', 'riskPct'] as const).every((key) =>
      same(before[key], after[key]),
    );
  }
  return before === after;
}

type Placed = { line: OfferLine; section: string; pos: string };

/** Live lines in display order (sections, then lines, by position) with their section title. */
function ordered({ sections, lines }: RevisionContent): Placed[] {
  const live = lines.filter((line) => !line.deleted);
  const numbers = positionNumbers({ sections, lines: live });
  const result: Placed[] = [];
  for (const section of sections.filter((s) => !s.deleted).sort(byPosition)) {
    for (const line of live.filter((l) => l.sectionId === section.id).sort(byPosition)) {
      result.push({ line, section: section.title, pos: numbers.get(line.id) ?? '' });
    }
  }
  return result;
}

/** Indices (into `a`) of a longest common subsequence of two id lists. */
function commonOrder(a: string[], b: string[]): Set<number> {
  // Reorders touch few lines: match the common head and tail first, tabulate only the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const kept = new Set<number>();
  for (let i = 0; i < head; i++) kept.add(i);
  for (let i = a.length - tail; i < a.length; i++) kept.add(i);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const width = midB.length + 1;
  const table = new Uint32Array((midA.length + 1) * width);
  const at = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      table[i * width + j] =
        midA[i] === midB[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  for (let i = 0, j = 0; i < midA.length && j < midB.length;) {
    if (midA[i] === midB[j]) {
      kept.add(head + i);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return kept;
}

function lineChanges(before: Placed, after: Placed): FieldChange[] {
  const changes: FieldChange[] = lineFields
    .filter((field) => !same(before.line[field], after.line[field]))
    .map((field) => ({ field, before: before.line[field], after: after.line[field] }));
  if (before.section !== after.section) {
    changes.push({ field: 'section', before: before.section, after: after.section });
  }
  if (!same(before.line.estimate, after.line.estimate)) {
    changes.push({ field: 'estimate', before: before.line.estimate, after: after.line.estimate });
  }
  return changes;
}

/**
 * What changed between two revisions: offer fields, lines added, removed, changed and moved
 * (paired by originId, in display order) and every total with its exact difference.
 */
export function diffRevisions({
  before,
  after,
}: {
  before: RevisionContent;
  after: RevisionContent;
}): RevisionDiff {
  const oldLines = ordered(before);
  const newLines = ordered(after);
  const oldByOrigin = new Map(oldLines.map((placed) => [placed.line.originId, placed]));
  const newOrigins = new Set(newLines.map((placed) => placed.line.originId));

  const offer = offerFields
    .filter((field) => !same(before.offer[field], after.offer[field]))
    .map((field) => ({ field, before: before.offer[field], after: after.offer[field] }));

  const paired = newLines.flatMap((placed) => {
    const old = oldByOrigin.get(placed.line.originId);
    return old === undefined ? [] : [{ old, placed }];
  });
  const changed = paired
    .map(({ old, placed }) => ({
      originId: placed.line.originId,
      name: placed.line.name,
      pos: placed.pos,
      changes: lineChanges(old, placed),
    }))
    .filter((change) => change.changes.length > 0);

  // Only a line outside the longest common order moved; the others merely shifted with it.
  const oldOrder = oldLines
    .filter((p) => newOrigins.has(p.line.originId))
    .map((p) => p.line.originId);
  const newOrder = paired.map(({ placed }) => placed.line.originId);
  const kept = commonOrder(newOrder, oldOrder);
  const moved = paired
    .filter(({ old, placed }, i) => !kept.has(i) && old.section === placed.section)
    .map(({ old, placed }) => ({
      originId: placed.line.originId,
      name: placed.line.name,
      before: old.pos,
      after: placed.pos,
    }));

  const totalsBefore = offerTotals({ offer: before.offer, lines: oldLines.map((p) => p.line) });
  const totalsAfter = offerTotals({ offer: after.offer, lines: newLines.map((p) => p.line) });
  const totals = totalKeys.map((key): TotalChange => {
    const was = totalValue(totalsBefore, key);
    const is = totalValue(totalsAfter, key);
    const delta = was === null || is === null ? null : new Decimal(is).minus(was).toFixed(2);
    return { key, before: was, after: is, delta: delta === '-0.00' ? '0.00' : delta };
  });

  return {
    offer,
    added: newLines.filter((p) => !oldByOrigin.has(p.line.originId)).map((p) => p.line),
    removed: oldLines.filter((p) => !newOrigins.has(p.line.originId)).map((p) => p.line),
    changed,
    moved,
    totals,
    positions: {
      before: new Map(oldLines.map((p) => [p.line.originId, p.pos])),
      after: new Map(newLines.map((p) => [p.line.originId, p.pos])),
    },
  };
}
