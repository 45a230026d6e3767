import type { MessageBundle } from '../i18n';
import type { ModuleManifest, TableLabels } from './module-types';

/** Pure views of the module list, for the shell and its tests. */

/** Every module's message bundles. */
export function messageBundles(modules: readonly ModuleManifest[]): MessageBundle[] {
  return modules.flatMap((module) => module.messages ?? []);
}

/** The labels of every synced table some module owns. */
export function tableLabels(modules: readonly ModuleManifest[]): Record<string, TableLabels> {
  return Object.fromEntries(
    modules.flatMap((module) => Object.entries(module.tables ?? {})),
  ) as Record<string, TableLabels>;
}
