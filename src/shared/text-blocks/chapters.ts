import type { TextBlock } from '../domain';
import { fillPlaceholders } from './placeholders';
import type { PlaceholderContext, PlaceholderName } from './placeholders';

/** An offer's chapter as the resolver needs it (an OfferChapter fits). */
export type ChapterRef = { id: string; textBlockId: string };

/** One chapter with its text block's title and body filled for the offer. */
export type ResolvedChapter = {
  id: string;
  textBlockId: string;
  /** The library block, or null when it is gone (deleted or not synced yet). */
  block: Pick<TextBlock, 'id' | 'title' | 'body' | 'language' | 'chapter'> | null;
  title: string;
  body: string;
  /** Unknown placeholders of title and body, each once. */
  unknown: string[];
  /** Known placeholders without a value in this context. */
  empty: PlaceholderName[];
};

/** Resolves an offer's chapters (in the given order) against the library and fills placeholders. */
export function resolveChapters({
  chapters,
  blocks,
  context,
}: {
  chapters: readonly ChapterRef[];
  blocks: readonly ResolvedChapter['block'][];
  context: PlaceholderContext;
}): ResolvedChapter[] {
  const byId = new Map(blocks.flatMap((block) => (block ? [[block.id, block] as const] : [])));
  return chapters.map(({ id, textBlockId }) => {
    const block = byId.get(textBlockId) ?? null;
    if (!block) return { id, textBlockId, block, title: '', body: '', unknown: [], empty: [] };
    const title = fillPlaceholders(block.title, context);
    const body = fillPlaceholders(block.body, context);
    return {
      id,
      textBlockId,
      block,
      title: title.text,
      body: body.text,
      unknown: [...new Set([...title.unknown, ...body.unknown])],
      empty: [...new Set([...title.empty, ...body.empty])],
    };
  });
}

/** DocumentData.chapters from resolved chapters; chapters whose block is gone are left out. */
export function documentChapters(
  resolved: readonly ResolvedChapter[],
): { title: string; body: string }[] {
  return resolved.flatMap(({ block, title, body }) => (block ? [{ title, body }] : []));
}
