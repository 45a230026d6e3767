import { settingsMessages } from './messages';

/**
 * The labels of the company's legal details by language, for the company form. The texts live
 * in messages.ts under `settings.legal` (t('settings.legal.title') reaches them too).
 */
export const legalMessages = { de: settingsMessages.de.legal, en: settingsMessages.en.legal };
