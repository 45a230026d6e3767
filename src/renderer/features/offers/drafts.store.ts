import type { OfferLine } from '../../../shared/domain';
import { createStore } from '../../stores/create-store';

/** The numeric line fields a user types into; drafts feed the live totals before a save. */
export type DraftField = 'quantity' | 'unitPrice' | 'discountPct' | 'unitCost';
export type LineDraft = Partial<Pick<OfferLine, DraftField>>;

type DraftState = {
  drafts: Record<string, LineDraft>;
  setDraft: (lineId: string, field: DraftField, value: string | undefined) => void;
  clearDraft: (lineId: string, field: DraftField) => void;
};

/** Keystroke-level values of the line being typed in, so totals move with every key. */
export const useDraftStore = createStore<DraftState>((set, get) => ({
  drafts: {},
  setDraft: (lineId, field, value) => {
    const current = { ...get().drafts[lineId] };
    if (value === undefined) delete current[field];
    else current[field] = value;
    set({ drafts: { ...get().drafts, [lineId]: current } });
  },
  clearDraft: (lineId, field) => get().setDraft(lineId, field, undefined),
}));

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
