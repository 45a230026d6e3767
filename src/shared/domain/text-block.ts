import { z } from 'zod';
import { languageSchema, msg, requiredText, type RowMeta } from './common';

/** The proposal chapters a text block belongs to, in the order a proposal shows them. */
export const textBlockChapters = [
  'summary',
  'situation',
  'approach',
  'team',
  'pricing-notes',
  'assumptions',
  'terms',
  'other',
] as const;
export type TextBlockChapter = (typeof textBlockChapters)[number];

/** Longest body a text block may have (characters). */
export const TEXT_BLOCK_BODY_MAX = 20_000;

/** A reusable proposal text: Markdown-like body with `{{placeholders}}`, per language. */
export const textBlockInputSchema = z.object({
  /** The library's internal name of the block (lists, pickers). */
  title: requiredText(200),
  /** The chapter heading documents print ('' or absent: the title). */
  heading: z.string().trim().max(200, msg.tooLong).optional(),
  // Not trimmed: the body is markup, its line structure is the user's.
  body: z
    .string()
    .max(TEXT_BLOCK_BODY_MAX, msg.tooLong)
    .refine((value) => value.trim() !== '', msg.required),
  language: languageSchema,
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
  chapter: z.enum(textBlockChapters),
  active: z.boolean(),
});
export type TextBlockInput = z.infer<typeof textBlockInputSchema>;
export type TextBlock = TextBlockInput & RowMeta;

export const emptyTextBlockInput = (
  language: TextBlockInput['language'] = 'de',
): TextBlockInput => ({
  title: '',
  body: '',
  language,
  tags: [],
  chapter: 'other',
  active: true,
});

/** A text block chosen for an offer, ordered by a fractional-index position. */
export const offerChapterInputSchema = z.object({
  offerId: z.string().min(1).max(64),
  textBlockId: z.string().min(1).max(64),
  position: z.string().min(1),
});
export type OfferChapterInput = z.infer<typeof offerChapterInputSchema>;
export type OfferChapter = OfferChapterInput & RowMeta;
