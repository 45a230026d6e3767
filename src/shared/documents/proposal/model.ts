import type { BillingKind } from '../../domain';
import { documentPositionNumbers } from '../../offers/positions';
import { offerTotals } from '../../offers/totals';
import type { OfferTotalsResult, TotalsLine } from '../../offers/totals';
import { sectionSubtotals, totalsChain } from '../totals';
import type { SectionSubtotal, TotalsRow } from '../totals';
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
  /** Every line of the section, in the editor's order (normal, optional and alternative). */
  lines: PricedLine[];
  /** Σ net of the counted lines per billing kind, before the offer discount. */
  subtotals: SectionSubtotal[];
  /** Priced as one package: counted lines without prices, subtotals as package prices. */
  package: boolean;
};

export type ProposalModel = {
  totals: OfferTotalsResult;
  sections: PricedSection[];
  /** The totals chain, the same as in the editor, the print view and Excel. */
  chain: TotalsRow[];
  /** Whether any line is optional or an alternative (the tables then explain them). */
  hasExtras: boolean;
  hasRecurring: boolean;
};

// Totals are asked per (section, billing): the engine's section sums then are exactly the
// subtotals the tables print, with no arithmetic of our own.
const sectionKey = (sectionIndex: number, billing: BillingKind) => `${sectionIndex}:${billing}`;
const BILLINGS: readonly BillingKind[] = ['one-time', 'monthly', 'yearly'];

/** Prices the document's lines with the totals engine, numbered as in the editor. */
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
  const numbers = documentPositionNumbers(data.sections);
  const priced: PricedLine[] = data.sections.flatMap((section, sectionIndex) =>
    section.lines.map((line) => ({
      line,
      position: numbers.get(line.id) ?? '',
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
  const allLines = data.sections.flatMap((section) => section.lines);
  return {
    totals,
    sections: data.sections.map((section, sectionIndex) => ({
      title: section.title,
      position: String(sectionIndex + 1),
      lines: priced.filter((entry) => entry.sectionIndex === sectionIndex),
      subtotals: sectionSubtotals({ totals, lines: section.lines }),
      package: section.package === true,
    })),
    chain: totalsChain({
      language: data.language,
      currency: data.offer.currency,
      offer: data.offer,
      totals,
      lines: allLines,
    }),
    hasExtras: allLines.some((line) => line.kind !== 'normal'),
    hasRecurring: allLines.some((line) => line.kind === 'normal' && line.billing !== 'one-time'),
  };
}
