import { textBlockChapters } from '#shared/domain';
import type { Language, TextBlock, TextBlockChapter } from '#shared/domain';

export type TextBlockFilter = {
  query: string;
  language: Language | null;
  chapter: TextBlockChapter | null;
};

const chapterRank = (chapter: TextBlockChapter): number => textBlockChapters.indexOf(chapter);

/** Proposal order: by chapter as a proposal shows them, then by title. */
export function byChapterAndTitle(a: TextBlock, b: TextBlock): number {
  return chapterRank(a.chapter) - chapterRank(b.chapter) || a.title.localeCompare(b.title, 'de');
}

/** Blocks matching language, chapter and every search word (title, body, tags), in proposal order. */
export function filterTextBlocks(
  blocks: readonly TextBlock[],
  filter: TextBlockFilter,
): TextBlock[] {
  const words = filter.query.trim().toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  return blocks
    .filter((block) => filter.language === null || block.language === filter.language)
    .filter((block) => filter.chapter === null || block.chapter === filter.chapter)
    .filter((block) => {
      if (words.length === 0) return true;
      const text = `${block.title} ${block.body} ${block.tags.join(' ')}`.toLocaleLowerCase('de');
      return words.every((word) => text.includes(word));
    })
    .sort(byChapterAndTitle);
}

/** Inserts `token` over the selection [start, end) and returns the text and the caret after it. */
export function insertAtSelection({
  text,
  start,
  end,
  token,
}: {
  text: string;
  start: number;
  end: number;
  token: string;
}): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}

/** Library blocks an offer can still add: active, in its language, not chosen yet. */
export function addableBlocks({
  blocks,
  language,
  chosen,
}: {
  blocks: readonly TextBlock[];
  language: Language;
  chosen: ReadonlySet<string>;
}): TextBlock[] {
  return blocks
    .filter((block) => block.active && block.language === language && !chosen.has(block.id))
    .sort(byChapterAndTitle);
}

/** A byte count for people: `512 B`, `12,3 kB`, `4,5 MB` (decimal units, locale separator). */
export function formatSize(bytes: number, language: string): string {
  const format = (value: number) =>
    value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${format(bytes / 1000)} kB`;
  return `${format(bytes / 1_000_000)} MB`;
}
