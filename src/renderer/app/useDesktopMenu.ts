import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/domain/common';
import { platform, type MenuSetNavigationRequest, type Platform } from '../platform';
import { useCustomerMode } from '../stores/customer-mode.store';
import type { NavEntry } from './navigation';
import { useUiLanguage } from '../components/useUiLanguage';

/** What the hook needs of the platform: the browser's versions do nothing. */
export type DesktopMenuTarget = Pick<Platform, 'setMenuNavigation' | 'setMenuCustomerMode'>;

const keyNames: Record<string, string> = {
  Ctrl: 'CmdOrCtrl',
  Del: 'Delete',
  Esc: 'Escape',
  '↑': 'Up',
  '↓': 'Down',
  '←': 'Left',
  '→': 'Right',
};

/** A shortcut of the app ("Ctrl+1", English key names) as a menu accelerator ("CmdOrCtrl+1"). */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => keyNames[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

/** The navigation as the desktop menu's "Go to" shows it: labels in `language`. */
export function desktopMenuNavigation({
  entries,
  language,
  t,
}: {
  entries: readonly NavEntry[];
  language: Language;
  t: (key: string) => string;
}): MenuSetNavigationRequest {
  return {
    language,
    entries: entries.map(({ id, labelKey, shortcut }) => ({
      id,
      label: t(labelKey),
      ...(shortcut ? { accelerator: toAccelerator(shortcut) } : {}),
    })),
  };
}

function report(error: unknown): void {
  // The menu keeps its previous state; the app itself works on.
  console.warn('Could not update the desktop menu', error);
}

/**
 * Keeps the desktop menu in step with the app: its areas in the UI language (on start and on
 * every language change) and the customer mode's checkbox.
 */
export function useDesktopMenu(
  entries: readonly NavEntry[],
  target: DesktopMenuTarget = platform,
): void {
  const { i18n } = useTranslation();
  const language = useUiLanguage();
  const customerMode = useCustomerMode();

  useEffect(() => {
    const t = i18n.getFixedT(language);
    target.setMenuNavigation(desktopMenuNavigation({ entries, language, t })).catch(report);
  }, [target, entries, language, i18n]);

  useEffect(() => {
    target.setMenuCustomerMode(customerMode).catch(report);
  }, [target, customerMode]);
}
