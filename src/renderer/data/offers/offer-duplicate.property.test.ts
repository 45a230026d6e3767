import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
  makeUserProfile,
} from '../../../../test/factories/domain';
import type { BillingKind, LineKind, OfferInput, Unit, VatRate } from '#shared/domain';
import { offerTotals } from '#shared/offers/totals';
import { RowNotFoundError } from '../core/errors';
import { openTestWorkspace } from '#test/test-workspace';

type Workspace = ReturnType<typeof openTestWorkspace>;

type LineSpec = {
  section: number;
  unit: Unit;
  quantity: string;
  unitPrice: string;
  discountPct: string;
  vatPct: VatRate;
  billing: BillingKind;
  unitCost: string;
  kind: LineKind;
};

type OfferSpec = {
  offer: Pick<OfferInput, 'discountPct' | 'termMonths' | 'reverseCharge'>;
  sections: number;
  lines: LineSpec[];
  /** Index (modulo the line count) of a line to soft-delete before copying, or null. */
  removeLine: number | null;
};

/** `n / 10^scale` as a decimal string, exact (no binary floating point on the way). */
function decimal(n: number, scale: number): string {
  const digits = String(Math.abs(n)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${n < 0 ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

const percent = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 10_000 }).map((n) => decimal(n, 2)),
);
const lineSpec: fc.Arbitrary<LineSpec> = fc.record({
  section: fc.nat({ max: 9 }),
  unit: fc.constantFrom<Unit>('piece', 'licence', 'person-day', 'hour', 'month'),
  quantity: fc.oneof(
    fc.integer({ min: 0, max: 500 }).map(String),
    fc.integer({ min: 0, max: 9_999_999 }).map((n) => decimal(n, 3)),
  ),
  // Prices with up to four decimals, credit lines (negative prices) included.
  unitPrice: fc.integer({ min: -5_000_000, max: 500_000_000 }).map((n) => decimal(n, 4)),
  discountPct: percent,
  vatPct: fc.constantFrom<VatRate>('19', '7', '0'),
  billing: fc.constantFrom<BillingKind>('one-time', 'monthly', 'yearly'),
  unitCost: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 30_000_000 }).map((n) => decimal(n, 2)),
  ),
  kind: fc.constantFrom<LineKind>('normal', 'normal', 'optional', 'alternative'),
});
const offerSpec: fc.Arbitrary<OfferSpec> = fc.record({
  offer: fc.record({
    discountPct: percent,
    termMonths: fc.integer({ min: 0, max: 240 }),
    reverseCharge: fc.boolean(),
  }),
  sections: fc.integer({ min: 1, max: 3 }),
  lines: fc.array(lineSpec, { maxLength: 14 }),
  removeLine: fc.option(fc.nat(), { nil: null }),
});

/** Stores an offer from a spec through the repositories; returns its id. */
async function storeOffer(ws: Workspace, clientId: string, spec: OfferSpec): Promise<string> {
  const { repos } = ws;
  const offer = await repos.offers.create(makeOfferInput(clientId, spec.offer));
  for (let i = 1; i < spec.sections; i++) {
    await repos.offerSections.add({ offerId: offer.id, title: `Abschnitt ${i + 1}` });
  }
  const sections = await repos.offerSections.listByOffer(offer.id);
  const inputs = spec.lines.map(({ section, ...line }, index) =>
    makeOfferLineInput(offer.id, sections[section % sections.length]!.id, {
      ...line,
      name: `Position ${index + 1}`,
    }),
  );
  const stored = await repos.offerLines.addMany(
    inputs.filter((input) => input.kind !== 'alternative'),
  );
  const normal = stored.filter((line) => line.kind === 'normal');
  // An alternative names a stored normal line; without one it cannot exist and stays optional.
  await repos.offerLines.addMany(
    inputs
      .filter((input) => input.kind === 'alternative')
      .map((input, index) =>
        normal.length === 0
          ? { ...input, kind: 'optional' as const }
          : { ...input, replacesOriginId: normal[index % normal.length]!.originId },
      ),
  );
  const lines = await repos.offerLines.listByOffer(offer.id);
  if (spec.removeLine !== null && lines.length > 0) {
    await repos.offerLines.remove(lines[spec.removeLine % lines.length]!.id);
  }
  return offer.id;
}

/**
 * An offer's totals from its stored rows, with ids left out (copies have new ones): lines
 * and section subtotals in section order, alternatives by the name of the line they replace.
 */
async function totalsOf(ws: Workspace, offerId: string) {
  const { repos } = ws;
  const offer = await repos.offers.get(offerId);
  const sections = await repos.offerSections.listByOffer(offerId);
  const lines = await repos.offerLines.listByOffer(offerId);
  const all = offerTotals({ offer: offer!, lines, sections });
  const { byLineId, bySection } = all;
  // Everything but the id-keyed maps and the per-line list (compared per section below).
  const totals = {
    groups: all.groups,
    oneTime: all.oneTime,
    monthly: all.monthly,
    yearly: all.yearly,
    contractValue: all.contractValue,
    margin: all.margin,
    reverseCharge: all.reverseCharge,
    vatNote: all.vatNote,
  };
  const nameOfOrigin = new Map(lines.map((line) => [line.originId, line.name]));
  return {
    totals,
    sections: sections.map((section) => ({
      title: section.title,
      net: bySection.get(section.id)?.net,
      lines: lines
        .filter((line) => line.sectionId === section.id)
        .map((line) => ({
          name: line.name,
          kind: line.kind,
          replaces: nameOfOrigin.get(line.replacesOriginId) ?? null,
          ...byLineId.get(line.id),
        })),
    })),
  };
}

/** An empty workspace with a client and a user profile (offer numbers need initials). */
async function freshWorkspace(): Promise<{ ws: Workspace; clientId: string }> {
  const fresh = openTestWorkspace();
  const client = await fresh.repos.clients.create(makeClientInput());
  await fresh.repos.local.saveProfile(makeUserProfile({ initials: 'JB' }));
  return { ws: fresh, clientId: client.id };
}

let ws: Workspace;
beforeEach(async () => {
  ({ ws } = await freshWorkspace());
});

describe('offer copies keep their totals (property)', () => {
  it('a duplicate and the revision of a sent offer total exactly as the original', async () => {
    await fc.assert(
      fc.asyncProperty(offerSpec, async (spec) => {
        // A fresh database per run: offer numbers and outbox stay small and independent.
        const { ws, clientId } = await freshWorkspace();
        const offerId = await storeOffer(ws, clientId, spec);
        const original = await totalsOf(ws, offerId);
        // Guards the comparison itself: the copy must not be compared against an empty offer.
        const storedLines = spec.lines.length - (spec.removeLine !== null ? 1 : 0);
        expect(original.sections.flatMap((section) => section.lines)).toHaveLength(
          Math.max(storedLines, 0),
        );

        const duplicate = await ws.repos.offers.duplicate(offerId);
        expect(duplicate.id).not.toBe(offerId);
        expect(await totalsOf(ws, duplicate.id)).toEqual(original);

        await ws.repos.offers.markSent(offerId);
        const revision = await ws.repos.offers.revise(offerId);
        expect(revision.revision).toBe(2);
        expect(await totalsOf(ws, revision.id)).toEqual(original);
      }),
      { numRuns: 25 },
    );
  });

  it('duplicating an unknown offer fails and writes nothing', async () => {
    const before = await ws.repos.outbox.count();
    await expect(ws.repos.offers.duplicate('no-such-offer')).rejects.toThrow(RowNotFoundError);
    expect(await ws.repos.offers.list()).toEqual([]);
    expect(await ws.repos.outbox.count()).toBe(before);
  });
});
