import type { Billing, LineTotals } from '../../calculation';
import { documentPositionNumbers } from '../../offers/positions';
import { offerTotals } from '../../offers/totals';
import type { OfferTotalsResult, TotalsLine } from '../../offers/totals';
import { sectionSubtotals, totalsChain } from '../totals';
import type { SectionSubtotal, TotalsRow } from '../totals';
import type { DocumentData, DocumentLine } from '../types';

/** A line with its position number ("2.3") and the engine's totals. */
export type QuoteLine = DocumentLine & { pos: string; totals: LineTotals };

/** A section with every line in the editor's order and its subtotals per billing kind. */
export type QuoteSection = {
  title: string;
  lines: QuoteLine[];
  subtotals: SectionSubtotal[];
  /** Priced as one package: counted lines' prices hidden, subtotals as package prices. */
  package: boolean;
};

export type QuoteModel = {
  data: DocumentData;
  totals: OfferTotalsResult;
  sections: QuoteSection[];
  /** The totals chain every output shows; the sheet writes it as formulas. */
  chain: TotalsRow[];
  /** Position numbers by line id, for "alternative to pos. 1.2". */
  posById: Map<string, string>;
  /** The billings with totals (one-time at least). */
  billings: Billing[];
  hasRecurring: boolean;
};

/** Numbers the lines as in the editor and runs the totals engine once. */
export function quoteModel(data: DocumentData): QuoteModel {
  const posById = documentPositionNumbers(data.sections);
  const flat = data.sections.flatMap((section, sectionIndex) =>
    section.lines.map((line) => ({ line, sectionIndex })),
  );
  const totals = offerTotals({
    offer: {
      discountPct: data.offer.discountPct,
      termMonths: data.offer.termMonths,
      reverseCharge: data.offer.reverseCharge,
    },
    lines: flat.map(({ line, sectionIndex }) => ({
      id: line.id,
      sectionId: String(sectionIndex),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPct: line.discountPct,
      // TotalsLine narrows rates to the domain's 0/7/19; the engine reads any 0–100 (CHF 8.1).
      vatPct: line.vatPct as TotalsLine['vatPct'],
      billing: line.billing,
      kind: line.kind,
      unitCost: line.unitCost,
    })),
  });
  // The builder addresses lines by id (alternatives, the internal sheet): ids must be unique.
  if (totals.byLineId.size !== flat.length) throw new Error('line ids must be unique');
  const sections = data.sections
    .map((section) => ({
      title: section.title,
      lines: section.lines.map((line): QuoteLine => ({
        ...line,
        pos: posById.get(line.id) ?? '',
        totals: totals.byLineId.get(line.id) as LineTotals,
      })),
      subtotals: sectionSubtotals({ totals, lines: section.lines }),
      package: section.package === true,
    }))
    .filter((section) => section.lines.length > 0);
  const chain = totalsChain({
    language: data.language,
    currency: data.offer.currency,
    offer: data.offer,
    totals,
    lines: flat.map(({ line }) => line),
  });
  const shown = [...new Set(chain.flatMap((row) => (row.billing === null ? [] : [row.billing])))];
  return {
    data,
    totals,
    sections,
    chain,
    posById,
    billings: shown,
    hasRecurring: shown.some((billing) => billing !== 'one-time'),
  };
}
