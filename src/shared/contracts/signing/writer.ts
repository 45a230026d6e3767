import { rgb } from '@cantoo/pdf-lib';
import type { PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';

export type WriterFonts = { regular: PDFFont; bold: PDFFont; mono: PDFFont };
export type TextStyle = { size?: number; font?: keyof WriterFonts; gray?: boolean; gap?: number };

export const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const GRAY = rgb(0.38, 0.38, 0.42);
/** Letters a font without them still shows sensibly (Ł has no decomposition). */
const FALLBACK: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
};

/** Replaces characters the font cannot show: without accents if that helps, else "?". */
export function fitToFont(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  const shows = (char: string): boolean => [...char].every((c) => known.has(c.codePointAt(0)!));
  let out = '';
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
    if (shows(char)) out += char;
    else {
      const plain = char.normalize('NFD').replace(/\p{M}/gu, '');
      const fallback = FALLBACK[char];
      out +=
        plain !== '' && shows(plain)
          ? plain
          : fallback !== undefined && shows(fallback)
            ? fallback
            : '?';
    }
  }
  return out;
}

/**
 * Breaks text into lines no wider than `width` at spaces; a word longer than a line is cut (a single
 * character wider than the line stays whole). The contract PDF (documents/contracts/pdf-flow.ts) wraps with it too.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (word === '' && line === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (rest.length > 1 && font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Writes flowing text top-down onto added pages of one size, starting a new page when one is full. */
export class PageWriter {
  page: PDFPage;
  y: number;
  readonly width: number;
  readonly height: number;
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: WriterFonts,
    size: [number, number],
  ) {
    [this.width, this.height] = size;
    this.page = doc.addPage(size);
    this.y = this.height - MARGIN;
  }

  get contentWidth(): number {
    return this.width - 2 * MARGIN;
  }

  newPage(): void {
    this.page = this.doc.addPage([this.width, this.height]);
    this.y = this.height - MARGIN;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  /** The height `text` takes when drawn with `style` within `width`. */
  measure(text: string, style: TextStyle = {}, width = this.contentWidth): number {
    const size = style.size ?? 10;
    const font = this.fonts[style.font ?? 'regular'];
    const lines = wrapText(fitToFont(text, font), font, size, width).length;
    return lines * size * 1.35 + (style.gap ?? 0);
  }

  /** Draws wrapped text at x (from the left margin) within `width`, moving down. */
  text(text: string, style: TextStyle = {}, x = 0, width = this.contentWidth): void {
    const size = style.size ?? 10;
    const font = this.fonts[style.font ?? 'regular'];
    const lineHeight = size * 1.35;
    for (const line of wrapText(fitToFont(text, font), font, size, width)) {
      this.ensure(lineHeight);
      this.y -= size;
      this.page.drawText(line, {
        x: MARGIN + x,
        y: this.y,
        size,
        font,
        color: style.gray ? GRAY : INK,
      });
      this.y -= lineHeight - size;
    }
    this.y -= style.gap ?? 0;
  }

  /** A label in gray above its value. */
  field(
    label: string,
    value: string,
    valueFont: keyof WriterFonts = 'regular',
    x = 0,
    width?: number,
  ): void {
    this.ensure(30);
    this.text(label, { size: 8, gray: true }, x, width);
    this.text(value, { size: valueFont === 'mono' ? 8.5 : 10, font: valueFont, gap: 5 }, x, width);
  }

  rule(gap = 8): void {
    this.ensure(gap * 2);
    this.y -= gap;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: this.width - MARGIN, y: this.y },
      thickness: 0.5,
      color: GRAY,
    });
    this.y -= gap;
  }
}
