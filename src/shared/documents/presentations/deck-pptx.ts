import PptxGenJS from 'pptxgenjs';
import type { DeckTheme, SlideContent } from '../../presentations/types';
import type { MarkupRun } from '../markup';
import { parseInlineMarkup } from '../markup';
import { checkDeckExportInput, containBox, deckLabels, usableImage } from './deck-input';
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
type Slide = PptxGenJS.Slide;
type TextRun = PptxGenJS.TextProps;

/** Points to inches (pptxgenjs places in inches; the layout is in points like the PDF). */
const inch = (points: number) => Math.round((points / 72) * 1000) / 1000;
const place = (box: Box) => ({ x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) });
const colour = (value: string, fallback: string) =>
  (/^#[0-9a-fA-F]{6}$/.test(value) ? value : fallback).slice(1).toUpperCase();
const FONT = 'Arial';

type Colors = {
  primary: string;
  onPrimary: string;
  background: string;
  text: string;
  muted: string;
};

function colorsOf(theme: DeckTheme): Colors {
  return {
    primary: colour(theme.primary, '#1c5d99'),
    onPrimary: colour(theme.onPrimary, '#ffffff'),
    background: colour(theme.background, '#ffffff'),
    text: colour(theme.text, '#1a1a1f'),
    muted: colour(theme.mutedText, '#5f6b7a'),
  };
}

const base64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
};

// ---------------------------------------------------------------------------------------------
// Measuring without the fonts: Arial's average advance is about half the size (bold a bit more);
// 0.55 errs on the side of a smaller size, so the text stays inside its box in PowerPoint and
// LibreOffice alike.
// ---------------------------------------------------------------------------------------------

function lineCount(text: string, size: number, width: number, bold = false): number {
  const advance = size * (bold ? 0.6 : 0.55);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((one) => one !== '')) {
    const w = (word.length + 1) * advance;
    if (used > 0 && used + w > width) {
      lines += 1;
      used = 0;
    }
    used += w;
    while (used > width) {
      lines += 1;
      used -= width;
    }
  }
  return lines;
}

const plain = (runs: MarkupRun[]) => runs.map((run) => run.text).join('');

/** How tall each part is at the size (points), for placing the next one and choosing the size. */
function partHeight(part: StackPart, size: number, width: number): number {
  const line = size * 1.3;
  switch (part.kind) {
    case 'notice':
      return lineCount(part.text, size, width) * line;
    case 'blocks':
      return part.blocks.reduce((sum, block) => {
        if (block.type === 'heading')
          return sum + lineCount(plain(block.runs), size * 1.2, width, true) * size * 1.2 * 1.3;
        if (block.type === 'paragraph')
          return sum + lineCount(plain(block.runs), size, width) * line + size * 0.4;
        return (
          sum +
          block.items.reduce(
            (items, item) => items + lineCount(plain(item), size, width - size * 1.5) * line,
            0,
          ) +
          size * 0.4
        );
      }, 0);
    case 'bullets':
      return part.items.reduce(
        (sum, item) => sum + lineCount(plain(item), size, width - size * 1.5) * line + size * 0.2,
        0,
      );
    case 'quote':
      return (
        lineCount(part.text, size * 1.1, width - size * 1.4) * size * 1.1 * 1.3 +
        (part.author === '' ? 0 : size * 1.3)
      );
    case 'facts':
      return part.facts.reduce(
        (sum, fact) =>
          sum +
          Math.max(
            lineCount(fact.label, size, width * 0.4),
            lineCount(fact.value, size, width * 0.6, true),
          ) *
            line +
          size * 0.5,
        0,
      );
    case 'table': {
      const cellSize = size * 0.8;
      const { widths, fits } = tableColumnWidths(
        part.rows,
        width,
        (cell, bold) => cell.length * cellSize * (bold ? 0.6 : 0.55),
        cellSize * 0.4,
      );
      if (!fits) return Number.POSITIVE_INFINITY;
      return part.rows.reduce(
        (sum, row, at) =>
          sum +
          Math.max(
            1,
            ...row.map((cell, column) =>
              lineCount(cell, cellSize, widths[column]! - cellSize * 0.8, at === 0),
            ),
          ) *
            cellSize *
            1.3 +
          cellSize * 0.8,
        0,
      );
    }
  }
}

const GAP = 0.6;

function fittingSize(parts: StackPart[], box: Box): number {
  for (const size of TEXT_SIZES) {
    const total = parts.reduce((sum, part) => sum + partHeight(part, size, box.w) + size * GAP, 0);
    if (total <= box.h) return size;
  }
  return TEXT_SIZES[TEXT_SIZES.length - 1] ?? 8;
}

function runsOf(runs: MarkupRun[], options: PptxGenJS.TextPropsOptions): TextRun[] {
  return runs.map((run) => ({
    text: run.text,
    options: {
      ...options,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italic: true } : {}),
    },
  }));
}

/**
 * A paragraph's runs, the last one ending the paragraph. The paragraph's own options (bullet,
 * spacing) go on its first run only: pptxgenjs starts a new paragraph at every run with a bullet.
 */
function paragraph(runs: TextRun[], options: PptxGenJS.TextPropsOptions = {}): TextRun[] {
  if (runs.length === 0) return [];
  return runs.map((run, at) => ({
    text: run.text,
    options: {
      ...(at === 0 ? options : {}),
      ...run.options,
      ...(at === runs.length - 1 ? { breakLine: true } : {}),
    },
  }));
}

/** A run of text parts as the paragraphs of one text box. */
function textRuns(part: StackPart, size: number, colors: Colors): TextRun[] {
  const body = { fontSize: size, color: colors.text };
  switch (part.kind) {
    case 'notice':
      return paragraph([
        { text: part.text, options: { ...body, italic: true, color: colors.muted } },
      ]);
    case 'blocks':
      return part.blocks.flatMap((block) => {
        if (block.type === 'heading')
          return paragraph(
            runsOf(block.runs, { fontSize: size * 1.2, bold: true, color: colors.primary }),
            { paraSpaceAfter: size * 0.3 },
          );
        if (block.type === 'paragraph')
          return paragraph(runsOf(block.runs, body), { paraSpaceAfter: size * 0.4 });
        return block.items.flatMap((item) =>
          paragraph(runsOf(item, body), {
            bullet: block.type === 'numbered' ? { type: 'number' } : { indent: size * 1.1 },
          }),
        );
      });
    case 'bullets':
      return part.items.flatMap((item) =>
        paragraph(runsOf(item, body), {
          bullet: { indent: size * 1.1 },
          paraSpaceAfter: size * 0.2,
        }),
      );
    case 'quote':
      return [
        ...paragraph([
          { text: '“', options: { fontSize: size * 1.1, bold: true, color: colors.primary } },
          ...runsOf(parseInlineMarkup(part.text), { fontSize: size * 1.1, color: colors.text }),
        ]),
        ...(part.author.trim() === ''
          ? []
          : paragraph([
              { text: `— ${part.author}`, options: { fontSize: size * 0.85, color: colors.muted } },
            ])),
      ];
    default:
      return [];
  }
}

function addTextColumn(slide: Slide, parts: StackPart[], box: Box, colors: Colors) {
  const size = fittingSize(parts, box);
  let y = box.y;
  let pending: { runs: TextRun[]; height: number } = { runs: [], height: 0 };
  const flush = () => {
    if (pending.runs.length === 0) return;
    slide.addText(pending.runs, {
      ...place({ x: box.x, y, w: box.w, h: pending.height }),
      fontFace: FONT,
      valign: 'top',
      margin: 0,
      lineSpacingMultiple: 1.1,
    });
    y += pending.height;
    pending = { runs: [], height: 0 };
  };
  for (const part of parts) {
    const height = partHeight(part, size, box.w) + size * GAP;
    if (part.kind === 'facts' || part.kind === 'table') {
      flush();
      const rows =
        part.kind === 'facts'
          ? part.facts.map((fact) => [
              { text: fact.label, options: { color: colors.muted } },
              { text: fact.value, options: { bold: true, color: colors.text } },
            ])
          : part.rows.map((row, at) =>
              row.map((cell) => ({
                text: cell,
                options:
                  at === 0
                    ? { bold: true, color: colors.onPrimary, fill: { color: colors.primary } }
                    : { color: colors.text },
              })),
            );
      const cellSize = part.kind === 'table' ? size * 0.8 : size;
      slide.addTable(rows, {
        x: inch(box.x),
        y: inch(y),
        w: inch(box.w),
        colW:
          part.kind === 'facts'
            ? [inch(box.w * 0.4), inch(box.w * 0.6)]
            : tableColumnWidths(
                part.rows,
                box.w,
                (cell, bold) => cell.length * cellSize * (bold ? 0.6 : 0.55),
                cellSize * 0.4,
              ).widths.map(inch),
        fontFace: FONT,
        fontSize: cellSize,
        margin: [cellSize * 0.3, cellSize * 0.4, cellSize * 0.3, cellSize * 0.4],
        border: { type: 'solid', pt: 0.5, color: 'D0D5DC' },
        autoPage: false,
      });
      y += height;
    } else {
      pending.runs.push(...textRuns(part, size, colors));
      pending.height += height;
    }
  }
  flush();
}

type Picture = { data: string; width: number; height: number };

function picture(image: DeckExportInput['logo'] | undefined): Picture | null {
  const usable = usableImage(image);
  if (usable === null) return null;
  const mime = usable.kind === 'jpg' ? 'image/jpeg' : `image/${usable.kind}`;
  return {
    data: `${mime};base64,${base64(usable.data)}`,
    width: usable.width,
    height: usable.height,
  };
}

function addPicture(
  slide: Slide,
  image: Picture,
  frame: Box,
  align: 'centre' | 'right' = 'centre',
) {
  const box = containBox(image, frame);
  const placed = align === 'right' ? { ...box, x: frame.x + frame.w - box.w, y: frame.y } : box;
  slide.addImage({ data: image.data, ...place(placed) });
}

function addLogo(slide: Slide, logo: Picture | null, boxed: boolean) {
  if (logo === null) return;
  const frame = {
    x: PAGE.width - MARGIN - LOGO_BOX.w,
    y: LOGO_BOX.top,
    w: LOGO_BOX.w,
    h: LOGO_BOX.h,
  };
  const box = containBox(logo, frame);
  const right = { ...box, x: frame.x + frame.w - box.w, y: frame.y };
  if (boxed)
    slide.addShape('rect', {
      ...place({ x: right.x - 8, y: right.y - 8, w: right.w + 16, h: right.h + 16 }),
      fill: { color: 'FFFFFF' },
      line: { color: 'FFFFFF', width: 0 },
    });
  slide.addImage({ data: logo.data, ...place(right) });
}

function addFooter(slide: Slide, content: SlideContent, theme: DeckTheme, color: string) {
  const options = { fontFace: FONT, fontSize: 10, color, margin: 0, valign: 'top' as const };
  slide.addText(theme.companyName, {
    ...place({ x: MARGIN, y: FOOTER_Y - 2, w: 500, h: 16 }),
    ...options,
  });
  slide.addText(`${content.index + 1} / ${content.count}`, {
    ...place({ x: PAGE.width - MARGIN - 120, y: FOOTER_Y - 2, w: 120, h: 16 }),
    ...options,
    align: 'right',
  });
}

function placeholder(slide: Slide, frame: Box, label: string, name: string, video: boolean) {
  const height = Math.min(frame.h, (frame.w * 9) / 16);
  const box = { ...frame, y: frame.y + (frame.h - height) / 2, h: height };
  slide.addShape('rect', {
    ...place(box),
    fill: { color: video ? '1F242B' : 'EDEFF2' },
    line: { color: video ? '1F242B' : 'EDEFF2', width: 0 },
  });
  const ink = video ? 'FFFFFF' : '59616B';
  if (video)
    slide.addText('▶', {
      ...place({ x: box.x + box.w / 2 - 30, y: box.y + box.h / 2 - 50, w: 60, h: 60 }),
      fontFace: FONT,
      fontSize: 32,
      color: ink,
      align: 'center',
      valign: 'middle',
    });
  slide.addText(
    [
      { text: label, options: { bold: true, fontSize: 15, breakLine: true } },
      { text: name, options: { fontSize: 13 } },
    ],
    {
      ...place({ x: box.x + 16, y: box.y + box.h / 2 + 16, w: box.w - 32, h: 44 }),
      fontFace: FONT,
      color: ink,
      align: 'center',
      valign: 'top',
      margin: 0,
    },
  );
}

function brandSlide(
  slide: Slide,
  content: SlideContent,
  theme: DeckTheme,
  colors: Colors,
  logo: Picture | null,
) {
  slide.background = { color: colors.primary };
  slide.addShape('rect', {
    ...place({ x: MARGIN, y: 170, w: 6, h: 200 }),
    fill: { color: colors.onPrimary },
    line: { color: colors.onPrimary, width: 0 },
  });
  addLogo(slide, logo, true);
  const lead = content.kind === 'lead-capture' ? content.leadCapture : null;
  const heading = lead ? lead.headline || content.title : content.title;
  const second = lead ? lead.text : content.subtitle;
  const runs: TextRun[] = [];
  const text = { color: colors.onPrimary };
  if (lead && content.title !== '' && content.title !== heading)
    runs.push({ text: content.title, options: { ...text, fontSize: 18, breakLine: true } });
  runs.push({
    text: heading,
    options: { ...text, fontSize: 44, bold: true, breakLine: true, paraSpaceAfter: 8 },
  });
  if (second !== '')
    runs.push({ text: second, options: { ...text, fontSize: 22, breakLine: true } });
  if (lead && content.subtitle !== '')
    runs.push({ text: content.subtitle, options: { ...text, fontSize: 16, breakLine: true } });
  slide.addText(runs, {
    ...place({ x: MARGIN + 16, y: 170, w: PAGE.width - 2 * MARGIN - 40, h: 300 }),
    fontFace: FONT,
    valign: 'top',
    margin: 0,
    fit: 'shrink',
  });
  addFooter(slide, content, theme, colors.onPrimary);
}

function contentSlide(
  slide: Slide,
  content: SlideContent,
  input: DeckExportInput,
  colors: Colors,
  logo: Picture | null,
) {
  const { theme, language } = input.deck;
  const labels = deckLabels(language);
  slide.background = { color: colors.background };
  slide.addShape('rect', {
    ...place({ x: 0, y: 0, w: PAGE.width, h: 8 }),
    fill: { color: colors.primary },
    line: { color: colors.primary, width: 0 },
  });
  addLogo(slide, logo, false);
  const titleWidth = PAGE.width - 2 * MARGIN - (logo ? LOGO_BOX.w + 20 : 0);
  const titleLines = Math.min(2, lineCount(content.title, 30, titleWidth, true));
  const subtitleLines =
    content.subtitle === '' ? 0 : Math.min(2, lineCount(content.subtitle, 17, titleWidth));
  const titleHeight = titleLines * 36 + subtitleLines * 22;
  slide.addText(
    [
      {
        text: content.title,
        options: { fontSize: 30, bold: true, color: colors.primary, breakLine: true },
      },
      ...(content.subtitle === ''
        ? []
        : [{ text: content.subtitle, options: { fontSize: 17, color: colors.muted } }]),
    ],
    {
      ...place({ x: MARGIN, y: 30, w: titleWidth, h: titleHeight + 8 }),
      fontFace: FONT,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
    },
  );
  const contentTop = Math.max(CONTENT.top, 34 + titleHeight + 18);
  slide.addShape('line', {
    ...place({ x: MARGIN, y: contentTop - 12, w: 60, h: 0 }),
    line: { color: colors.primary, width: 2 },
  });
  const parts = stackParts(content, labels.missing);
  const chart = picture(input.charts[content.id]);
  const visual = slideVisual(content, chart !== null);
  const { text, visual: frame } = columns(parts.length > 0, visual !== null, contentTop, parts);
  if (text !== null) addTextColumn(slide, parts, text, colors);
  if (visual !== null && frame !== null) {
    const image =
      visual.kind === 'chart'
        ? chart
        : visual.kind === 'image'
          ? picture(input.media[visual.sha256])
          : null;
    if (image !== null) addPicture(slide, image, frame);
    else if (visual.kind !== 'chart')
      placeholder(
        slide,
        frame,
        visual.kind === 'video' ? labels.video : labels.image,
        visual.name,
        visual.kind === 'video',
      );
  }
  slide.addShape('line', {
    ...place({ x: MARGIN, y: FOOTER_Y - 8, w: PAGE.width - 2 * MARGIN, h: 0 }),
    line: { color: 'D0D5DC', width: 0.5 },
  });
  addFooter(slide, content, theme, colors.muted);
}

/**
 * The deck as a PowerPoint file (16:9, 13.33 × 7.5 in): one slide per slide content with real text
 * boxes and tables in the theme colour, the logo, the chart and images as pictures, a video as a
 * framed placeholder with its name, "n / N" at the foot. Speaker notes go into the notes only with
 * `withNotes`; nothing beyond the slides' content is in it, so hidden prices stay hidden.
 */
export async function buildDeckPptx(
  input: DeckExportInput,
  { withNotes = false }: { withNotes?: boolean } = {},
): Promise<Uint8Array> {
  checkDeckExportInput(input);
  const { deck } = input;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.deck.title;
  pptx.subject = deck.deck.fairName;
  pptx.author = deck.theme.companyName;
  pptx.company = deck.theme.companyName;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const colors = colorsOf(deck.theme);
  const logo = picture(input.logo);
  for (const content of deck.slides) {
    const slide = pptx.addSlide();
    if (onBrand(content)) brandSlide(slide, content, deck.theme, colors, logo);
    else contentSlide(slide, content, input, colors, logo);
    if (withNotes && content.notes.trim() !== '') slide.addNotes(content.notes);
  }
  const bytes = await pptx.write({ outputType: 'uint8array', compression: true });
  return bytes as Uint8Array;
}
