import { AlignmentType, Document, ImageRun, Paragraph, TableRow, TextRun } from 'docx';
import type { FileChild, Table } from 'docx';
import { analysisLabels, analysisSlide } from '../../analyses/charts';
import type { AnalysisSlide } from '../../analyses/charts';
import { xmlSafeData } from '../../text/xml-text';
import { heading } from '../proposal/contents';
import type { ContentsEntry } from '../proposal/contents';
import { docxColor, fitImage, imageSize } from '../proposal/format';
import { PAGE, cell, headerRow, ruledTable } from '../proposal/kit';
import { packDocument } from '../proposal/pack';
import {
  BULLETS,
  proposalNumbering,
  proposalStyles,
  proposalTableStyles,
} from '../proposal/styles';
import type { AnalysisDocumentInput } from './types';

export type AnalysisSectionOptions = {
  /** The heading level of the analysis's title (its parts are one below). */
  level?: 1 | 2;
  pageBreakBefore?: boolean;
  /** Where the headings are noted for a table of contents (the proposal's). */
  contents?: ContentsEntry[];
};

function bullet(text: string): Paragraph {
  return new Paragraph({
    numbering: { reference: BULLETS, level: 0 },
    spacing: { after: 60 },
    children: [new TextRun(text)],
  });
}

/** A table of the slide's rows: the first row as the brand-coloured head. */
function dataTable(rows: string[][], brand: string): Table {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const first =
    columns === 1 ? PAGE.textWidth : Math.round(PAGE.textWidth * (columns > 4 ? 0.28 : 0.4));
  const rest = columns === 1 ? 0 : Math.floor((PAGE.textWidth - first) / (columns - 1));
  const widths = [first, ...Array.from({ length: columns - 1 }, () => rest)];
  const [head = [], ...body] = rows;
  return ruledTable(
    [
      headerRow(
        widths.map((_, index) => ({ text: head[index] ?? '' })),
        widths,
        brand,
      ),
      ...body.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: widths.map((width, index) => cell(row[index] ?? '', { width })),
          }),
      ),
    ],
    widths,
  );
}

function chartParagraph(png: Uint8Array): Paragraph {
  // 96 px per inch, 1440 twips per inch: the text width in pixels.
  const maxWidth = Math.floor((PAGE.textWidth / 1440) * 96);
  const size = fitImage(imageSize(png), { width: maxWidth, height: 400 });
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 240 },
    children: [new ImageRun({ type: 'png', data: png, transformation: size })],
  });
}

/** The analysis's text parts below its chart. */
function textParts(
  input: AnalysisDocumentInput,
  slide: AnalysisSlide,
  sub: (title: string) => Paragraph,
  brand: string,
): FileChild[] {
  const { analysis } = input;
  const labels = analysisLabels(input.language);
  if (analysis.kind === 'swot') {
    const quadrants = [
      [labels.swot.strengths, analysis.strengths ?? []],
      [labels.swot.weaknesses, analysis.weaknesses ?? []],
      [labels.swot.opportunities, analysis.opportunities ?? []],
      [labels.swot.threats, analysis.threats ?? []],
    ] as const;
    const parts: FileChild[] = quadrants
      .filter(([, items]) => items.length > 0)
      .flatMap(([title, items]) => [sub(title), ...items.map(bullet)]);
    const strategies = analysis.strategies;
    if (strategies) {
      const groups = (['so', 'st', 'wo', 'wt'] as const).filter(
        (key) => strategies[key].length > 0,
      );
      if (groups.length > 0) {
        parts.push(sub(labels.strategies.title));
        for (const key of groups) {
          parts.push(
            new Paragraph({
              keepNext: true,
              spacing: { before: 120, after: 60 },
              children: [new TextRun({ text: labels.strategies[key], bold: true })],
            }),
            ...strategies[key].map(bullet),
          );
        }
      }
    }
    return parts;
  }
  if (slide.table && analysis.kind !== 'five-forces') return [dataTable(slide.table, brand)];
  return slide.bullets.map(bullet);
}

/**
 * One analysis as a Word section: its title as a heading, the one-line summary, the chart and
 * its text parts (SWOT lists and strategies, the forces with their reasons, the matrix's table
 * …). What a customer may read only: the analysis's notes stay out. A proposal includes it as
 * a chapter; buildAnalysisDocument makes it a document of its own.
 */
export function analysisSectionParagraphs(
  raw: AnalysisDocumentInput,
  { level = 1, pageBreakBefore = false, contents = [] }: AnalysisSectionOptions = {},
): FileChild[] {
  const input = { ...xmlSafeData(raw), chartPng: raw.chartPng };
  const brand = docxColor(input.brandColor ?? '#1c5d99');
  const slide = analysisSlide(input.analysis, input);
  const subLevel = (level + 1) as 2 | 3;
  const sub = (title: string) => heading(contents, { level: subLevel, title });
  return [
    heading(contents, { level, title: input.analysis.title, pageBreakBefore }),
    ...(slide.subtitle
      ? [
          new Paragraph({
            keepNext: true,
            children: [new TextRun({ text: slide.subtitle, italics: true, color: '595959' })],
          }),
        ]
      : []),
    ...(input.chartPng ? [chartParagraph(input.chartPng)] : []),
    ...textParts(input, slide, sub, brand),
  ];
}

/** One analysis as a Word document of its own (A4, the proposal's styles). */
export async function buildAnalysisDocument(input: AnalysisDocumentInput): Promise<Uint8Array> {
  const brand = docxColor(input.brandColor ?? '#1c5d99');
  const document = new Document({
    creator: input.companyName,
    title: input.analysis.title,
    subject: analysisLabels(input.language).kind[input.analysis.kind],
    styles: proposalStyles(brand),
    externalStyles: proposalTableStyles(),
    numbering: proposalNumbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: 1134, bottom: 1134, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: analysisSectionParagraphs(input),
      },
    ],
  });
  return packDocument(document);
}
