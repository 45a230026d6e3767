import type { BillingKind } from '../../domain';
import { Decimal } from '../../money';
import { offerTotals } from '../../offers/totals';
import type { OfferTotalsResult, TotalsLine } from '../../offers/totals';
import type { DocumentData, DocumentLine } from '../types';

/** A line with its printed position ("2.3") and the engine's net. */
export type PricedLine = {
  line: DocumentLine;
  position: string;
  sectionIndex: number;
  net: string;
  /** For alternatives: the line it replaces, when found in the document. */
  replaces: { position: string; name: string } | null;
};

export type PricedSection = {
  title: string;
  position: string;
  /** Normal one-time lines: the section's table. */
  lines: PricedLine[];
  /** Σ net of those lines, before the offer discount (the engine's section sum). */
  subtotal: string;
};

export type ProposalModel = {
  totals: OfferTotalsResult;
  sections: PricedSection[];
  /** Optional and alternative lines of every billing, in document order. */
  extras: PricedLine[];
  recurring: Record<'monthly' | 'yearly', { lines: PricedLine[]; subtotal: string }>;
  /** Σ net of counted lines per billing before the offer discount. */
  linesNet: Record<BillingKind, string>;
};

// Totals are asked per (section, billing): the engine's section sums then are exactly the
// subtotals the tables print, with no arithmetic of our own.
const sectionKey = (sectionIndex: number, billing: BillingKind) => `${sectionIndex}:${billing}`;
const BILLINGS: readonly BillingKind[] = ['one-time', 'monthly', 'yearly'];

function sum(amounts: readonly string[]): string {
  return amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)).toFixed(2);
}

/** Prices the document's lines with the totals engine and sorts them into the proposal's tables. */
export function proposalModel(data: DocumentData): ProposalModel {
  const totals = offerTotals({
    offer: {
      discountPct: data.offer.discountPct,
      termMonths: data.offer.termMonths,
      reverseCharge: data.offer.reverseCharge,
    },
    lines: data.sections.flatMap((section, sectionIndex) =>
      section.lines.map((line) => ({
        ...line,
        // Bundles may carry any rate; the engine validates 0–100 whatever the type says.
        vatPct: line.vatPct as TotalsLine['vatPct'],
        sectionId: sectionKey(sectionIndex, line.billing),
      })),
    ),
    sections: data.sections.flatMap((_, sectionIndex) =>
      BILLINGS.map((billing) => ({ id: sectionKey(sectionIndex, billing) })),
    ),
  });
  const sectionNet = (sectionIndex: number, billing: BillingKind) =>
    totals.bySection.get(sectionKey(sectionIndex, billing))?.net ?? '0.00';

  const priced: PricedLine[] = data.sections.flatMap((section, sectionIndex) =>
    section.lines.map((line, lineIndex) => ({
      line,
      position: `${sectionIndex + 1}.${lineIndex + 1}`,
      sectionIndex,
      net: totals.byLineId.get(line.id)?.net ?? '0.00',
      replaces: null,
    })),
  );
  const byId = new Map(priced.map((entry) => [entry.line.id, entry]));
  for (const entry of priced) {
    const replaced = entry.line.replaces === '' ? undefined : byId.get(entry.line.replaces);
    if (replaced !== undefined) {
      entry.replaces = { position: replaced.position, name: replaced.line.name };
    }
  }

  const normal = priced.filter((entry) => entry.line.kind === 'normal');
  const recurring = (billing: 'monthly' | 'yearly') => ({
    lines: normal.filter((entry) => entry.line.billing === billing),
    subtotal: sum(data.sections.map((_, index) => sectionNet(index, billing))),
  });
  return {
    totals,
    sections: data.sections.map((section, sectionIndex) => ({
      title: section.title,
      position: String(sectionIndex + 1),
      lines: normal.filter(
        (entry) => entry.sectionIndex === sectionIndex && entry.line.billing === 'one-time',
      ),
      subtotal: sectionNet(sectionIndex, 'one-time'),
    })),
    extras: priced.filter((entry) => entry.line.kind !== 'normal'),
    recurring: { monthly: recurring('monthly'), yearly: recurring('yearly') },
    linesNet: {
      'one-time': sum(data.sections.map((_, index) => sectionNet(index, 'one-time'))),
      monthly: sum(data.sections.map((_, index) => sectionNet(index, 'monthly'))),
      yearly: sum(data.sections.map((_, index) => sectionNet(index, 'yearly'))),
    },
  };
}
