export {
  fillPlaceholders,
  findPlaceholders,
  formatDocumentDate,
  placeholderNames,
  placeholderToken,
  placeholderValue,
} from './placeholders';
export type { FilledText, PlaceholderContext, PlaceholderName } from './placeholders';
export { documentChapters, resolveChapters } from './chapters';
export type { ChapterRef, ResolvedChapter } from './chapters';
