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
  'menu:set-navigation',
  'menu:set-customer-mode',
  'presentation:list-displays',
  'presentation:open-audience',
  'presentation:close-audience',
  'presentation:set-kiosk',
] as const;
export type IpcChannel = (typeof ipcChannels)[number];

/** The one main → renderer event channel: menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** An area's id in the navigation the renderer sends (`menu:set-navigation`). */
export const NAV_ENTRY_ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

/** Menu commands other than going to an area. */
export const menuCommands = [
  'new-client',
  'search',
  'settings',
  'undo',
  'sync-now',
  'customer-mode:on',
  'customer-mode:off',
] as const;
/** A fixed command, or `navigate:<id>` of an entry of the navigation the renderer sent. */
export type MenuCommand = (typeof menuCommands)[number] | `navigate:${string}`;

/** The menu command that goes to the navigation entry `id`. */
export function navigateCommand(id: string): MenuCommand {
  return `navigate:${id}`;
}

/** True for a known menu command (events from main are checked before reaching the app). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'string') return false;
  if ((menuCommands as readonly string[]).includes(value)) return true;
  return (
    value.startsWith('navigate:') && NAV_ENTRY_ID_PATTERN.test(value.slice('navigate:'.length))
  );
}

/** True for an allowlisted request channel. */
export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (ipcChannels as readonly string[]).includes(value);
}
