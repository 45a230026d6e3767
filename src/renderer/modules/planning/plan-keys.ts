/** What a key press in a cell of the plan's work breakdown asks the tab to do. */
export type PlanKeyAction =
  | { type: 'focus'; delta: number }
  | { type: 'add-after' }
  | { type: 'delete' }
  | { type: 'indent' }
  | { type: 'outdent' }
  | { type: 'move'; direction: 'up' | 'down' }
  | { type: 'details' }
  | { type: 'revert' };

/** What a row does on a key or from its menu (moving the focus and Escape stay in the cell). */
export type RowCommand = Exclude<PlanKeyAction, { type: 'focus' } | { type: 'revert' }>;

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The keys the "?" dialog and the grid's hint name. */
export const PLAN_KEYS = {
  add: 'Ctrl+Enter',
  indent: 'Alt+→',
  outdent: 'Alt+←',
  moveUp: 'Alt+↑',
  moveDown: 'Alt+↓',
  delete: 'Ctrl+Del',
  details: 'Alt+Enter',
} as const;

/**
 * The work breakdown's keyboard map (like the offer grid's, plus Alt+→/← to indent and
 * outdent); a select keeps its own arrow keys, a text field its left and right arrows.
 */
export function planKeyAction(
  event: KeyLike,
  { isSelect }: { isSelect: boolean },
): PlanKeyAction | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey && !mod) {
    switch (event.key) {
      case 'ArrowUp':
        return { type: 'move', direction: 'up' };
      case 'ArrowDown':
        return { type: 'move', direction: 'down' };
      case 'ArrowRight':
        return { type: 'indent' };
      case 'ArrowLeft':
        return { type: 'outdent' };
      case 'Enter':
        return { type: 'details' };
      default:
        return undefined;
    }
  }
  if (mod && event.key === 'Enter') return { type: 'add-after' };
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

/** Whether a row has the input `column`: a phase has only its name (its figures are sums). */
export const hasPlanCell = (row: { phase: boolean }, column: string) =>
  column === 'name' || !row.phase;

/**
 * The row `delta` rows from `index` that has the cell `column` (skipping phases for the
 * package-only columns), or null when there is none in that direction. Counted on the rows'
 * data, not the DOM: the grid mounts its rows page by page.
 */
export function planCellTarget(
  rows: readonly { phase: boolean }[],
  index: number,
  column: string,
  delta: number,
): number | null {
  const step = delta < 0 ? -1 : 1;
  for (let at = index + delta; at >= 0 && at < rows.length; at += step) {
    if (hasPlanCell(rows[at]!, column)) return at;
  }
  return null;
}

/** Focuses (and selects) the cell `column` of the row at `index`; false when it is not mounted. */
export function focusPlanCell(index: number, column: string): boolean {
  const target = document.querySelector<HTMLElement>(
    `[data-plan-row="${index}"][data-col="${column}"]`,
  );
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement) target.select();
  return true;
}
