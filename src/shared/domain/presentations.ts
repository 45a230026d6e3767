import { z } from 'zod';
import { idSchema, isoDateSchema, languageSchema, msg, optionalText, requiredText } from './common';
import type { RowMeta } from './common';

/**
 * Presentation mode for trade fairs (issue 14): decks of slides built from the app's data, and
 * the leads captured at the booth with the evidence of what each visitor was told. Every table
 * syncs field by field; slide media (images, videos) live in the blob store like attachments.
 * The kiosk PIN is device-local (never synced, stored only as a salted hash).
 */

const sha256OrEmpty = z.union([z.literal(''), z.string().regex(/^[0-9a-f]{64}$/)]);
const idList = (max: number) => z.array(z.string().min(1).max(64)).max(max);

// ---------------------------------------------------------------------------------------------
// Decks
// ---------------------------------------------------------------------------------------------

/**
 * A deck. `hidePrices` is deck-level and wins over every slide's `showPrices`: when on, no price,
 * discount or margin reaches a slide, an export or the audience window. The theme comes from the
 * company's brand colour and logo unless `brandColor` overrides the colour for this deck.
 */
export const deckInputSchema = z.object({
  title: requiredText(200),
  /** The fair the deck is for ("it-sa 2026, Nürnberg"); names the leads' activity. */
  fairName: optionalText(200),
  language: languageSchema,
  hidePrices: z.boolean(),
  /** '' = the company's brand colour. */
  brandColor: z.union([z.literal(''), z.string().regex(/^#[0-9a-fA-F]{6}$/, msg.color)]),
  /** The attract loop: advance by each slide's duration, back to slide 1 after this much idling. */
  loopIdleSeconds: z.number().int().min(10).max(3_600),
  /**
   * The privacy notice (Art. 13 GDPR) the lead form shows, as shown: each lead keeps this exact
   * text and its SHA-256. '' = the default text built from the company profile.
   */
  privacyNotice: optionalText(10_000),
  /** The newsletter opt-in's label, shown unticked next to the notice. '' = the default. */
  newsletterText: optionalText(1_000),
});
export type DeckInput = z.infer<typeof deckInputSchema>;
export type Deck = DeckInput & RowMeta;

export const emptyDeck = (language: 'de' | 'en' = 'de'): DeckInput => ({
  title: '',
  fairName: '',
  language,
  hidePrices: false,
  brandColor: '',
  loopIdleSeconds: 60,
  privacyNotice: '',
  newsletterText: '',
});

// ---------------------------------------------------------------------------------------------
// Slides
// ---------------------------------------------------------------------------------------------

export const slideKinds = [
  'title',
  'text',
  'catalog-item',
  'bundle',
  'reference',
  'analysis',
  'competitor-comparison',
  'media',
  'lead-capture',
] as const;
export type SlideKind = (typeof slideKinds)[number];

/**
 * A slide, ordered in its deck by `position` (fractional index, as offer lines). Which fields a
 * kind reads: title/subtitle all; body (Markdown-like, as text blocks) text, reference,
 * lead-capture; media text (optional image), media (image or video, required), reference
 * (optional logo/photo); catalogItemId catalog-item; bundleId bundle; clientId reference
 * (optional: the client the case study is about); quote/quoteAuthor reference; analysisId
 * analysis; competitorIds competitor-comparison (2–6, the own company always added).
 */
export const slideInputSchema = z.object({
  deckId: idSchema,
  position: z.string().min(1).max(200),
  kind: z.enum(slideKinds),
  title: optionalText(200),
  subtitle: optionalText(300),
  body: optionalText(5_000),
  /** The slide's image or video (blob store); '' none. */
  mediaSha256: sha256OrEmpty,
  mediaType: z.string().max(200),
  mediaName: optionalText(255),
  mediaSize: z.number().int().min(0),
  catalogItemId: z.string().max(64),
  bundleId: z.string().max(64),
  clientId: z.string().max(64),
  quote: optionalText(1_000),
  quoteAuthor: optionalText(200),
  analysisId: z.string().max(64),
  competitorIds: idList(6),
  /** Catalog and bundle slides: show the price. The deck's hidePrices always wins. */
  showPrices: z.boolean(),
  /** Speaker notes: the presenter view only, never the audience, PDF or PowerPoint. */
  notes: optionalText(5_000),
  /** Seconds the attract loop shows the slide. */
  durationSeconds: z.number().int().min(3).max(600),
});
export type SlideInput = z.infer<typeof slideInputSchema>;
export type Slide = SlideInput & RowMeta;

export const emptySlide = (deckId: string, kind: SlideKind, position: string): SlideInput => ({
  deckId,
  position,
  kind,
  title: '',
  subtitle: '',
  body: '',
  mediaSha256: '',
  mediaType: '',
  mediaName: '',
  mediaSize: 0,
  catalogItemId: '',
  bundleId: '',
  clientId: '',
  quote: '',
  quoteAuthor: '',
  analysisId: '',
  competitorIds: [],
  showPrices: false,
  notes: '',
  durationSeconds: kind === 'lead-capture' ? 20 : 10,
});

// ---------------------------------------------------------------------------------------------
// Leads
// ---------------------------------------------------------------------------------------------

export const leadRatings = ['hot', 'warm', 'cold'] as const;
export type LeadRating = (typeof leadRatings)[number];

export const leadStatuses = ['new', 'converted', 'discarded'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/**
 * A visitor captured at the booth. What the form asks (name, company, e-mail, phone, interests,
 * note, rating, follow-up) plus where it came from; after the fair it is converted into a client
 * (or an existing one), a contact, an opportunity, a "Messe" activity with the follow-up due, and
 * perhaps a draft offer, whose ids it keeps. The consent evidence is its own row (leadConsents).
 */
export const leadInputSchema = z.object({
  deckId: z.string().max(64),
  fairName: optionalText(200),
  firstName: optionalText(100),
  lastName: requiredText(100),
  company: optionalText(200),
  email: z.union([z.literal(''), z.string().trim().email(msg.email).max(200, msg.tooLong)]),
  phone: optionalText(40),
  /** Catalog items and categories the visitor asked about. */
  interestItemIds: idList(50),
  interestCategories: z.array(requiredText(100)).max(20),
  note: optionalText(5_000),
  rating: z.enum(leadRatings),
  followUpDate: isoDateSchema,
  /** When the lead was saved (ISO timestamp) and by whom (user id and name at the time). */
  capturedAt: z.string().min(1).max(40),
  capturedBy: z.string().max(64),
  capturedByName: optionalText(200),
  status: z.enum(leadStatuses),
  /** Set by the conversion ('' before). */
  clientId: z.string().max(64),
  contactId: z.string().max(64),
  opportunityId: z.string().max(64),
  activityId: z.string().max(64),
  offerId: z.string().max(64),
  convertedAt: z.string().max(40),
});
export type LeadInput = z.infer<typeof leadInputSchema>;
export type Lead = LeadInput & RowMeta;

/** Legal basis of processing a fair lead's business contact data. */
export const consentLegalBases = ['legitimate-interest'] as const;

/**
 * The evidence of what a visitor was told when their lead was captured: the exact privacy notice
 * text shown and its SHA-256 (hex, of the UTF-8 text), when, by which staff member, from which
 * deck, and the newsletter opt-in, which is separate, starts unticked, and needs the notice to
 * have been shown. One per lead; never edited after capture.
 */
export const leadConsentInputSchema = z.object({
  leadId: idSchema,
  deckId: z.string().max(64),
  language: languageSchema,
  noticeText: requiredText(10_000),
  noticeSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the notice was shown to the visitor (ISO timestamp). */
  noticeShownAt: z.string().min(1).max(40),
  capturedAt: z.string().min(1).max(40),
  staffId: z.string().max(64),
  staffName: optionalText(200),
  legalBasis: z.enum(consentLegalBases),
  newsletterOptIn: z.boolean(),
  /** The opt-in's label as shown ('' when not ticked). */
  newsletterText: optionalText(1_000),
  newsletterOptInAt: z.string().max(40),
});
export type LeadConsentInput = z.infer<typeof leadConsentInputSchema>;
export type LeadConsent = LeadConsentInput & RowMeta;
