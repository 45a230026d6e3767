import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/domain';
import { decodeIssue } from '#shared/validation/issue-message';
import { errorMessages } from '../components/error-messages';
import { keyCollisions } from './check-messages';
import { de } from './de';
import type { MessageBundle } from './define-messages';
import { en } from './en';

export type { MessageBundle } from './define-messages';

/**
 * The common texts as bundles, like a module's: one per top-level key of de.ts/en.ts, and the
 * texts of the data layer's errors (notifyError).
 */
export const commonBundles: readonly MessageBundle[] = [
  ...(Object.keys(de) as (keyof typeof de)[]).map((key) => ({ key, de: de[key], en: en[key] })),
  { key: 'errors', ...errorMessages },
];

/**
 * The i18next resources: the common texts plus every module's bundles, each merged under its
 * key (given by the shell: i18n imports no module). Two bundles with one key would silently
 * lose texts, so that throws.
 */
export function buildResources(bundles: readonly MessageBundle[]) {
  const collisions = keyCollisions(commonBundles, bundles);
  if (collisions.length > 0) throw new Error(`i18n bundles collide: ${collisions.join('; ')}`);
  const all = [...commonBundles, ...bundles];
  const merged = (language: 'de' | 'en') =>
    Object.fromEntries(all.map((bundle) => [bundle.key, bundle[language]]));
  return {
    de: { translation: merged('de') },
    en: { translation: merged('en') },
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
  /** A custom issue's own `params` (a repository's refusal: the cycle it would close). */
  issueParams?: Record<string, unknown>,
): string {
  if (!message) return t('validation.invalid');
  const { key, params } = decodeIssue(message);
  // Common keys, import keys and an area's own (`planning.validation.cycle`); never zod's English.
  return key.startsWith('validation.') || key.startsWith('import.') || AREA_VALIDATION.test(key)
    ? t(key, { ...issueParams, ...params })
    : t('validation.invalid');
}

const AREA_VALIDATION = /^[a-zA-Z]+\.validation\.[a-zA-Z]+$/;
