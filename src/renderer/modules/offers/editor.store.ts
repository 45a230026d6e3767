import { lineMargin } from '#shared/calculation';
import type { Offer, OfferLine } from '#shared/domain';
import {
  marginWarnings,
  offerTotals,
  type MarginWarnings,
  type OfferTotalsResult,
} from '#shared/offers/totals';
import { createStore } from '../../stores/create-store';

/** The numeric line fields a user types into; drafts feed the live totals before a save. */
export type DraftField = 'quantity' | 'unitPrice' | 'discountPct' | 'unitCost';
export type LineDraft = Partial<Pick<OfferLine, DraftField>>;

export type LiveTotals = {
  totals?: OfferTotalsResult;
  warnings?: MarginWarnings;
  /** Margin % per line id (null without a unit cost), for the internal view. */
  marginPcts: ReadonlyMap<string, string | null>;
  lowMarginIds: ReadonlySet<string>;
  /** What the totals computation threw (the panel translates it with errorMessage). */
  error?: unknown;
};

type EditorState = {
  offer: Offer | null;
  lines: readonly OfferLine[];
  minMarginPct: string;
  drafts: Record<string, LineDraft>;
  live: LiveTotals;
  /** The stored offer and lines, whenever the live query delivers them. */
  load: (offer: Offer, lines: readonly OfferLine[], minMarginPct: string) => void;
  setDraft: (lineId: string, field: DraftField, value: string | undefined) => void;
  /** Drops a draft; with `saved`, only if the draft still holds that value (no newer typing). */
  clearDraft: (lineId: string, field: DraftField, saved?: string) => void;
  /** Forgets the offer and its drafts (the editor closed). */
  reset: () => void;
};

const empty: LiveTotals = { marginPcts: new Map(), lowMarginIds: new Set() };

/** Lines with their drafts applied; unchanged lines keep their identity. */
export function applyDrafts(
  lines: readonly OfferLine[],
  drafts: Record<string, LineDraft>,
): OfferLine[] {
  return lines.map((line) => {
    const draft = drafts[line.id];
    return draft && Object.keys(draft).length > 0 ? { ...line, ...draft } : line;
  });
}

/** Totals of the offer as typed right now; never NaN: a failure is reported, not shown as a number. */
export function computeLive(
  offer: Offer | null,
  lines: readonly OfferLine[],
  drafts: Record<string, LineDraft>,
  minMarginPct: string,
): LiveTotals {
  if (!offer) return empty;
  const merged = applyDrafts(lines, drafts);
  try {
    const totals = offerTotals({ offer, lines: merged });
    const warnings = marginWarnings({ totals, lines: merged, minMarginPct });
    const marginPcts = new Map<string, string | null>();
    for (const [id, line] of totals.byLineId) {
      marginPcts.set(
        id,
        line.cost === null ? null : lineMargin({ net: line.net, cost: line.cost }).marginPct,
      );
    }
    return { totals, warnings, marginPcts, lowMarginIds: new Set(warnings.lineIds) };
  } catch (error) {
    return { ...empty, error };
  }
}

/**
 * The offer editor's live state. Totals are computed once per keystroke here, and each
 * component selects only its own figure, so typing re-renders a cell, its line's net,
 * its section's subtotal and the totals, not the 500 lines around them.
 */
export const useEditorStore = createStore<EditorState>((set, get) => ({
  offer: null,
  lines: [],
  minMarginPct: '',
  drafts: {},
  live: empty,
  load: (offer, lines, minMarginPct) => {
    // Drafts belong to the offer being typed in; another offer starts clean.
    const drafts = get().offer?.id === offer.id ? get().drafts : {};
    set({
      offer,
      lines,
      minMarginPct,
      drafts,
      live: computeLive(offer, lines, drafts, minMarginPct),
    });
  },
  setDraft: (lineId, field, value) => {
    const { offer, lines, minMarginPct } = get();
    const current = { ...get().drafts[lineId] };
    if (value === undefined) delete current[field];
    else current[field] = value;
    const drafts = { ...get().drafts, [lineId]: current };
    set({ drafts, live: computeLive(offer, lines, drafts, minMarginPct) });
  },
  clearDraft: (lineId, field, saved) => {
    const draft = get().drafts[lineId]?.[field];
    if (draft === undefined || (saved !== undefined && draft !== saved)) return;
    get().setDraft(lineId, field, undefined);
  },
  reset: () => set({ offer: null, lines: [], drafts: {}, live: empty }),
}));
