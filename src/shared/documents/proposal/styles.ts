import { AlignmentType, LevelFormat, LineRuleType } from 'docx';
import type { INumberingOptions, IStylesOptions } from 'docx';

export const FONT = 'Arial';
export const BULLETS = 'quotient-bullets';
export const NUMBERS = 'quotient-numbers';

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
      ...(['QuotientCell', 'QuotientCellRight', 'QuotientCellCenter'] as const).map((id) => ({
        id,
        name: id.replace('Quotient', 'Quotient '),
        basedOn: 'Normal',
        run: { size: 17 },
        paragraph: {
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          alignment:
            id === 'QuotientCellRight'
              ? AlignmentType.RIGHT
              : id === 'QuotientCellCenter'
                ? AlignmentType.CENTER
                : AlignmentType.LEFT,
        },
      })),
      {
        id: 'QuotientCellNote',
        name: 'Quotient Cell Note',
        basedOn: 'QuotientCell',
        run: { size: 15, color: '666666' },
        paragraph: { spacing: { before: 20, after: 0 } },
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
