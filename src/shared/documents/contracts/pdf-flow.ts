import { rgb } from '@cantoo/pdf-lib';
import type { Color, PDFDocument, PDFFont, PDFPage } from '@cantoo/pdf-lib';
import { wrapText } from '#shared/contracts/signing/writer';

/** A4 in points, and the page's text frame (the Word file's margins: 2 cm left and right). */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN_X = 56.7;
export const TEXT_WIDTH = A4[0] - 2 * MARGIN_X;

export const INK = rgb(0.1, 0.1, 0.12);
export const GREY = rgb(0.4, 0.4, 0.4);
export const RULE = rgb(0.75, 0.75, 0.75);

export type PdfFonts = { regular: PDFFont; bold: PDFFont };
export type Style = {
  size?: number;
  bold?: boolean;
  color?: Color;
  /** Line height as a multiple of the size. */
  leading?: number;
  align?: 'left' | 'center' | 'right';
};

/** "#1C5D99" as a pdf-lib colour; a bad value gives Quotient blue, as the Word file does. */
export function brandColor(hex: string): Color {
  const valid = /^#[0-9a-fA-F]{6}$/.test(hex) ? hex : '#1c5d99';
  const channel = (at: number) => Number.parseInt(valid.slice(at, at + 2), 16) / 255;
  return rgb(channel(1), channel(3), channel(5));
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * Text the font can draw: line breaks and tabs become spaces, a character the font lacks loses its accent
 * or becomes "?"; "§ 4" and "Section 4" keep the number on the same line.
 */
export function printable(text: string, font: PDFFont): string {
  let known = characterSets.get(font);
  if (known === undefined) {
    known = new Set(font.getCharacterSet());
    characterSets.set(font, known);
  }
  const shows = (char: string) => [...char].every((c) => known.has(c.codePointAt(0)!));
  let out = '';
  for (const char of text.replace(/[\r\n\t]+/g, ' ').replace(/(§|Section) (?=\d)/g, '$1\u00a0')) {
    if (shows(char)) out += char;
    else {
      const plain = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += plain !== '' && shows(plain) ? plain : char === '\u00a0' ? ' ' : '?';
    }
  }
  return out;
}

/** Breaks text into lines no wider than `width` at spaces (the signing audit page's wrapping). */
export const wrap = wrapText;

/**
 * Flowing text top-down over pages of one frame; a new page starts when the next piece does not fit.
 * Without a document it only measures (a dry run counts the pages); with `reuse` it writes onto pages
 * added before, in order, before it adds new ones.
 */
export class Flow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  pageCount = 0;
  private readonly doc: PDFDocument | null;
  private readonly reuse: PDFPage[];
  readonly fonts: PdfFonts;
  private readonly frame: { top: number; bottom: number };
  constructor({
    doc,
    fonts,
    frame,
    reuse = [],
  }: {
    doc: PDFDocument | null;
    fonts: PdfFonts;
    frame: { top: number; bottom: number };
    reuse?: PDFPage[];
  }) {
    this.doc = doc;
    this.fonts = fonts;
    this.frame = frame;
    this.reuse = [...reuse];
  }

  /** False in a dry run: nothing is drawn. */
  get drawing(): boolean {
    return this.doc !== null;
  }

  /** Index of the current page in the flow (0 = the first page of this flow). */
  get pageIndex(): number {
    return this.pageCount - 1;
  }

  newPage(): void {
    if (this.doc !== null) {
      this.page = this.reuse.shift() ?? this.doc.addPage(A4);
      this.pages.push(this.page);
    }
    this.pageCount += 1;
    this.y = A4[1] - this.frame.top;
  }

  /** Room left on the current page, in points. */
  get room(): number {
    return this.y - this.frame.bottom;
  }

  /** Starts a new page unless `height` points still fit. */
  ensure(height: number): void {
    if (this.y - height < this.frame.bottom) this.newPage();
  }

  font(style: Style): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  lines(text: string, style: Style, width: number): string[] {
    const font = this.font(style);
    return wrap(printable(text, font), font, style.size ?? 10, width);
  }

  lineHeight(style: Style): number {
    return (style.size ?? 10) * (style.leading ?? 1.4);
  }

  /** The height `text` takes within `width`. */
  measure(text: string, style: Style, width = TEXT_WIDTH): number {
    return this.lines(text, style, width).length * this.lineHeight(style);
  }

  /** Draws one line with its baseline `size` below `top`. */
  drawLine(line: string, style: Style, x: number, top: number, width: number): void {
    if (!this.drawing) return;
    const size = style.size ?? 10;
    const font = this.font(style);
    const offset =
      style.align === 'center'
        ? (width - font.widthOfTextAtSize(line, size)) / 2
        : style.align === 'right'
          ? width - font.widthOfTextAtSize(line, size)
          : 0;
    this.page.drawText(line, {
      x: MARGIN_X + x + offset,
      y: top - size,
      size,
      font,
      color: style.color ?? INK,
    });
  }

  /**
   * Writes wrapped text at x (from the left margin) within `width`, moving down; a paragraph of two or
   * three lines is not split, a longer one leaves at least two lines on either page.
   */
  text(text: string, style: Style = {}, x = 0, width = TEXT_WIDTH - x): void {
    const lines = this.lines(text, style, width);
    const height = this.lineHeight(style);
    this.ensure(height * Math.min(lines.length, lines.length <= 3 ? 3 : 2));
    lines.forEach((line, index) => {
      const left = lines.length - index;
      // Keep two lines together at the end of a paragraph.
      if (left === 2 && lines.length > 3) this.ensure(height * 2);
      else this.ensure(height);
      this.drawLine(line, style, x, this.y - (height - (style.size ?? 10)) / 2, width);
      this.y -= height;
    });
  }

  space(points: number): void {
    this.y -= points;
  }

  rule(color: Color = RULE, thickness = 0.5, x = 0, width = TEXT_WIDTH): void {
    if (!this.drawing) return;
    this.page.drawLine({
      start: { x: MARGIN_X + x, y: this.y },
      end: { x: MARGIN_X + x + width, y: this.y },
      thickness,
      color,
    });
  }
}
