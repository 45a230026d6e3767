/** What a key press in a line cell asks the editor to do. */
export type LineKeyAction =
  | { type: 'focus'; delta: number }
  | { type: 'add-after' }
  | { type: 'duplicate' }
  | { type: 'delete' }
  | { type: 'move'; direction: 'up' | 'down' }
  | { type: 'details' }
  | { type: 'revert' };

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Keys of the line details drawer, listed by the "?" dialog (app/shortcuts). */
export const LINE_DETAILS_KEYS = 'Alt+Enter';

/** The keys that open and close the offer editor's first side panel (OfferAside). */
export const OFFER_ASIDE_KEYS = 'Alt+W';

/** The offer editor's keyboard map; a select keeps its own arrow keys. */
export function lineKeyAction(
  event: KeyLike,
  { isSelect }: { isSelect: boolean },
): LineKeyAction | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey && !mod && event.key === 'ArrowUp') return { type: 'move', direction: 'up' };
  if (event.altKey && !mod && event.key === 'ArrowDown') return { type: 'move', direction: 'down' };
  if (mod && event.key === 'Enter') return { type: 'add-after' };
  // The line's details (billing, kind, purchase price, long text) open in a drawer.
  if (event.altKey && !mod && event.key === 'Enter') return { type: 'details' };
  if (mod && event.key.toLowerCase() === 'd') return { type: 'duplicate' };
  // Ctrl+Backspace stays "delete previous word" in text fields.
  if (mod && event.key === 'Delete') return { type: 'delete' };
  if (event.altKey || mod) return undefined;
  if (event.key === 'Escape') return { type: 'revert' };
  if (event.key === 'Enter') return { type: 'focus', delta: event.shiftKey ? -1 : 1 };
  if (isSelect) return undefined;
  if (event.key === 'ArrowDown') return { type: 'focus', delta: 1 };
  if (event.key === 'ArrowUp') return { type: 'focus', delta: -1 };
  return undefined;
}

/** Moves focus to the same column `delta` lines away (lines are numbered across sections). */
export function focusCell(index: number, column: string): boolean {
  const target = document.querySelector<HTMLElement>(
    `[data-line-index="${index}"][data-col="${column}"]`,
  );
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement) target.select();
  return true;
}
