import { HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';

/** The heading levels the table of contents lists. */
const LISTED_LEVELS = 2;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A heading as the table of contents lists it. */
export type ContentsEntry = { title: string; level: number };

/** A heading's level (1 to 3), text and whether it starts a page. */
export type HeadingArgs = {
  level: 1 | 2 | 3;
  title: string;
  /** The title's runs when it has formatting; one plain run of the title otherwise. */
  runs?: TextRun[];
  pageBreakBefore?: boolean;
};

/** A heading paragraph; headings the table of contents lists are noted in `contents`. */
export function heading(
  contents: ContentsEntry[],
  { level, title, runs, pageBreakBefore = false }: HeadingArgs,
): Paragraph {
  if (level <= LISTED_LEVELS && title.trim() !== '') contents.push({ title, level });
  return new Paragraph({
    heading: HEADINGS[level],
    pageBreakBefore,
    children: runs ?? [new TextRun(title)],
  });
}

/**
 * The table of contents, a field Word updates on opening. Given the noted headings, it is written
 * from them, without page numbers; given null, docx finds the headings itself, as the page number
 * estimate needs (it numbers the entries docx links to them). docx finds them by reading every
 * paragraph, each table cell's too: about a tenth of the time a thousand-line offer takes.
 */
export function contentsTable(alias: string, entries: ContentsEntry[] | null): TableOfContents {
  return new TableOfContents(alias, {
    hyperlink: true,
    headingStyleRange: `1-${LISTED_LEVELS}`,
    ...(entries === null ? {} : { cachedEntries: entries }),
  });
}
