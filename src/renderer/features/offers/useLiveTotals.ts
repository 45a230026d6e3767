import { useMemo } from 'react';
import type { Offer, OfferLine } from '../../../shared/domain';
import { marginWarnings, offerTotals } from '../../../shared/offers/totals';
import { applyDrafts, useDraftStore } from './drafts.store';

/** Totals of the offer as typed right now (drafts applied), recomputed per keystroke. */
export function useLiveTotals(
  offer: Offer | null | undefined,
  lines: readonly OfferLine[] | undefined,
  minMarginPct: string,
) {
  const drafts = useDraftStore((state) => state.drafts);
  return useMemo(() => {
    if (!offer || !lines) return undefined;
    const merged = applyDrafts(lines, drafts);
    try {
      const totals = offerTotals({ offer, lines: merged });
      const warnings = marginWarnings({ totals, lines: merged, minMarginPct });
      return { totals, warnings, error: undefined };
    } catch (error) {
      // Stored lines are validated, so this only guards against a corrupt row: show, never NaN.
      return {
        totals: undefined,
        warnings: undefined,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }, [offer, lines, drafts, minMarginPct]);
}
