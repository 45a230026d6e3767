export {
  fillPlaceholders,
  findPlaceholders,
  formatDocumentDate,
  placeholderNames,
  placeholderToken,
  placeholderValue,
} from './placeholders';
export type { FilledText, PlaceholderContext, PlaceholderName } from './placeholders';
export { blockHeading, documentChapters, hasOwnText, resolveChapters } from './chapters';
export type { ChapterRef, ResolvedChapter } from './chapters';
export { parseContactName, salutation } from './salutation';
export type { AddresseeGender, ParsedContactName } from './salutation';
