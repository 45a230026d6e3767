import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain';
import { de } from './de';
import { en } from './en';

/** Initialise i18next once with both languages bundled (they are small). */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: language,
    fallbackLng: 'de',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Translate a zod issue message (an i18n key such as `validation.vatId`). */
export function translateIssue(t: (key: string) => string, message: string | undefined): string {
  if (!message) return t('validation.invalid');
  return message.startsWith('validation.') ? t(message) : t('validation.invalid');
}
