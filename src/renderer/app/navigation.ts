import { useMemo } from 'react';
import type { ModuleManifest } from './module-types';
import { useModules } from './slots';

/**
 * One area of the app as the window's navigation, the global shortcuts and the desktop menu's
 * "Go to" show it, built from the module manifests (app/modules.ts).
 */
export type NavEntry = {
  /** Stable id; the desktop menu's command for it is `navigate:<id>`. */
  id: string;
  /** The hash route the entry opens; the entry is active on this path and below it. */
  path: string;
  /** The i18n key of the entry's label (German and English). */
  labelKey: string;
  /** Keys with English names ("Ctrl+1"), shown in the UI language; Ctrl means Cmd on a Mac. */
  shortcut?: string;
};

/** The navigation of the modules' manifests, in their order. */
export function navigationOf(modules: readonly ModuleManifest[]): NavEntry[] {
  return modules
    .flatMap((module) => (module.nav ? [{ id: module.id, ...module.nav }] : []))
    .sort((a, b) => a.order - b.order)
    .map(({ id, path, labelKey, shortcut }) => ({
      id,
      path,
      labelKey,
      ...(shortcut === undefined ? {} : { shortcut }),
    }));
}

/** The app's navigation, built from the modules the root provides. */
export function useNavigation(): readonly NavEntry[] {
  const modules = useModules();
  return useMemo(() => navigationOf(modules), [modules]);
}

/** The entry with this id, if the app has one. */
export function navEntryById(id: string, entries: readonly NavEntry[]): NavEntry | undefined {
  return entries.find((entry) => entry.id === id);
}

/** Whether the entry is the current area: its path or a page below it. */
export function isNavEntryActive(entry: NavEntry, pathname: string): boolean {
  return pathname === entry.path || pathname.startsWith(`${entry.path}/`);
}

/** The path a `navigate:<id>` command goes to; nothing for another command or an unknown id. */
export function pathForCommand(command: string, entries: readonly NavEntry[]): string | undefined {
  if (!command.startsWith('navigate:')) return undefined;
  return navEntryById(command.slice('navigate:'.length), entries)?.path;
}
