import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import type { Color, PDFFont, PDFImage, PDFPage } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import type { DeckTheme, SlideContent } from '../../presentations/types';
import type { MarkupRun } from '../markup';
import { parseInlineMarkup } from '../markup';
import type { ContractPdfFonts } from '../contracts/contract-pdf';
import { brandColor, printable } from '../contracts/pdf-flow';
import {
  DeckExportInputError,
  checkDeckExportInput,
  containBox,
  deckLabels,
  usableImage,
} from './deck-input';
import type { DeckExportInput } from './deck-input';
import {
  CONTENT,
  FOOTER_Y,
  LOGO_BOX,
  MARGIN,
  PAGE,
  TEXT_SIZES,
  columns,
  onBrand,
  slideVisual,
  stackParts,
  tableColumnWidths,
} from './slide-layout';
import type { StackPart } from './slide-layout';

type Box = { x: number; y: number; w: number; h: number };
type Fonts = { regular: PDFFont; bold: PDFFont };
type Colors = {
  primary: Color;
  onPrimary: Color;
  background: Color;
  text: Color;
  muted: Color;
  rule: Color;
};

const hex = (value: string, fallback: string): Color =>
  brandColor(/^#[0-9a-fA-F]{6}$/.test(value) ? value : fallback);

function colorsOf(theme: DeckTheme): Colors {
  return {
    primary: hex(theme.primary, '#1c5d99'),
    onPrimary: hex(theme.onPrimary, '#ffffff'),
    background: hex(theme.background, '#ffffff'),
    text: hex(theme.text, '#1a1a1f'),
    muted: hex(theme.mutedText, '#5f6b7a'),
    rule: rgb(0.82, 0.84, 0.87),
  };
}

/** One piece of a wrapped line. */
type Piece = { text: string; bold: boolean };

/**
 * Breaks runs of text into lines no wider than `width`, keeping each word's weight; a word wider than
 * the line is cut. Italic is set upright (the bundled DejaVu has no oblique face).
 */
function wrapRuns(runs: MarkupRun[], fonts: Fonts, size: number, width: number): Piece[][] {
  const widthOf = (piece: Piece) =>
    (piece.bold ? fonts.bold : fonts.regular).widthOfTextAtSize(piece.text, size);
  const tokens: Piece[] = [];
  for (const run of runs) {
    const font = run.bold ? fonts.bold : fonts.regular;
    for (const part of printable(run.text, font).split(/( +)/))
      if (part !== '') tokens.push({ text: part, bold: run.bold === true });
  }
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  const flush = () => {
    while (line.length > 0 && line[line.length - 1]!.text.trim() === '') line.pop();
    if (line.length > 0) lines.push(line);
    line = [];
    used = 0;
  };
  for (const token of tokens) {
    const blank = token.text.trim() === '';
    if (blank && line.length === 0) continue;
    const w = widthOf(token);
    if (used + w <= width || blank) {
      line.push(token);
      used += w;
      continue;
    }
    // A word that continues the one before it (no space between runs) moves with it when it can.
    flush();
    let rest = token.text;
    while (rest.length > 1 && widthOf({ text: rest, bold: token.bold }) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && widthOf({ text: rest.slice(0, cut), bold: token.bold }) > width) cut -= 1;
      lines.push([{ text: rest.slice(0, cut), bold: token.bold }]);
      rest = rest.slice(cut);
    }
    line = [{ text: rest, bold: token.bold }];
    used = widthOf(line[0]!);
  }
  flush();
  return lines;
}

/** Draws (when `page` is given) or measures the text column at one size; returns the height used. */
class Stack {
  y: number;
  /** Something did not fit across (a table's words): the size is too large. */
  overflow = false;
  constructor(
    private readonly page: PDFPage | null,
    private readonly fonts: Fonts,
    private readonly colors: Colors,
    private readonly box: Box,
    private readonly size: number,
  ) {
    this.y = box.y;
  }

  get used(): number {
    return this.y - this.box.y;
  }

  private lineHeight(size: number) {
    return size * 1.3;
  }

  private drawPieces(pieces: Piece[], x: number, size: number, color: Color) {
    if (this.page === null) return;
    // pdf-lib places text by its baseline; the line box's top is `this.y`.
    const baseline = PAGE.height - (this.y + size * 1.02);
    let at = x;
    for (const piece of pieces) {
      const font = piece.bold ? this.fonts.bold : this.fonts.regular;
      if (this.y + size <= CONTENT.bottom + 2)
        this.page.drawText(piece.text, { x: at, y: baseline, size, font, color });
      at += font.widthOfTextAtSize(piece.text, size);
    }
  }

  runs(
    runs: MarkupRun[],
    { indent = 0, size = this.size, color = this.colors.text, bold = false } = {},
  ) {
    const styled = bold ? runs.map((run) => ({ ...run, bold: true })) : runs;
    const lines = wrapRuns(styled, this.fonts, size, this.box.w - indent);
    for (const line of lines) {
      this.drawPieces(line, this.box.x + indent, size, color);
      this.y += this.lineHeight(size);
    }
    return lines.length;
  }

  marker(text: string, indent: number, color: Color) {
    this.drawPieces([{ text, bold: true }], this.box.x + indent, this.size, color);
  }

  space(points: number) {
    this.y += points;
  }

  part(part: StackPart) {
    const size = this.size;
    const gap = size * 0.6;
    switch (part.kind) {
      case 'notice':
        this.runs([{ text: part.text, italic: true }], { color: this.colors.muted });
        break;
      case 'blocks':
        part.blocks.forEach((block, index) => {
          if (index > 0) this.space(gap * 0.6);
          if (block.type === 'heading')
            this.runs(block.runs, {
              size: block.level === 1 ? size * 1.2 : size * 1.05,
              bold: true,
              color: this.colors.primary,
            });
          else if (block.type === 'paragraph') this.runs(block.runs);
          else
            block.items.forEach((item, at) => {
              const top = this.y;
              this.marker(block.type === 'bullets' ? '•' : `${at + 1}.`, 0, this.colors.primary);
              this.y = top;
              this.runs(item, { indent: size * 1.3 });
              this.space(size * 0.2);
            });
        });
        break;
      case 'bullets':
        for (const item of part.items) {
          const top = this.y;
          this.marker('•', 0, this.colors.primary);
          this.y = top;
          this.runs(item, { indent: size * 1.1 });
          this.space(size * 0.25);
        }
        break;
      case 'facts':
        this.facts(part.facts);
        break;
      case 'table':
        this.table(part.rows);
        break;
      case 'quote': {
        const top = this.y;
        this.drawPieces([{ text: '“', bold: true }], this.box.x, size * 2, this.colors.primary);
        this.y = top;
        this.runs(parseInlineMarkup(part.text), { indent: size * 1.4, size: size * 1.1 });
        if (part.author.trim() !== '')
          this.runs([{ text: `— ${part.author}` }], {
            indent: size * 1.4,
            color: this.colors.muted,
            size: size * 0.85,
          });
        break;
      }
    }
    this.space(gap);
  }

  private facts(facts: { label: string; value: string }[]) {
    const size = this.size;
    const labelWidth = Math.min(
      this.box.w * 0.45,
      Math.max(
        ...facts.map((fact) =>
          this.fonts.regular.widthOfTextAtSize(printable(fact.label, this.fonts.regular), size),
        ),
      ) +
        size * 0.8,
    );
    for (const fact of facts) {
      const top = this.y;
      const labelLines = wrapRuns(
        [{ text: fact.label }],
        this.fonts,
        size,
        labelWidth - size * 0.6,
      );
      const valueLines = wrapRuns(
        [{ text: fact.value, bold: true }],
        this.fonts,
        size,
        this.box.w - labelWidth,
      );
      labelLines.forEach((line, at) => {
        this.y = top + at * this.lineHeight(size);
        this.drawPieces(line, this.box.x, size, this.colors.muted);
      });
      valueLines.forEach((line, at) => {
        this.y = top + at * this.lineHeight(size);
        this.drawPieces(line, this.box.x + labelWidth, size, this.colors.text);
      });
      this.y =
        top +
        Math.max(labelLines.length, valueLines.length, 1) * this.lineHeight(size) +
        size * 0.3;
      if (this.page !== null && this.y <= CONTENT.bottom)
        this.page.drawLine({
          start: { x: this.box.x, y: PAGE.height - this.y + size * 0.15 },
          end: { x: this.box.x + this.box.w, y: PAGE.height - this.y + size * 0.15 },
          thickness: 0.5,
          color: this.colors.rule,
        });
    }
  }

  private table(rows: string[][]) {
    const size = this.size * 0.8;
    const pad = size * 0.45;
    const { widths, fits } = tableColumnWidths(
      rows,
      this.box.w,
      (text, bold) =>
        (bold ? this.fonts.bold : this.fonts.regular).widthOfTextAtSize(
          printable(text, bold ? this.fonts.bold : this.fonts.regular),
          size,
        ),
      pad,
    );
    if (!fits) this.overflow = true;
    rows.forEach((row, rowIndex) => {
      const head = rowIndex === 0;
      const cells = widths.map((width, column) =>
        wrapRuns([{ text: row[column] ?? '', bold: head }], this.fonts, size, width - 2 * pad),
      );
      const height = Math.max(1, ...cells.map((lines) => lines.length)) * size * 1.25 + 2 * pad;
      const top = this.y;
      if (this.page !== null && top + height <= CONTENT.bottom + 2) {
        if (head)
          this.page.drawRectangle({
            x: this.box.x,
            y: PAGE.height - top - height,
            width: this.box.w,
            height,
            color: this.colors.primary,
          });
        else
          this.page.drawLine({
            start: { x: this.box.x, y: PAGE.height - top - height },
            end: { x: this.box.x + this.box.w, y: PAGE.height - top - height },
            thickness: 0.5,
            color: this.colors.rule,
          });
        let x = this.box.x;
        cells.forEach((lines, column) => {
          lines.forEach((line, at) => {
            this.y = top + pad + at * size * 1.25;
            this.drawPieces(
              line,
              x + pad,
              size,
              head ? this.colors.onPrimary : column === 0 ? this.colors.text : this.colors.text,
            );
          });
          x += widths[column]!;
        });
      }
      this.y = top + height;
    });
  }
}

/** The text column at the largest size at which it fits (the smallest size when nothing does). */
function textSize(parts: StackPart[], fonts: Fonts, colors: Colors, box: Box): number {
  for (const size of TEXT_SIZES) {
    const dry = new Stack(null, fonts, colors, box, size);
    parts.forEach((part) => dry.part(part));
    if (!dry.overflow && dry.used - size * 0.6 <= box.h) return size;
  }
  return TEXT_SIZES[TEXT_SIZES.length - 1] ?? 8;
}

/** Text lines (wrapped, at most `maxLines`, the last one shortened with "…") at the given size. */
function fitLines(text: string, font: PDFFont, size: number, width: number, maxLines: number) {
  const lines = wrapRuns([{ text }], { regular: font, bold: font }, size, width).map((line) =>
    line.map((piece) => piece.text).join(''),
  );
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && font.widthOfTextAtSize(`${last}…`, size) > width)
    last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

type Pictures = {
  logo: PDFImage | null;
  chart: Map<string, PDFImage>;
  media: Map<string, PDFImage>;
};

async function embed(doc: PDFDocument, image: DeckExportInput['logo'] | undefined) {
  const usable = usableImage(image);
  if (usable === null || usable.kind === 'gif') return null;
  try {
    return usable.kind === 'png'
      ? await doc.embedPng(usable.data)
      : await doc.embedJpg(usable.data);
  } catch {
    // Damaged bytes draw the placeholder frame instead of failing the whole deck.
    return null;
  }
}

function drawPicture(page: PDFPage, image: PDFImage, frame: Box) {
  const box = containBox({ width: image.width, height: image.height }, frame);
  page.drawImage(image, { x: box.x, y: PAGE.height - box.y - box.h, width: box.w, height: box.h });
}

/** A video's poster frame (or a picture the PDF cannot hold): a dark frame, a play sign, the name. */
function drawPlaceholder(
  page: PDFPage,
  frame: Box,
  fonts: Fonts,
  label: string,
  name: string,
  video: boolean,
) {
  const height = Math.min(frame.h, (frame.w * 9) / 16);
  const box = { ...frame, y: frame.y + (frame.h - height) / 2, h: height };
  page.drawRectangle({
    x: box.x,
    y: PAGE.height - box.y - box.h,
    width: box.w,
    height: box.h,
    color: video ? rgb(0.12, 0.14, 0.17) : rgb(0.93, 0.94, 0.95),
  });
  const centre = { x: box.x + box.w / 2, y: PAGE.height - box.y - box.h / 2 + 12 };
  const ink = video ? rgb(1, 1, 1) : rgb(0.35, 0.38, 0.42);
  if (video) {
    page.drawCircle({ x: centre.x, y: centre.y, size: 30, borderColor: ink, borderWidth: 2.5 });
    page.drawSvgPath('M -9 -14 L 15 0 L -9 14 Z', { x: centre.x, y: centre.y, color: ink });
  }
  const lines = [label, ...fitLines(name, fonts.regular, 13, box.w - 32, 2)].filter(
    (line) => line !== '',
  );
  lines.forEach((line, at) => {
    const font = at === 0 ? fonts.bold : fonts.regular;
    const text = printable(line, font);
    const size = at === 0 ? 15 : 13;
    page.drawText(text, {
      x: centre.x - font.widthOfTextAtSize(text, size) / 2,
      y: centre.y - 58 - at * 18,
      size,
      font,
      color: ink,
    });
  });
}

function drawLogo(page: PDFPage, logo: PDFImage | null, boxed: boolean) {
  if (logo === null) return;
  const frame = {
    x: PAGE.width - MARGIN - LOGO_BOX.w,
    y: LOGO_BOX.top,
    w: LOGO_BOX.w,
    h: LOGO_BOX.h,
  };
  const box = containBox({ width: logo.width, height: logo.height }, frame);
  const right = { ...box, x: frame.x + frame.w - box.w };
  // On the brand colour the logo sits on a white card, so a dark logo stays visible.
  if (boxed)
    page.drawRectangle({
      x: right.x - 8,
      y: PAGE.height - right.y - right.h - 8,
      width: right.w + 16,
      height: right.h + 16,
      color: rgb(1, 1, 1),
    });
  page.drawImage(logo, {
    x: right.x,
    y: PAGE.height - right.y - right.h,
    width: right.w,
    height: right.h,
  });
}

function drawFooter(
  page: PDFPage,
  slide: SlideContent,
  theme: DeckTheme,
  fonts: Fonts,
  color: Color,
) {
  const size = 10;
  const number = `${slide.index + 1} / ${slide.count}`;
  const y = PAGE.height - FOOTER_Y - size;
  page.drawText(printable(theme.companyName, fonts.regular), {
    x: MARGIN,
    y,
    size,
    font: fonts.regular,
    color,
  });
  page.drawText(number, {
    x: PAGE.width - MARGIN - fonts.regular.widthOfTextAtSize(number, size),
    y,
    size,
    font: fonts.regular,
    color,
  });
}

function drawCentredLines(
  page: PDFPage,
  lines: string[],
  font: PDFFont,
  size: number,
  top: number,
  color: Color,
) {
  lines.forEach((line, at) => {
    page.drawText(line, {
      x: MARGIN + 16,
      y: PAGE.height - top - size - at * size * 1.2,
      size,
      font,
      color,
    });
  });
  return lines.length * size * 1.2;
}

/** Title and call-to-action slides: on the brand colour, large type. */
function brandSlide(
  page: PDFPage,
  slide: SlideContent,
  theme: DeckTheme,
  fonts: Fonts,
  colors: Colors,
  logo: PDFImage | null,
) {
  page.drawRectangle({ x: 0, y: 0, width: PAGE.width, height: PAGE.height, color: colors.primary });
  page.drawRectangle({ x: MARGIN, y: 170, width: 6, height: 200, color: colors.onPrimary });
  drawLogo(page, logo, true);
  const width = PAGE.width - 2 * MARGIN - 40;
  const lead = slide.kind === 'lead-capture' ? slide.leadCapture : null;
  const heading = lead ? lead.headline || slide.title : slide.title;
  const second = lead ? lead.text : slide.subtitle;
  let top = 176;
  if (lead && slide.title !== '' && slide.title !== heading)
    top += drawCentredLines(
      page,
      fitLines(slide.title, fonts.regular, 18, width, 1),
      fonts.regular,
      18,
      top,
      colors.onPrimary,
    );
  top += drawCentredLines(
    page,
    fitLines(heading, fonts.bold, 44, width, 2),
    fonts.bold,
    44,
    top,
    colors.onPrimary,
  );
  top += 12;
  if (second !== '')
    top += drawCentredLines(
      page,
      fitLines(second, fonts.regular, 22, width, lead ? 4 : 3),
      fonts.regular,
      22,
      top,
      colors.onPrimary,
    );
  if (lead && slide.subtitle !== '')
    drawCentredLines(
      page,
      fitLines(slide.subtitle, fonts.regular, 16, width, 2),
      fonts.regular,
      16,
      top + 10,
      colors.onPrimary,
    );
  drawFooter(page, slide, theme, fonts, colors.onPrimary);
}

function contentSlide(
  page: PDFPage,
  slide: SlideContent,
  input: DeckExportInput,
  fonts: Fonts,
  colors: Colors,
  pictures: Pictures,
) {
  const { theme, language } = input.deck;
  const labels = deckLabels(language);
  page.drawRectangle({
    x: 0,
    y: 0,
    width: PAGE.width,
    height: PAGE.height,
    color: colors.background,
  });
  page.drawRectangle({
    x: 0,
    y: PAGE.height - 8,
    width: PAGE.width,
    height: 8,
    color: colors.primary,
  });
  drawLogo(page, pictures.logo, false);
  const titleWidth = PAGE.width - 2 * MARGIN - (pictures.logo ? LOGO_BOX.w + 20 : 0);
  const titleLines = fitLines(slide.title, fonts.bold, 30, titleWidth, 2);
  let top = 34;
  titleLines.forEach((line) => {
    page.drawText(line, {
      x: MARGIN,
      y: PAGE.height - top - 30,
      size: 30,
      font: fonts.bold,
      color: colors.primary,
    });
    top += 36;
  });
  if (slide.subtitle !== '') {
    for (const line of fitLines(slide.subtitle, fonts.regular, 17, titleWidth, 2)) {
      page.drawText(line, {
        x: MARGIN,
        y: PAGE.height - top - 17 - 2,
        size: 17,
        font: fonts.regular,
        color: colors.muted,
      });
      top += 22;
    }
  }
  const contentTop = Math.max(CONTENT.top, top + 18);
  page.drawLine({
    start: { x: MARGIN, y: PAGE.height - contentTop + 12 },
    end: { x: MARGIN + 60, y: PAGE.height - contentTop + 12 },
    thickness: 2,
    color: colors.primary,
  });

  const parts = stackParts(slide, labels.missing);
  const chart = pictures.chart.get(slide.id) ?? null;
  const visual = slideVisual(slide, chart !== null);
  const { text, visual: frame } = columns(parts.length > 0, visual !== null, contentTop, parts);
  if (text !== null) {
    const size = textSize(parts, fonts, colors, text);
    const stack = new Stack(page, fonts, colors, text, size);
    parts.forEach((part) => stack.part(part));
  }
  if (visual !== null && frame !== null) {
    const image =
      visual.kind === 'chart'
        ? chart
        : visual.kind === 'image'
          ? (pictures.media.get(visual.sha256) ?? null)
          : null;
    if (image !== null) drawPicture(page, image, frame);
    else if (visual.kind !== 'chart')
      drawPlaceholder(
        page,
        frame,
        fonts,
        visual.kind === 'video' ? labels.video : labels.image,
        visual.name,
        visual.kind === 'video',
      );
  }
  page.drawLine({
    start: { x: MARGIN, y: PAGE.height - FOOTER_Y + 8 },
    end: { x: PAGE.width - MARGIN, y: PAGE.height - FOOTER_Y + 8 },
    thickness: 0.5,
    color: colors.rule,
  });
  drawFooter(page, slide, theme, fonts, colors.muted);
}

/**
 * The deck as a PDF: one 16:9 landscape page per slide (960 × 540 pt), in the deck's theme colour
 * with the company logo, title and subtitle, the body's markup, bullets, facts, tables, quote, the
 * analysis chart, images, a video's poster frame with its name, the call to action, and "n / N" at
 * the foot. It draws the slides' content and nothing else, so hidden prices stay hidden; speaker
 * notes are never in it. The same input gives the same bytes.
 */
export async function buildDeckPdf(
  input: DeckExportInput,
  fonts: ContractPdfFonts,
): Promise<Uint8Array> {
  checkDeckExportInput(input);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  let embedded: Fonts;
  try {
    embedded = {
      regular: await doc.embedFont(fonts.regular, { subset: true }),
      bold: await doc.embedFont(fonts.bold, { subset: true }),
    };
  } catch (error) {
    throw new DeckExportInputError('fonts', `is not a usable font (${(error as Error).message})`);
  }
  const { deck } = input;
  const colors = colorsOf(deck.theme);
  const pictures: Pictures = {
    logo: await embed(doc, input.logo),
    chart: new Map(),
    media: new Map(),
  };
  for (const slide of deck.slides) {
    const chart = await embed(doc, input.charts[slide.id]);
    if (chart) pictures.chart.set(slide.id, chart);
    const sha = slide.media?.kind === 'image' ? slide.media.sha256 : null;
    if (sha !== null && !pictures.media.has(sha)) {
      const image = await embed(doc, input.media[sha]);
      if (image) pictures.media.set(sha, image);
    }
  }
  for (const slide of deck.slides) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    if (onBrand(slide)) brandSlide(page, slide, deck.theme, embedded, colors, pictures.logo);
    else contentSlide(page, slide, input, embedded, colors, pictures);
  }
  doc.setTitle(deck.deck.title);
  if (deck.deck.fairName !== '') doc.setSubject(deck.deck.fairName);
  doc.setAuthor(deck.theme.companyName);
  doc.setCreator('Quotient');
  doc.setProducer('Quotient');
  doc.setLanguage(deck.language === 'en' ? 'en-GB' : 'de-DE');
  return doc.save();
}
