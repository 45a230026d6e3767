import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/domain';
import { decodeIssue } from '#shared/validation/issue-message';
import { calculatorMessages } from '#modules/calculator/messages';
import { catalogMessages } from '#modules/catalog/messages';
import { followUpMessages } from '#modules/clients/messages';
import { offerImportMessages } from '#modules/offers/import-messages';
import { mailMessages } from '#modules/offers/mail-messages';
import { offersMessages } from '#modules/offers/messages';
import { syncMessages } from '#modules/sync/messages';
import { textsMessages } from '#modules/text-blocks/messages';
import { trashMessages } from '#modules/trash/messages';
import { de } from './de';
import { en } from './en';
import { customerModeMessages, keyboardMessages } from './workspace-messages';

/** Feature folders own their texts; they are merged here under the feature's key. */
const features = {
  catalog: catalogMessages,
  calculator: calculatorMessages,
  offers: offersMessages,
  texts: textsMessages,
  sync: syncMessages,
  trash: trashMessages,
  followUps: followUpMessages,
  mail: mailMessages,
  offerImport: offerImportMessages,
  customerMode: customerModeMessages,
  keyboard: keyboardMessages,
};
const resources = {
  de: { translation: { ...de, ...mapValues(features, (messages) => messages.de) } },
  en: { translation: { ...en, ...mapValues(features, (messages) => messages.en) } },
};

function mapValues<T extends Record<string, unknown>, R>(record: T, map: (value: T[keyof T]) => R) {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, map(value as T[keyof T])]),
  );
}

/** Initialise i18next once with both languages bundled (they are small). */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'de',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/**
 * Translate a zod issue message: an i18n key such as `validation.vatId`, or one with parameters
 * made by `issueMessage` (`validation.tooLongCount|{"max":200,"now":213}`).
 */
export function translateIssue(
  t: (key: string, options?: Record<string, unknown>) => string,
  message: string | undefined,
): string {
  if (!message) return t('validation.invalid');
  const { key, params } = decodeIssue(message);
  return key.startsWith('validation.') || key.startsWith('import.')
    ? t(key, params)
    : t('validation.invalid');
}
