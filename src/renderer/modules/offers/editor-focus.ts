import { focusWhenRendered } from './AddLineControls';
import type { EditorFocus } from './line-commands';

/**
 * The element a plan's focus names (line-commands): `createdId` is the row the step made.
 * Undefined when the focus names a created row but the step made none.
 */
export function focusSelector(focus: EditorFocus, createdId?: string): string | undefined {
  switch (focus.kind) {
    case 'cell': {
      const lineId = focus.lineId === 'created' ? createdId : focus.lineId;
      return lineId && `[data-line-id="${lineId}"] [data-col="${focus.column}"]`;
    }
    case 'add-line-controls':
      // The section's catalog picker, the first input of its add-line controls.
      return `[data-section-id="${focus.sectionId}"] [data-testid="add-line-controls"] input`;
    case 'section-title':
      // The title is the section's first input (selected, so typing replaces the default).
      return createdId && `[data-section-id="${createdId}"] input`;
  }
}

/** Focuses what a plan names once the live query has rendered it. */
export function focusAfterStep(focus: EditorFocus | undefined, createdId?: string): void {
  const selector = focus && focusSelector(focus, createdId);
  if (selector) focusWhenRendered(selector);
}
