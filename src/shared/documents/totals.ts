import { offerTotals, type OfferTotalsResult, type TotalsLine } from '../offers/totals';
import type { DocumentData } from './types';

/** The offer totals of a document's lines, by the one engine (sections keyed by their index). */
export function documentTotals(data: Pick<DocumentData, 'offer' | 'sections'>): OfferTotalsResult {
  return offerTotals({
    offer: data.offer,
    lines: data.sections.flatMap((section, index) =>
      section.lines.map((line) => ({
        ...line,
        // Bundles may carry any rate; the engine checks 0–100 whatever the type says.
        vatPct: line.vatPct as TotalsLine['vatPct'],
        sectionId: String(index),
      })),
    ),
    sections: data.sections.map((_, index) => ({ id: String(index) })),
  });
}
