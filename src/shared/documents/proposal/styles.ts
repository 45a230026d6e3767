import { AlignmentType, LevelFormat, LineRuleType } from 'docx';
import type { INumberingOptions, IStylesOptions } from 'docx';

export const FONT = 'Arial';
export const BULLETS = 'quotient-bullets';
export const NUMBERS = 'quotient-numbers';
/** The table style of layout tables: their cells' text size and tight spacing. */
export const TABLE_STYLE = 'QuotientTable';
/** The table style of price tables: that text aligned right, as amounts, the first column left. */
export const PRICE_TABLE_STYLE = 'QuotientPriceTable';

/** 8.5 pt, single-spaced, no space around, aligned by `jc`: the text of every table cell. */
const cellText = (jc: string) =>
  `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>${jc}</w:pPr>` +
  '<w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>';

function tableStyle(id: string, name: string, jc: string, conditions = ''): string {
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/>` +
    '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="99"/>' +
    `${cellText(jc)}${conditions}</w:style>`
  );
}

/**
 * The styles docx cannot build, as a styles part it adds to its own (Document's externalStyles):
 * the table styles. They carry the cell text's size, spacing and alignment, so most of a cell's
 * paragraphs need no properties of their own; a thousand-line offer has seven thousand. Word and
 * LibreOffice apply a table style's paragraph and run properties, its first-column ones too,
 * where the paragraph's style (here the empty Normal) and the paragraph set none.
 */
export function proposalTableStyles(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"' +
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
    ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"' +
    ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"' +
    ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
    tableStyle(TABLE_STYLE, 'Quotient Table', '') +
    tableStyle(
      PRICE_TABLE_STYLE,
      'Quotient Price Table',
      '<w:jc w:val="right"/>',
      '<w:tblStylePr w:type="firstCol"><w:pPr><w:jc w:val="left"/></w:pPr></w:tblStylePr>',
    ) +
    '</w:styles>'
  );
}

/** Document styles: Arial 10 pt body, headings in the brand colour (docx hex). */
export function proposalStyles(brand: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 20, color: '262626' },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: brand },
        paragraph: { spacing: { before: 480, after: 200 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: brand },
        paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: '404040' },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: 'QuotientTitle',
        name: 'Quotient Title',
        basedOn: 'Normal',
        run: { font: FONT, size: 52, bold: true, color: brand },
        paragraph: { spacing: { before: 0, after: 240 } },
      },
      {
        id: 'QuotientCaption',
        name: 'Quotient Caption',
        basedOn: 'Normal',
        run: { font: FONT, size: 17, italics: true, color: '595959' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 80, after: 240 } },
      },
      {
        id: 'QuotientCellNote',
        name: 'Quotient Cell Note',
        basedOn: 'Normal',
        run: { size: 15, color: '666666' },
        // Notes sit in price tables' description column, which their style aligns right.
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { before: 20, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: 'QuotientSmall',
        name: 'Quotient Small',
        basedOn: 'Normal',
        run: { font: FONT, size: 14, color: '595959' },
        paragraph: { spacing: { before: 0, after: 0, line: 220, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

/** One bullet list and one decimal list; each numbered list gets its own instance. */
export const proposalNumbering: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 425, hanging: 283 } } },
        },
      ],
    },
    {
      reference: NUMBERS,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 425, hanging: 425 } } },
        },
      ],
    },
  ],
};
