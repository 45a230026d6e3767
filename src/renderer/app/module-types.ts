import type { ComponentType, LazyExoticComponent } from 'react';
import type { Offer, OfferLine, Opportunity } from '#shared/domain';
import type { PlaceholderContext } from '#shared/text-blocks';
import type { SyncedTableName } from '#shared/sync/synced-fields';
import type { MessageBundle } from '../i18n';
import type { AreaName } from './AreaBoundary';

/**
 * One business area's manifest: everything the shell needs to know about it. The shell
 * (router, navigation, shortcuts, desktop menu, i18n bundles, sync conflict labels, slots) is
 * built from the list in app/modules.ts; adding an area is a new folder plus a line there.
 */
export type ModuleManifest = {
  /** Unique, kebab-case; also the name of its folders under modules/ and data/. */
  id: string;
  /** The area's texts (defineMessages), each merged into the i18n bundle under its own key. */
  messages?: readonly MessageBundle[];
  routes?: readonly ModuleRoute[];
  /** Its entry in the navigation (and the desktop menu's "Gehe zu"). */
  nav?: ModuleNav;
  /** Keys of its screens, listed in the "?" dialog while one of them is open. */
  screenShortcuts?: readonly ScreenShortcuts[];
  /** The synced tables the area owns, with their names and field labels (sync conflicts). */
  tables?: Partial<Record<SyncedTableName, TableLabels>>;
  /** Panels and tabs the area contributes to other areas' screens and to the shell. */
  contributes?: Contributions;
};

export type TableLabels = {
  /** i18n key of the table's name ("Kunden"). */
  label: string;
  /** i18n key prefixes where its field labels live, first match wins ('clients.fields'). */
  fields: readonly string[];
};

export type ModuleRoute = {
  /** A path below the frame (`clients/:clientId`), or absolute (`/print/…`) when `frame` is false. */
  path: string;
  /** The error boundary's area name (what the fallback says failed). */
  area: AreaName;
  /** The screen; or `redirect` to another path instead. */
  page?: LazyExoticComponent<ComponentType> | ComponentType;
  redirect?: string;
  /** false: outside the window frame (welcome, print). Default true. */
  frame?: boolean;
};

export type ModuleNav = {
  path: string;
  /** i18n key of its label. */
  labelKey: string;
  /** English key names ("Ctrl+1"), shown in the UI language. */
  shortcut?: string;
  /** Position in the navigation, ascending. */
  order: number;
};

export type ShortcutRow = {
  /** Alternatives, each written with English key names ("Ctrl+Del"); shown in the UI language. */
  keys: string[];
  /** The i18n key of what the keys do. */
  label: string;
};

export type ScreenShortcuts = {
  /** Its heading in the "?" dialog is keyboard.screens.<screen>. */
  screen: string;
  /** Whether a location path is this screen. */
  matches: (pathname: string) => boolean;
  rows: readonly ShortcutRow[];
};

/** What a slot hands its contributions. */
export type SlotProps = {
  /** The client page's side column, below the client's master data. */
  'client.detail': { clientId: string };
  /** The offer editor's main column, below the sections. */
  'offerEditor.main': { offer: Offer; context: PlaceholderContext };
  /**
   * The offer editor's side panel (toggled from the editor's header, Alt+W), beside the sections:
   * mounted only while open, so it costs the editor's first paint nothing.
   */
  'offerEditor.aside': { offer: Offer };
  /**
   * A tab of the offer editor beside its "Positionen" (the lines), opened with `?tab=<id>`:
   * mounted only while chosen. `editable` is false for sent revisions; `internal` false while the
   * screen faces the customer (cost and margin hidden).
   */
  'offerEditor.tab': { offer: Offer; editable: boolean; internal: boolean };
  /** The line details drawer of the offer editor, below the line's own fields. */
  'offerEditor.lineDetail': { offer: Offer; line: OfferLine };
  /** The opportunity dialog of an existing opportunity, below its fields. */
  'opportunity.detail': { opportunity: Opportunity };
  /**
   * Shown when an opportunity has just moved to "lost" (board drag, keyboard move or the
   * dialog's stage): a dialog of its own, `onClose` when it is saved or skipped.
   */
  'opportunity.lost': { opportunity: Opportunity; onClose: () => void };
  /** A tab of the settings page. */
  'settings.tab': Record<string, never>;
  /** The header's status area. */
  'shell.header': Record<string, never>;
  /** Dialogs the frame keeps mounted (opened through stores). */
  'shell.global': Record<string, never>;
};
export type SlotName = keyof SlotProps;

export type Contribution<S extends SlotName> = {
  id: string;
  /** Ascending; contributions of one slot are rendered in this order. */
  order: number;
  component: ComponentType<SlotProps[S]>;
  /** A tab's label (i18n key) and its test id, where the slot shows tabs. */
  label?: string;
};

export type Contributions = { [S in SlotName]?: readonly Contribution<S>[] };
