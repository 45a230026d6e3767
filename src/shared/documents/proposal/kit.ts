import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import type { DocumentData } from '../types';
import type { ContentsEntry } from './contents';
import type { ProposalLabels } from './labels';
import type { ProposalModel } from './model';
import { PRICE_TABLE_STYLE, TABLE_STYLE } from './styles';

/** Everything the proposal's parts share. */
export type ProposalContext = {
  data: DocumentData;
  labels: ProposalLabels;
  model: ProposalModel;
  /** Brand colour as docx hex ("1C5D99") and a light tint of it. */
  brand: string;
  brandLight: string;
  money: (amount: string) => string;
  date: (iso: string) => string;
  /** The headings written so far, for the table of contents (see contents.ts). */
  contents: ContentsEntry[];
};

/** A4 with 2 cm margins: the text is 9638 twips (17 cm) wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1134, textWidth: 9638 } as const;
export const GREY = '666666';
export const RULE = 'BFBFBF';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

export type CellOptions = {
  width: number;
  /**
   * The text's alignment where it differs from its table's: layout tables align left, price
   * tables (ruledTable) right, as their amounts, and their first column left.
   */
  align?: 'left' | 'right' | 'center';
  fill?: string;
  columnSpan?: number;
  run?: IRunOptions;
};

/** Cell margins in twips. */
export type CellMargins = { top: number; bottom: number; left: number; right: number };

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

/**
 * A paragraph of one run; the workhorse of table cells. Size, spacing and alignment come from the
 * table style: a big offer has thousands of cells, and properties of their own would be most of
 * its document. The alignment is the paragraph's own where it differs (CellOptions.align).
 */
export function textParagraph(
  text: string,
  { align, run }: { align?: CellOptions['align']; run?: IRunOptions } = {},
): Paragraph {
  return new Paragraph({
    alignment: align === undefined ? undefined : ALIGNMENT[align],
    children: [run === undefined ? new TextRun(text) : new TextRun({ ...run, text })],
  });
}

/** A table cell holding text or ready paragraphs. */
export function cell(content: string | Paragraph[], options: CellOptions): TableCell {
  // Options left undefined rather than spread in: a big offer has thousands of cells.
  return new TableCell({
    children: typeof content === 'string' ? [textParagraph(content, options)] : content,
    width: { size: options.width, type: WidthType.DXA },
    columnSpan: options.columnSpan,
    shading:
      options.fill === undefined
        ? undefined
        : { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' },
  });
}

/**
 * A full-width table with fixed column widths, thin horizontal rules and no vertical ones:
 * the quiet layout of a consultancy's price table. Borders sit on the table, not each cell.
 * Its text aligns right, its first column left (PRICE_TABLE_STYLE).
 */
export function ruledTable(rows: TableRow[], columnWidths: readonly number[]): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  const rule = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...columnWidths],
    style: PRICE_TABLE_STYLE,
    tableLook: { firstColumn: true },
    layout: TableLayoutType.FIXED,
    margins: { top: 50, bottom: 50, left: 80, right: 80 },
    borders: {
      top: NONE,
      left: NONE,
      right: NONE,
      bottom: rule,
      insideHorizontal: rule,
      insideVertical: NONE,
    },
  });
}

/**
 * A table without any borders, for layout (cover details, signatures, footer). A table of body
 * text (the signatures) leaves out the table style, whose small cell text would shrink it.
 */
export function layoutTable(
  rows: TableRow[],
  columnWidths: readonly number[],
  {
    margins = { top: 0, bottom: 0, left: 0, right: 120 },
    bodyText = false,
  }: { margins?: CellMargins; bodyText?: boolean } = {},
): Table {
  return new Table({
    rows,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    ...(bodyText ? {} : { style: TABLE_STYLE }),
    layout: TableLayoutType.FIXED,
    margins,
    borders: {
      top: NONE,
      left: NONE,
      right: NONE,
      bottom: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
  });
}

/** Header row cells in the brand colour with white bold text; repeated on each page. */
export function headerRow(
  titles: readonly { text: string; align?: CellOptions['align'] }[],
  widths: readonly number[],
  brand: string,
): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((title, index) =>
      cell(title.text, {
        width: widths[index] ?? 0,
        align: title.align,
        fill: brand,
        run: { bold: true, color: 'FFFFFF' },
      }),
    ),
  });
}

/** Body paragraph with the given runs. */
export function bodyParagraph(children: ParagraphChild[], options: { keepNext?: boolean } = {}) {
  return new Paragraph({ children, keepNext: options.keepNext ?? false });
}
