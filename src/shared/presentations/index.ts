// Presentation mode for trade fairs (issue 14): the pure core every screen and export shares.
// Import as '#shared/presentations'; the kiosk PIN is '#shared/presentations/pin'.
export { presentableDeck, slideContent } from './content';
export type { SlideContentOptions } from './content';
export {
  buildConsent,
  defaultNewsletterText,
  defaultPrivacyNotice,
  newsletterTextFor,
  noticeFor,
} from './consent';
export type { BuildConsentArgs } from './consent';
export { leadConversion } from './conversion';
export type { LeadConversion, LeadConversionArgs } from './conversion';
export { COMPANY_SIMILARITY, findLeadDuplicates, normalizeCompanyName } from './duplicates';
export type { LeadDuplicate } from './duplicates';
export { presentationLabels } from './labels';
export type { PresentationLabels } from './labels';
export { checkLeadForm, leadFormMessages } from './lead-form';
export type { LeadForm, LeadFormCheck, LeadFormField } from './lead-form';
export { LEAD_TABLE_DATE_COLUMNS, defuseCell, leadTable, leadsCsv } from './lead-table';
export type { LeadTable } from './lead-table';
export { MAX_TICK_DELAY, loopTick, navigate, nextTickDelay, startLoop } from './loop';
export type { LoopAction, LoopState } from './loop';
export { isPriceLabel, looksLikeMoney, priceTexts } from './price-texts';
export { contrastRatio, deckTheme } from './theme';
export {
  FOLLOW_UP_WORKING_DAYS,
  addWorkingDays,
  defaultFollowUpDate,
  germanPublicHolidays,
  isWorkingDay,
} from './working-days';
export type {
  Deck,
  DeckTheme,
  PresentableDeck,
  Slide,
  SlideContent,
  SlideMedia,
  SlideSources,
} from './types';
