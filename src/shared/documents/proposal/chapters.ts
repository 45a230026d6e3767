import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { parseBlockMarkup } from '../markup';
import type { MarkupBlock, MarkupRun } from '../markup';
import { BULLETS, NUMBERS } from './styles';

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

/** Hands out numbering instances so every numbered list starts again at 1. */
export type ListCounter = { next: () => number };

/** A counter for numbered lists, one per document. */
export function listCounter(): ListCounter {
  let instance = 0;
  return { next: () => (instance += 1) };
}

function blockParagraphs(block: MarkupBlock, lists: ListCounter): Paragraph[] {
  switch (block.type) {
    case 'heading':
      // Chapter titles are Heading 1, so a body's "#" is one level below.
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: runs(block.runs),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs) })];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            spacing: { after: 60 },
            children: runs(item),
          }),
      );
    case 'numbered': {
      const instance = lists.next();
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: NUMBERS, level: 0, instance },
            spacing: { after: 60 },
            children: runs(item),
          }),
      );
    }
  }
}

/** A proposal chapter: its title as Heading 1, then the body's markup. */
export function chapterParagraphs(
  chapter: { title: string; body: string },
  lists: ListCounter,
  options: { pageBreakBefore: boolean },
): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: options.pageBreakBefore,
      children: [new TextRun(chapter.title)],
    }),
    ...parseBlockMarkup(chapter.body).flatMap((block) => blockParagraphs(block, lists)),
  ];
}
