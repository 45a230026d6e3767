import { focusWhenRendered } from './AddLineControls';

/**
 * The line that takes the focus after `deletedId` is deleted: the next line of the offer (in
 * display order, across sections), else the previous one; null when it was the only line.
 */
export function lineAfterDelete(order: readonly string[], deletedId: string): string | null {
  const index = order.indexOf(deletedId);
  if (index < 0) return null;
  return order[index + 1] ?? order[index - 1] ?? null;
}

/** Focuses the title of a new section (selected, so typing replaces the default title). */
export function focusSectionTitle(sectionId: string): void {
  // The title is the section's first input.
  focusWhenRendered(`[data-section-id="${sectionId}"] input`);
}

/**
 * After a line delete: the same column of the next line, else of the previous line, else the
 * catalog picker of the line's section.
 */
export function focusAfterLineDelete({
  order,
  deletedId,
  sectionId,
  column,
}: {
  order: readonly string[];
  deletedId: string;
  sectionId: string;
  column: string;
}): void {
  const next = lineAfterDelete(order, deletedId);
  focusWhenRendered(
    next
      ? `[data-line-id="${next}"] [data-col="${column}"]`
      : `[data-section-id="${sectionId}"] [data-testid="add-line-controls"] input`,
  );
}
