import { byPosition } from '../ordering';

type Ordered = { id: string; position?: string; deleted?: boolean };

/** Sorts by fractional position when every item has one, else keeps the given order. */
function inOrder<T extends Ordered>(items: readonly T[]): T[] {
  const live = items.filter((item) => item.deleted !== true);
  return live.every((item) => typeof item.position === 'string')
    ? [...live].sort((a, b) => byPosition(a as { id: string; position: string }, b as never))
    : live;
}

/**
 * The position number of every line: "section.line" in the editor's order (sections by
 * position, lines by position within their section), counted without gaps over all kinds and
 * billings. The editor, every document, the revision diff and "Alternative zu Pos." use it.
 */
export function positionNumbers({
  sections,
  lines,
}: {
  sections: readonly Ordered[];
  lines: readonly (Ordered & { sectionId: string })[];
}): Map<string, string> {
  const bySection = new Map<string, (Ordered & { sectionId: string })[]>();
  for (const line of lines) {
    const list = bySection.get(line.sectionId);
    if (list === undefined) bySection.set(line.sectionId, [line]);
    else list.push(line);
  }
  const numbers = new Map<string, string>();
  inOrder(sections).forEach((section, sectionIndex) => {
    inOrder(bySection.get(section.id) ?? []).forEach((line, lineIndex) => {
      numbers.set(line.id, `${sectionIndex + 1}.${lineIndex + 1}`);
    });
  });
  return numbers;
}

/** The numbers of a document's lines (sections and lines already in order). */
export function documentPositionNumbers(
  sections: readonly { lines: readonly { id: string }[] }[],
): Map<string, string> {
  return positionNumbers({
    sections: sections.map((_, index) => ({ id: String(index) })),
    lines: sections.flatMap((section, index) =>
      section.lines.map((line) => ({ id: line.id, sectionId: String(index) })),
    ),
  });
}
