import type { OfferLineMove } from '#data';
import type { Language } from '#shared/domain';
import { defaultSectionTitles } from '#shared/offers/section-titles';
import type { LineKeyAction } from './line-keys';

/**
 * The offer editor's line and section commands as plans: what to write (data for the page to
 * run against the repositories) and where the focus goes next. Pure: no React, no database.
 */

/** The editor's sections in display order, each with its lines in display order. */
export type EditorSections = readonly {
  section: { id: string };
  lines: readonly { id: string }[];
}[];

/** Where a line goes: into a section, between two of its lines (either may be missing). */
export type LinePlace = OfferLineMove;

/** A line command: a key or menu action on a row, or a drop at a place. */
export type LineCommand =
  | Exclude<LineKeyAction, { type: 'focus' } | { type: 'revert' }>
  | { type: 'move-to'; to: LinePlace };

/** The one write (or drawer) a command asks for. */
export type EditorStep =
  | { kind: 'details'; lineId: string }
  | { kind: 'add-line'; sectionId: string; after: string }
  | { kind: 'duplicate'; lineId: string }
  | { kind: 'delete'; lineId: string }
  | { kind: 'move'; lineId: string; to: LinePlace }
  | { kind: 'add-section'; title: string; after?: string };

/** Where the focus goes once the step is done; `created` means the row the step made. */
export type EditorFocus =
  | { kind: 'cell'; lineId: string | 'created'; column: string }
  | { kind: 'add-line-controls'; sectionId: string }
  | { kind: 'section-title'; sectionId: 'created' };

export type EditorPlan = { step: EditorStep; focus?: EditorFocus };

/** The column a new or copied line opens in. */
const NEW_LINE_COLUMN = 'name';

/**
 * The line that takes the focus after `deletedId` is deleted: the next line of the offer (in
 * display order, across sections), else the previous one; null when it was the only line.
 */
export function lineAfterDelete(order: readonly string[], deletedId: string): string | null {
  const index = order.indexOf(deletedId);
  if (index < 0) return null;
  return order[index + 1] ?? order[index - 1] ?? null;
}

/**
 * Where Alt+Up/Down takes a line: one place up or down in its section, and at the section's
 * edge on into the neighbouring section (its end going up, its start going down, an empty one
 * too). Undefined at the offer's first or last place, or for a line not shown.
 */
export function lineMoveTarget(
  sections: EditorSections,
  lineId: string,
  direction: 'up' | 'down',
): LinePlace | undefined {
  const sectionIndex = sections.findIndex((entry) =>
    entry.lines.some((line) => line.id === lineId),
  );
  const entry = sections[sectionIndex];
  if (!entry) return undefined;
  const index = entry.lines.findIndex((line) => line.id === lineId);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= entry.lines.length) {
    const next = sections[sectionIndex + (direction === 'up' ? -1 : 1)];
    if (!next) return undefined;
    return direction === 'up'
      ? { sectionId: next.section.id, after: next.lines.at(-1)?.id }
      : { sectionId: next.section.id, before: next.lines[0]?.id };
  }
  const others = entry.lines.filter((line) => line.id !== lineId);
  return {
    sectionId: entry.section.id,
    after: others[target - 1]?.id,
    before: others[target]?.id,
  };
}

/**
 * The plan for a command on the line `lineId`. `column` is the column that has the focus (a
 * moved line keeps it, a delete hands it to the same column of the next line). Undefined
 * when there is nothing to do (a move past the offer's edge, a key on a line not shown).
 */
export function planLineCommand({
  sections,
  lineId,
  command,
  column = NEW_LINE_COLUMN,
}: {
  sections: EditorSections;
  lineId: string;
  command: LineCommand;
  column?: string;
}): EditorPlan | undefined {
  // A drop: the pointer, not the keyboard, is where the user is; the repository checks the place.
  if (command.type === 'move-to') return { step: { kind: 'move', lineId, to: command.to } };
  if (command.type === 'details') return { step: { kind: 'details', lineId } };
  const entry = sections.find((candidate) => candidate.lines.some((line) => line.id === lineId));
  if (!entry) return undefined;
  const created = { kind: 'cell', lineId: 'created', column: NEW_LINE_COLUMN } as const;
  switch (command.type) {
    case 'add-after':
      return {
        step: { kind: 'add-line', sectionId: entry.section.id, after: lineId },
        focus: created,
      };
    case 'duplicate':
      return { step: { kind: 'duplicate', lineId }, focus: created };
    case 'delete': {
      const order = sections.flatMap((candidate) => candidate.lines.map((line) => line.id));
      const next = lineAfterDelete(order, lineId);
      return {
        step: { kind: 'delete', lineId },
        // The same column of the next line, else of the previous, else the section's picker.
        focus: next
          ? { kind: 'cell', lineId: next, column }
          : { kind: 'add-line-controls', sectionId: entry.section.id },
      };
    }
    case 'move': {
      const to = lineMoveTarget(sections, lineId, command.direction);
      return to && { step: { kind: 'move', lineId, to }, focus: { kind: 'cell', lineId, column } };
    }
  }
}

/** The plan for "add section": the offer language's default title, after the last section. */
export function planAddSection({
  sections,
  language,
}: {
  sections: EditorSections;
  language: Language;
}): EditorPlan {
  return {
    // The document's language, not the UI's: the title prints in the proposal.
    step: {
      kind: 'add-section',
      title: defaultSectionTitles.added[language],
      after: sections.at(-1)?.section.id,
    },
    // Typing goes into the new title, not into the button (which made empty sections).
    focus: { kind: 'section-title', sectionId: 'created' },
  };
}
