// Run-time names of the desktop boundary. Zod-free on purpose: the sandboxed preload
// bundles this file and may require nothing but `electron`.

/** Every renderer → main request channel (`domain:verb`); the preload allowlists exactly these. */
export const ipcChannels = [
  'file:save',
  'file:open',
  'app:info',
  'app:set-language',
  'pdf:print',
  'sync:token-get',
  'sync:token-set',
  'sync:token-clear',
  'mail:open-draft',
] as const;
export type IpcChannel = (typeof ipcChannels)[number];

/** The one main → renderer event channel: menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const menuCommands = [
  'new-client',
  'search',
  'settings',
  'navigate:clients',
  'navigate:pipeline',
  'undo',
  'sync-now',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** True for a known menu command (events from main are checked before reaching the app). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** True for an allowlisted request channel. */
export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (ipcChannels as readonly string[]).includes(value);
}
