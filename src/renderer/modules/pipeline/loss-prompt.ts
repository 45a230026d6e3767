import type { Opportunity } from '#shared/domain';
import { createStore } from '../../stores/create-store';

type LossPrompt = {
  /** The opportunity that has just been lost, while its loss form is shown. */
  opportunity: Opportunity | null;
  ask(opportunity: Opportunity): void;
  close(): void;
};

/**
 * The loss form's trigger: an opportunity that has just moved to "lost" (board, keyboard or
 * dialog) is handed here, and LossPromptHost shows what the 'opportunity.lost' slot contributes.
 */
export const useLossPrompt = createStore<LossPrompt>((set) => ({
  opportunity: null,
  ask: (opportunity) => set({ opportunity }),
  close: () => set({ opportunity: null }),
}));

/** Asks for the loss details when a move or an edit took the opportunity into "lost". */
export function askLossDetailsIfLost(before: Opportunity['stage'] | undefined, after: Opportunity) {
  if (after.stage === 'lost' && before !== 'lost') useLossPrompt.getState().ask(after);
}
