import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/domain';
import { decodeIssue } from '#shared/validation/issue-message';
import { errorMessages } from '../components/error-messages';
import { de } from './de';
import { en } from './en';
import { customerModeMessages, keyboardMessages } from './workspace-messages';

/** A module's texts (see app/module-types.ts AreaMessages), merged under their key. */
export type MessageBundle = {
  key: string;
  de: Record<string, unknown>;
  en: Record<string, unknown>;
};

/** The common texts plus every module's bundles (given by the shell: i18n imports no module). */
export function buildResources(bundles: readonly MessageBundle[]) {
  const all: MessageBundle[] = [
    ...bundles,
    { key: 'customerMode', ...customerModeMessages },
    { key: 'keyboard', ...keyboardMessages },
    { key: 'errors', ...errorMessages },
  ];
  const merged = (language: 'de' | 'en') =>
    Object.fromEntries(all.map((bundle) => [bundle.key, bundle[language]]));
  return {
    de: { translation: { ...de, ...merged('de') } },
    en: { translation: { ...en, ...merged('en') } },
  };
}

/** Initialise i18next once with both languages bundled (they are small). */
export async function initI18n(
  language: Language,
  bundles: readonly MessageBundle[],
): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: buildResources(bundles),
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
