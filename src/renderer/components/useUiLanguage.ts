import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/domain';

/** The UI language of an i18next language tag ('en-GB' → 'en'); German unless English. */
export function toLanguage(value: string | undefined): Language {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** The language the UI speaks now; re-renders when the user switches it. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.language);
}
