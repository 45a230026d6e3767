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
): {
  text: { x: number; y: number; w: number; h: number } | null;
  visual: { x: number; y: number; w: number; h: number } | null;
} {
  const full = { x: MARGIN, y: top, w: PAGE.width - 2 * MARGIN, h: CONTENT.bottom - top };
  if (hasText && hasVisual) {
    const textWidth = Math.round(full.w * 0.44);
    return {
      text: { ...full, w: textWidth },
      visual: { ...full, x: MARGIN + textWidth + COLUMN_GAP, w: full.w - textWidth - COLUMN_GAP },
    };
  }
  return { text: hasText ? full : null, visual: hasVisual ? full : null };
}

/** Text sizes tried from the largest down until the column's content fits its height. */
export const TEXT_SIZES = [22, 20, 18, 16, 15, 14, 13, 12, 11, 10, 9, 8] as const;
