import {
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
import type { ProposalLabels } from './labels';
import type { ProposalModel } from './model';

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
};

/** A4 with 2 cm margins: the text is 9638 twips (17 cm) wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1134, textWidth: 9638 } as const;
export const GREY = '666666';
export const RULE = 'BFBFBF';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

export type CellOptions = {
  width: number;
  align?: 'left' | 'right' | 'center';
  fill?: string;
  columnSpan?: number;
  run?: IRunOptions;
};

const CELL_STYLE = {
  left: 'QuotientCell',
  right: 'QuotientCellRight',
  center: 'QuotientCellCenter',
};

/**
 * A paragraph of one run; the workhorse of table cells. Size, spacing and alignment come from
 * a paragraph style rather than each run: big offers have thousands of cells.
 */
export function textParagraph(
  text: string,
  { align = 'left', run }: { align?: CellOptions['align']; run?: IRunOptions } = {},
): Paragraph {
  return new Paragraph({
    style: CELL_STYLE[align],
    children: [run === undefined ? new TextRun(text) : new TextRun({ ...run, text })],
  });
}

/** A table cell holding text or ready paragraphs. */
export function cell(content: string | Paragraph[], options: CellOptions): TableCell {
  const children =
    typeof content === 'string'
      ? [textParagraph(content, { align: options.align, run: options.run })]
      : content;
  return new TableCell({
    children,
    width: { size: options.width, type: WidthType.DXA },
    ...(options.columnSpan === undefined ? {} : { columnSpan: options.columnSpan }),
    ...(options.fill === undefined
      ? {}
      : { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } }),
  });
}

/**
 * A full-width table with fixed column widths, thin horizontal rules and no vertical ones:
 * the quiet layout of a consultancy's price table. Borders sit on the table, not each cell.
 */
export function ruledTable(rows: TableRow[], columnWidths: readonly number[]): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  const rule = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...columnWidths],
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

/** A table without any borders, for layout (cover details, signatures, footer). */
export function layoutTable(
  rows: TableRow[],
  columnWidths: readonly number[],
  margins = { top: 0, bottom: 0, left: 0, right: 120 },
): Table {
  return new Table({
    rows,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columnWidths],
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
