import { Paragraph, TextRun } from 'docx';
import { parseBlockMarkup } from '../markup';
import type { MarkupBlock, MarkupRun } from '../markup';
import { heading } from './contents';
import type { ContentsEntry } from './contents';
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

/** Where a chapter's paragraphs go: its numbered lists and the document's contents. */
export type ChapterTarget = { lists: ListCounter; contents: ContentsEntry[] };

function blockParagraphs(block: MarkupBlock, { lists, contents }: ChapterTarget): Paragraph[] {
  switch (block.type) {
    case 'heading':
      // Chapter titles are Heading 1, so a body's "#" is one level below.
      return [
        heading(contents, {
          level: block.level === 1 ? 2 : 3,
          title: block.runs.map((run) => run.text).join(''),
          runs: runs(block.runs),
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
  target: ChapterTarget,
  options: { pageBreakBefore: boolean },
): Paragraph[] {
  return [
    heading(target.contents, {
      level: 1,
      title: chapter.title,
      pageBreakBefore: options.pageBreakBefore,
    }),
    ...parseBlockMarkup(chapter.body).flatMap((block) => blockParagraphs(block, target)),
  ];
}
