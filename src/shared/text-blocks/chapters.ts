import type { TextBlock } from '../domain';
import { fillPlaceholders } from './placeholders';
import type { PlaceholderContext, PlaceholderName } from './placeholders';

/**
 * An offer's chapter as the resolver needs it (an offer chapter row fits). Its own `title`
 * (document heading) and `body`, when non-empty, win over the library block's: a draft's
 * adaptation for this offer, or a sent revision's snapshot.
 */
export type ChapterRef = { id: string; textBlockId: string; title?: string; body?: string };

/** The heading documents print for a library block: its heading, else its title. */
export const blockHeading = (block: { title: string; heading?: string | undefined }): string =>
  block.heading?.trim() ? block.heading.trim() : block.title;

/** Whether the chapter carries its own text (adapted, or a snapshot). */
export const hasOwnText = (chapter: Pick<ChapterRef, 'title' | 'body'>): boolean =>
  (chapter.title ?? '').trim() !== '' || (chapter.body ?? '').trim() !== '';

/** One chapter with its text block's title and body filled for the offer. */
export type ResolvedChapter = {
  id: string;
  textBlockId: string;
  /** The library block, or null when it is gone (deleted or not synced yet). */
  block:
    | (Pick<TextBlock, 'id' | 'title' | 'body' | 'language' | 'chapter'> &
        Partial<Pick<TextBlock, 'heading'>>)
    | null;
  /** Document heading and body, placeholders filled. */
  title: string;
  body: string;
  /** The chapter's own text replaces the library's (heading, body or both). */
  adapted: boolean;
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
  return chapters.map((chapter) => {
    const { id, textBlockId } = chapter;
    const ownTitle = (chapter.title ?? '').trim();
    const ownBody = chapter.body ?? '';
    const adapted = hasOwnText(chapter);
    // A snapshot outlives its library block (a sent revision keeps what it was sent with).
    const block =
      byId.get(textBlockId) ??
      (ownBody.trim() !== ''
        ? {
            id: textBlockId,
            title: ownTitle,
            body: ownBody,
            language: context.language,
            chapter: 'other' as const,
          }
        : null);
    if (!block) {
      return { id, textBlockId, block, title: '', body: '', adapted, unknown: [], empty: [] };
    }
    const title = fillPlaceholders(ownTitle !== '' ? ownTitle : blockHeading(block), context);
    const body = fillPlaceholders(ownBody.trim() !== '' ? ownBody : block.body, context);
    return {
      id,
      textBlockId,
      block,
      title: title.text,
      body: body.text,
      adapted,
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
