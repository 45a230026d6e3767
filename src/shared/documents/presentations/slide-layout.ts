import type { SlideContent } from '../../presentations/types';
import { parseBlockMarkup, parseInlineMarkup } from '../markup';
import type { MarkupBlock, MarkupRun } from '../markup';

/**
 * The slide geometry both exports share, in points on a 16:9 page (960 × 540 pt = PowerPoint's
 * 13.333 × 7.5 in wide layout), y from the top.
 */
export const PAGE = { width: 960, height: 540 } as const;
export const MARGIN = 48;
export const CONTENT = { top: 132, bottom: 486 } as const;
export const LOGO_BOX = { w: 150, h: 44, top: 22 } as const;
export const FOOTER_Y = 510;
export const COLUMN_GAP = 28;

/** Slides drawn on the brand colour (title and call to action); the others on the background. */
export const onBrand = (slide: SlideContent) =>
  slide.kind === 'title' || slide.kind === 'lead-capture';

/** What a content slide's text column shows, in order; empty parts are left out. */
export type StackPart =
  | { kind: 'blocks'; blocks: MarkupBlock[] }
  | { kind: 'bullets'; items: MarkupRun[][] }
  | { kind: 'facts'; facts: { label: string; value: string }[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'quote'; text: string; author: string }
  | { kind: 'notice'; text: string };

export function stackParts(slide: SlideContent, missingText: string): StackPart[] {
  const parts: StackPart[] = [];
  if (slide.missing) parts.push({ kind: 'notice', text: missingText });
  const blocks = parseBlockMarkup(slide.body);
  if (blocks.length > 0) parts.push({ kind: 'blocks', blocks });
  const bullets = slide.bullets.filter((line) => line.trim() !== '');
  if (bullets.length > 0)
    parts.push({ kind: 'bullets', items: bullets.map((line) => parseInlineMarkup(line)) });
  const facts = slide.facts.filter((fact) => fact.label !== '' || fact.value !== '');
  if (facts.length > 0) parts.push({ kind: 'facts', facts });
  if (slide.table && slide.table.length > 0 && slide.table.some((row) => row.length > 0))
    parts.push({ kind: 'table', rows: slide.table });
  if (slide.quote && slide.quote.text.trim() !== '')
    parts.push({ kind: 'quote', text: slide.quote.text, author: slide.quote.author });
  return parts;
}

/** The picture a slide shows: an analysis chart, an image, or a video's poster frame. */
export type Visual =
  | { kind: 'chart' }
  | { kind: 'image'; sha256: string; name: string }
  | { kind: 'video'; sha256: string; name: string };

export function slideVisual(slide: SlideContent, hasChart: boolean): Visual | null {
  if (hasChart) return { kind: 'chart' };
  if (slide.media === null) return null;
  const { sha256, name } = slide.media;
  return slide.media.kind === 'video'
    ? { kind: 'video', sha256, name }
    : { kind: 'image', sha256, name };
}

/** Text column and picture frame: side by side when both exist, else one takes the width. */
export function columns(
  hasText: boolean,
  hasVisual: boolean,
  top: number,
  parts: readonly StackPart[] = [],
): {
  text: { x: number; y: number; w: number; h: number } | null;
  visual: { x: number; y: number; w: number; h: number } | null;
} {
  const full = { x: MARGIN, y: top, w: PAGE.width - 2 * MARGIN, h: CONTENT.bottom - top };
  if (hasText && hasVisual) {
    // A wide table (an analysis's matrix) needs more of the width than bullets do.
    const wide = parts.some(
      (part) => part.kind === 'table' && Math.max(...part.rows.map((row) => row.length)) > 3,
    );
    const textWidth = Math.round(full.w * (wide ? 0.56 : 0.44));
    return {
      text: { ...full, w: textWidth },
      visual: { ...full, x: MARGIN + textWidth + COLUMN_GAP, w: full.w - textWidth - COLUMN_GAP },
    };
  }
  return { text: hasText ? full : null, visual: hasVisual ? full : null };
}

/** Text sizes tried from the largest down until the column's content fits its height. */
export const TEXT_SIZES = [22, 20, 18, 16, 15, 14, 13, 12, 11, 10, 9, 8] as const;

/**
 * Column widths of a slide table: each column at least as wide as its longest word (so no word is
 * cut), the rest shared by each column's longest text. `fits` is false when even the words do not
 * fit: the caller then tries a smaller size.
 */
export function tableColumnWidths(
  rows: readonly (readonly string[])[],
  total: number,
  widthOf: (text: string, bold: boolean) => number,
  pad: number,
): { widths: number[]; fits: boolean } {
  const count = Math.max(1, ...rows.map((row) => row.length));
  const minimum = Array.from(
    { length: count },
    (_, column) =>
      Math.max(
        0,
        ...rows.flatMap((row, at) =>
          (row[column] ?? '')
            .split(/\s+/)
            .filter((word) => word !== '')
            .map((word) => widthOf(word, at === 0)),
        ),
      ) +
      2 * pad +
      1,
  );
  const wish = Array.from({ length: count }, (_, column) =>
    Math.max(
      minimum[column]!,
      ...rows.map((row, at) => widthOf(row[column] ?? '', at === 0) + 2 * pad),
    ),
  );
  const least = minimum.reduce((sum, value) => sum + value, 0);
  if (least >= total)
    return { widths: minimum.map((value) => (value / least) * total), fits: least <= total };
  // Everything beyond the minimum is shared by how much more each column would like.
  const extra = wish.map((value, column) => value - minimum[column]!);
  const extraSum = extra.reduce((sum, value) => sum + value, 0);
  const spare = total - least;
  const widths = minimum.map((value, column) =>
    extraSum === 0
      ? value + spare / count
      : value + Math.min(extra[column]!, (extra[column]! / extraSum) * spare),
  );
  // Space left when every column has its wish goes to all alike.
  const left = total - widths.reduce((sum, value) => sum + value, 0);
  return { widths: widths.map((value) => value + left / count), fits: true };
}
