import { billings } from '../../calculation';
import type { Billing, LineTotals, VatGroup } from '../../calculation';
import { Decimal } from '../../money';
import { offerTotals } from '../../offers/totals';
import type { OfferTotalsResult, TotalsLine } from '../../offers/totals';
import type { DocumentData, DocumentLine } from '../types';

/** A line with its position number ("2.3") and the engine's totals. */
export type QuoteLine = DocumentLine & { pos: string; totals: LineTotals };

export type QuoteSection = { title: string; lines: QuoteLine[]; subtotal: string };

/** The counted lines of one billing, by section, with the engine's totals of that billing. */
export type BillingBlock = {
  billing: Billing;
  sections: QuoteSection[];
  /** Σ section subtotals, before the offer discount. */
  sumLines: string;
  groups: VatGroup[];
  net: string;
  vat: string;
  gross: string;
};

export type QuoteModel = {
  data: DocumentData;
  totals: OfferTotalsResult;
  /** One-time always (the named totals exist in every quote), recurring only with lines. */
  blocks: BillingBlock[];
  /** Optional and alternative lines, by section: shown, never summed. */
  extras: { title: string; lines: QuoteLine[] }[];
  /** Position numbers by line id, for "alternative to pos. 1.2". */
  posById: Map<string, string>;
  hasRecurring: boolean;
};

const sectionKey = (index: number, billing: Billing) => `${index}|${billing}`;

/** Numbers the lines, runs the totals engine once and groups lines for the sheet. */
export function quoteModel(data: DocumentData): QuoteModel {
  const numbered = data.sections.map((section, sectionIndex) =>
    section.lines.map((line, lineIndex) => ({
      line,
      sectionIndex,
      pos: `${sectionIndex + 1}.${lineIndex + 1}`,
    })),
  );
  const flat = numbered.flat();
  // One section key per billing, so bySection gives the subtotals of each billing block.
  const totals = offerTotals({
    offer: {
      discountPct: data.offer.discountPct,
      termMonths: data.offer.termMonths,
      reverseCharge: data.offer.reverseCharge,
    },
    lines: flat.map(({ line, sectionIndex }) => ({
      id: line.id,
      sectionId: sectionKey(sectionIndex, line.billing),
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
  const quoteLines = numbered.map((lines) =>
    lines.map(({ line, pos }): QuoteLine => ({
      ...line,
      pos,
      totals: totals.byLineId.get(line.id) as LineTotals,
    })),
  );

  const blocks = billings
    .map((billing): BillingBlock => {
      const sections = data.sections
        .map((section, index) => ({
          title: section.title,
          lines: (quoteLines[index] ?? []).filter(
            (line) => line.billing === billing && line.totals.counted,
          ),
          subtotal: totals.bySection.get(sectionKey(index, billing))?.net ?? '0.00',
        }))
        .filter((section) => section.lines.length > 0);
      const sumLines = sections.reduce((sum, s) => sum.plus(s.subtotal), new Decimal(0));
      const billingTotals =
        billing === 'one-time'
          ? totals.oneTime
          : billing === 'monthly'
            ? totals.monthly
            : totals.yearly;
      return {
        billing,
        sections,
        sumLines: sumLines.toFixed(2),
        groups: totals.groups.filter((group) => group.billing === billing),
        ...billingTotals,
      };
    })
    .filter((block) => block.billing === 'one-time' || block.sections.length > 0);

  const extras = data.sections
    .map((section, index) => ({
      title: section.title,
      lines: (quoteLines[index] ?? []).filter((line) => !line.totals.counted),
    }))
    .filter((section) => section.lines.length > 0);

  return {
    data,
    totals,
    blocks,
    extras,
    posById: new Map(quoteLines.flat().map((line) => [line.id, line.pos])),
    hasRecurring: blocks.some((block) => block.billing !== 'one-time'),
  };
}
