import { messageBundles } from '../../src/renderer/app/module-registry';
import { modules } from '../../src/renderer/app/modules';
import { initI18n } from '../../src/renderer/i18n';
import type { Language } from '../../src/shared/domain';

/** i18next with the common texts and every module's, as the app starts it. */
export const initAppI18n = (language: Language) => initI18n(language, messageBundles(modules));
