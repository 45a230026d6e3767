/** Where a line sits in a bundle: 0-based indexes of its section and of the line within it. */
export type LineRef = { section: number; line: number };

const LINE_REF = /^(?:offer\.)?sections\[(\d+)\]\.lines\[(\d+)\]$/;

/** The reference an alternative line's `replaces` holds: `sections[1].lines[0]`. */
export function formatLineRef({ section, line }: LineRef): string {
  return `sections[${section}].lines[${line}]`;
}

/** Reads `sections[1].lines[0]` (an `offer.` prefix is allowed), or null for anything else. */
export function parseLineRef(text: string): LineRef | null {
  const match = LINE_REF.exec(text.trim());
  if (match === null) return null;
  return { section: Number(match[1]), line: Number(match[2]) };
}
