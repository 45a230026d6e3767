import { AlignmentType, ImageRun, Paragraph, TableRow, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { matrixRanking } from '../../analyses/charts/configs';
import { SELF_ID } from '../../domain/analyses';
import type { Language } from '../../domain';
import { formatDecimal } from '../../money';
import { parseBlockMarkup } from '../markup';
import type { MarkupRun } from '../markup';
import type { WhyUsData } from '../why-us';
import { heading } from './contents';
import { fitImage, imageSize } from './format';
import { PAGE, cell, headerRow, ruledTable } from './kit';
import type { ProposalContext } from './kit';
import { BULLETS } from './styles';

const LABELS = {
  de: {
    title: 'Warum wir',
    summary: (company: string, score: string, rank: number, count: number, title: string) =>
      `In der gewichteten Bewertung „${title}“ erreicht ${company} ${score} von 5 Punkten und damit Rang ${rank} von ${count} Anbietern.`,
    criteriaTitle: 'Bewertungskriterien',
    criteriaIntro: (company: string) =>
      `Die Kriterien, ihr Gewicht und die Bewertung von ${company} (1 = schwach, 5 = sehr gut):`,
    criterion: 'Kriterium',
    weight: 'Gewicht',
    score: (company: string) => `Bewertung ${company}`,
    weighted: 'Gewichtete Punktzahl',
    caption: 'Gewichtete Punktzahl der Anbieter im Vergleich',
    differentiators: 'Was uns auszeichnet',
    proofPoints: 'Referenzen und Nachweise',
  },
  en: {
    title: 'Why us',
    summary: (company: string, score: string, rank: number, count: number, title: string) =>
      `In the weighted assessment “${title}”, ${company} scores ${score} of 5 points, rank ${rank} of ${count} vendors.`,
    criteriaTitle: 'Assessment criteria',
    criteriaIntro: (company: string) =>
      `The criteria, their weights and the rating of ${company} (1 = weak, 5 = very good):`,
    criterion: 'Criterion',
    weight: 'Weight',
    score: (company: string) => `Rating ${company}`,
    weighted: 'Weighted score',
    caption: 'Weighted scores of the vendors compared',
    differentiators: 'What sets us apart',
    proofPoints: 'References and proof',
  },
} as const;

/** The chapter's title in the document language (the contents and tests use it). */
export function whyUsTitle(language: Language): string {
  return LABELS[language].title;
}

const CRITERION = 5238;
const WEIGHT = 1600;
const SCORE = PAGE.textWidth - CRITERION - WEIGHT;

function runs(markup: MarkupRun[]): TextRun[] {
  return markup.map(
    (run) =>
      new TextRun({
        text: run.text,
        ...(run.bold === true ? { bold: true } : {}),
        ...(run.italic === true ? { italics: true } : {}),
      }),
  );
}

/**
 * The items of several battlecards' texts as one list: list items, paragraphs and headings all
 * become items, and an item two battlecards share appears once.
 */
export function mergedItems(texts: readonly string[]): MarkupRun[][] {
  const seen = new Set<string>();
  const items: MarkupRun[][] = [];
  for (const text of texts) {
    for (const block of parseBlockMarkup(text)) {
      const blockItems =
        block.type === 'bullets' || block.type === 'numbered' ? block.items : [block.runs];
      for (const item of blockItems) {
        const key = item
          .map((run) => run.text)
          .join('')
          .trim()
          .toLowerCase();
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        items.push(item);
      }
    }
  }
  return items;
}

function list(items: MarkupRun[][]): Paragraph[] {
  return items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: BULLETS, level: 0 },
        spacing: { after: 60 },
        children: runs(item),
      }),
  );
}

/**
 * The "Warum wir" / "Why us" chapter: where we rank in the competitor matrix with our weighted
 * score, the criteria with their weights and our rating, the matrix chart, and what sets us
 * apart with proof, from the battlecards' customer-safe parts (WhyUsData carries no others).
 */
export function whyUsChapter(
  context: ProposalContext,
  whyUs: WhyUsData,
  chartPng: Uint8Array | null,
): FileChild[] {
  const language = context.data.language;
  const labels = LABELS[language];
  const company = context.data.company.name;
  const number = (value: string, decimals?: number) => formatDecimal(value, language, decimals);
  const { matrix } = whyUs;
  const parts: FileChild[] = [
    heading(context.contents, { level: 1, title: labels.title, pageBreakBefore: true }),
  ];
  const ranking = matrixRanking({ kind: 'competitor-matrix', ...matrix });
  const self = ranking?.find((row) => row.id === SELF_ID);
  if (ranking && self) {
    parts.push(
      new Paragraph({
        children: [
          new TextRun(
            labels.summary(company, number(self.score, 2), self.rank, ranking.length, matrix.title),
          ),
        ],
      }),
    );
  }
  if (chartPng !== null) {
    const maxWidth = Math.floor((PAGE.textWidth / 1440) * 96);
    parts.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 240, after: 0 },
        children: [
          new ImageRun({
            type: 'png',
            data: chartPng,
            transformation: fitImage(imageSize(chartPng), { width: maxWidth, height: 340 }),
          }),
        ],
      }),
      new Paragraph({ style: 'QuotientCaption', children: [new TextRun(labels.caption)] }),
    );
  }
  if (matrix.criteria.length > 0 && matrix.participants.includes(SELF_ID)) {
    const widths = [CRITERION, WEIGHT, SCORE];
    const ours = matrix.scores[SELF_ID] ?? {};
    parts.push(
      heading(context.contents, { level: 2, title: labels.criteriaTitle }),
      new Paragraph({ keepNext: true, children: [new TextRun(labels.criteriaIntro(company))] }),
      ruledTable(
        [
          headerRow(
            [{ text: labels.criterion }, { text: labels.weight }, { text: labels.score(company) }],
            widths,
            context.brand,
          ),
          ...matrix.criteria.map(
            (criterion) =>
              new TableRow({
                cantSplit: true,
                children: [
                  cell(criterion.name, { width: CRITERION }),
                  cell(`${number(criterion.weightPct)} %`, { width: WEIGHT }),
                  cell(String(ours[criterion.id] ?? ''), { width: SCORE }),
                ],
              }),
          ),
          ...(self
            ? [
                new TableRow({
                  cantSplit: true,
                  children: [
                    cell(labels.weighted, {
                      width: CRITERION,
                      run: { bold: true },
                      fill: context.brandLight,
                    }),
                    cell('100 %', { width: WEIGHT, run: { bold: true }, fill: context.brandLight }),
                    cell(number(self.score, 2), {
                      width: SCORE,
                      run: { bold: true },
                      fill: context.brandLight,
                    }),
                  ],
                }),
              ]
            : []),
        ],
        widths,
      ),
    );
  }
  const differentiators = mergedItems(whyUs.differentiators);
  if (differentiators.length > 0) {
    parts.push(
      heading(context.contents, { level: 2, title: labels.differentiators }),
      ...list(differentiators),
    );
  }
  const proof = mergedItems(whyUs.proofPoints);
  if (proof.length > 0) {
    parts.push(heading(context.contents, { level: 2, title: labels.proofPoints }), ...list(proof));
  }
  return parts;
}
