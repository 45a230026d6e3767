import { z } from 'zod';
import { languageSchema } from '../domain/common';
import type { IpcChannel } from './channels';
import { NAV_ENTRY_ID_PATTERN } from './channels';
import { fileNameProblem } from './file-name';
import {
  DEFAULT_OPEN_MAX_BYTES,
  MAX_FILE_BYTES,
  MAX_MENU_LABEL_LENGTH,
  MAX_NAV_ENTRIES,
  formatBytes,
} from './limits';

// The single typed contract of the desktop boundary. Main parses every request with these
// schemas; the preload API and the main handler map are both derived from `IpcContract`.
// Messages are English: they describe programming errors, not user input.

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  extensions: z
    .array(
      z
        .string()
        .regex(
          /^(\*|[A-Za-z0-9][A-Za-z0-9_-]{0,15})$/,
          'must be an extension without dot such as "xlsx", or "*"',
        ),
    )
    .min(1, 'must list at least one extension')
    .max(20, 'must list at most 20 extensions'),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const filtersSchema = z.array(fileFilterSchema).max(20, 'must list at most 20 filters').optional();

export const fileNameSchema = z.string().superRefine((name, ctx) => {
  const problem = fileNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const bytesSchema = z
  // z.custom keeps the type Uint8Array (any buffer); z.instanceof would narrow it to ArrayBuffer.
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'must be a Uint8Array' })
  .refine((data) => data.byteLength <= MAX_FILE_BYTES, {
    error: `must be at most ${formatBytes(MAX_FILE_BYTES)}`,
  });

export const fileSaveRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  filters: filtersSchema,
  data: bytesSchema,
});
export type FileSaveRequest = z.input<typeof fileSaveRequestSchema>;
export type FileSaveResponse = { saved: boolean; path?: string };

export const fileOpenRequestSchema = z
  .strictObject({
    filters: filtersSchema,
    maxBytes: z
      .number()
      .int('must be a whole number of bytes')
      .positive('must be positive')
      .max(MAX_FILE_BYTES, `must be at most ${MAX_FILE_BYTES} (${formatBytes(MAX_FILE_BYTES)})`)
      .default(DEFAULT_OPEN_MAX_BYTES),
  })
  .default({ maxBytes: DEFAULT_OPEN_MAX_BYTES });
export type FileOpenRequest = z.input<typeof fileOpenRequestSchema>;
export type FileOpenResponse =
  { canceled: true } | { canceled: false; name: string; data: Uint8Array };

export const appInfoRequestSchema = z.undefined({ error: 'takes no payload' });
export type AppInfo = {
  name: string;
  version: string;
  platform: string;
  electron?: string;
  chrome?: string;
  locale: string;
  userDataPath: string;
};

export const setLanguageRequestSchema = z.strictObject({ language: languageSchema });
export type SetLanguageRequest = z.input<typeof setLanguageRequestSchema>;

/** pdf:print renders the print view of one offer revision to A4 PDF in a hidden window. */
export const pdfPrintRequestSchema = z.strictObject({
  offerId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an offer id (letters, digits and dashes, at most 64)'),
});
export type PdfPrintRequest = z.input<typeof pdfPrintRequestSchema>;
export type PdfPrintResponse = { data: Uint8Array };

/** Longest sync token the desktop keeps; the server's tokens are far shorter. */
export const MAX_SYNC_TOKEN_LENGTH = 4096;

export const syncTokenGetRequestSchema = z.undefined({ error: 'takes no payload' });
/** The stored sync token, or null when there is none (or it can no longer be decrypted). */
export type SyncTokenGetResponse = { token: string | null };

export const syncTokenSetRequestSchema = z.strictObject({
  token: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_SYNC_TOKEN_LENGTH, `must be at most ${MAX_SYNC_TOKEN_LENGTH} characters`)
    // It goes into an Authorization header: visible ASCII only, no spaces or line breaks.
    .regex(/^[\x21-\x7e]*$/, 'must be visible ASCII characters only'),
});
export type SyncTokenSetRequest = z.input<typeof syncTokenSetRequestSchema>;
/**
 * Whether the token survives a restart: kept encrypted with the OS keychain (safeStorage), or
 * only in memory until the app quits because the system offers no encryption.
 */
export type SyncTokenSetResponse =
  { persisted: true } | { persisted: false; reason: 'encryption-unavailable' };

export const syncTokenClearRequestSchema = z.undefined({ error: 'takes no payload' });

/** Largest e-mail draft (with its attachments) the desktop opens in the mail program. */
export const MAX_MAIL_DRAFT_BYTES = 50 * 1024 * 1024;

/**
 * mail:open-draft writes an unsent `.eml` draft to a temporary folder and opens it in the default
 * mail program. Only `.eml` names are accepted: opening any other file type could run it.
 */
export const mailOpenDraftRequestSchema = z.strictObject({
  fileName: fileNameSchema.refine((name) => /^[^.].*\.eml$/i.test(name), {
    error: 'must be a file name ending in .eml',
  }),
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'must be a Uint8Array' })
    .refine((data) => data.byteLength > 0, { error: 'must not be empty' })
    .refine((data) => data.byteLength <= MAX_MAIL_DRAFT_BYTES, {
      error: `must be at most ${formatBytes(MAX_MAIL_DRAFT_BYTES)}`,
    }),
});
export type MailOpenDraftRequest = z.input<typeof mailOpenDraftRequestSchema>;
/** Opened, or not because the system has no program for `.eml` files (the reason says why). */
export type MailOpenDraftResponse = { opened: true } | { opened: false; reason: string };

/**
 * A menu accelerator (Electron's syntax): modifiers joined by `+`, then one key. It needs Ctrl,
 * Cmd or Alt, or a function key, so that it never swallows a typed character.
 */
const ACCELERATOR_PATTERN =
  /^(?:(?:CmdOrCtrl|CommandOrControl|Ctrl|Control|Cmd|Command|Alt|Option|AltGr|Shift|Super|Meta)\+){0,4}(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|[,.\-=;'/\\`[\]]|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc)$/;

function acceleratorProblem(accelerator: string): string | undefined {
  if (!ACCELERATOR_PATTERN.test(accelerator)) {
    return 'must be an accelerator such as "CmdOrCtrl+1" (modifiers, then one key)';
  }
  const parts = accelerator.split('+');
  const key = parts[parts.length - 1] ?? '';
  const modifiers = parts.slice(0, -1);
  if (!modifiers.some((modifier) => modifier !== 'Shift') && !/^F\d/.test(key)) {
    return 'must use Ctrl, Cmd or Alt, or a function key (a plain key would swallow typing)';
  }
  return undefined;
}

/** One area in the desktop menu's "Go to", translated by the renderer. */
export const navEntrySchema = z.strictObject({
  id: z
    .string()
    .regex(
      NAV_ENTRY_ID_PATTERN,
      'must be an id of lowercase letters, digits and dashes, starting with a letter (at most 40)',
    ),
  label: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_MENU_LABEL_LENGTH, `must be at most ${MAX_MENU_LABEL_LENGTH} characters`)
    .regex(/\S/, 'must not be only whitespace')
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
  accelerator: z
    .string()
    .superRefine((accelerator, ctx) => {
      const problem = acceleratorProblem(accelerator);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
});
export type NavEntryRequest = z.input<typeof navEntrySchema>;

/**
 * menu:set-navigation: the renderer's navigation in its UI language; main builds the menu
 * from it (and its own labels in that language). Ids and accelerators are each used once.
 */
export const menuSetNavigationRequestSchema = z.strictObject({
  language: languageSchema,
  entries: z
    .array(navEntrySchema)
    .max(MAX_NAV_ENTRIES, `must list at most ${MAX_NAV_ENTRIES} entries`)
    .superRefine((entries, ctx) => {
      const firstOf = new Map<string, number>();
      entries.forEach((entry, index) => {
        for (const [field, value] of [
          ['id', entry.id],
          ['accelerator', entry.accelerator?.toLowerCase()],
        ] as const) {
          if (value === undefined) continue;
          const first = firstOf.get(`${field}:${value}`);
          if (first === undefined) firstOf.set(`${field}:${value}`, index);
          else
            ctx.addIssue({
              code: 'custom',
              path: [index, field],
              message: `must not repeat entries[${first}].${field}`,
            });
        }
      });
    }),
});
export type MenuSetNavigationRequest = z.input<typeof menuSetNavigationRequestSchema>;
export type MenuNavigation = z.output<typeof menuSetNavigationRequestSchema>;

/** menu:set-customer-mode: the renderer's customer mode, shown as the menu's checkbox. */
export const menuSetCustomerModeRequestSchema = z.strictObject({
  on: z.boolean({ error: 'must be true or false' }),
});
export type MenuSetCustomerModeRequest = z.input<typeof menuSetCustomerModeRequestSchema>;

/** presentation:list-displays: the screens the audience window can go full screen on. */
export const presentationListDisplaysRequestSchema = z.undefined({ error: 'takes no payload' });
/** One screen as the display picker shows it (size in device-independent pixels). */
export type DisplayInfo = {
  id: number;
  label: string;
  primary: boolean;
  width: number;
  height: number;
};
export type PresentationListDisplaysResponse = { displays: DisplayInfo[] };

/** A deck's id as it goes into the audience window's address (`#/audience/<deckId>`). */
const deckIdSchema = z
  .string({ error: 'must be a deck id' })
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a deck id (letters, digits and dashes, at most 64)');

/**
 * presentation:open-audience: a frameless full-screen window on the chosen screen (default: the
 * first screen that is not the primary one) showing the deck's audience view; `kiosk` locks it.
 */
export const presentationOpenAudienceRequestSchema = z.strictObject({
  deckId: deckIdSchema,
  displayId: z
    .number({ error: 'must be a display id from presentation:list-displays' })
    .int('must be a whole number')
    .nonnegative('must not be negative')
    .max(Number.MAX_SAFE_INTEGER, 'must be a safe integer')
    .optional(),
  kiosk: z.boolean({ error: 'must be true or false' }),
});
export type PresentationOpenAudienceRequest = z.input<typeof presentationOpenAudienceRequestSchema>;
export type PresentationOpenAudienceResponse = { displayId: number };

export const presentationCloseAudienceRequestSchema = z.undefined({ error: 'takes no payload' });

/**
 * presentation:set-kiosk: the kiosk lock of the presentation. On: the main window (and the
 * audience window) in kiosk mode, the menu gone, devtools closed and refused. Off: all back.
 */
export const presentationSetKioskRequestSchema = z.strictObject({
  on: z.boolean({ error: 'must be true or false' }),
});
export type PresentationSetKioskRequest = z.input<typeof presentationSetKioskRequestSchema>;

// The response type exists only for the compiler: this symbol is never created at run time.
declare const responseType: unique symbol;
type ChannelSpec<Request extends z.ZodType, Response> = {
  request: Request;
  readonly [responseType]?: Response;
};

/** Declares one channel: its request schema at run time, its response type at compile time. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request): ChannelSpec<Request, Response> => ({
    request,
  });
}

export const ipcContract = {
  'file:save': channel<FileSaveResponse>()(fileSaveRequestSchema),
  'file:open': channel<FileOpenResponse>()(fileOpenRequestSchema),
  'app:info': channel<AppInfo>()(appInfoRequestSchema),
  'app:set-language': channel<void>()(setLanguageRequestSchema),
  'pdf:print': channel<PdfPrintResponse>()(pdfPrintRequestSchema),
  'sync:token-get': channel<SyncTokenGetResponse>()(syncTokenGetRequestSchema),
  'sync:token-set': channel<SyncTokenSetResponse>()(syncTokenSetRequestSchema),
  'sync:token-clear': channel<void>()(syncTokenClearRequestSchema),
  'mail:open-draft': channel<MailOpenDraftResponse>()(mailOpenDraftRequestSchema),
  'menu:set-navigation': channel<void>()(menuSetNavigationRequestSchema),
  'menu:set-customer-mode': channel<void>()(menuSetCustomerModeRequestSchema),
  'presentation:list-displays': channel<PresentationListDisplaysResponse>()(
    presentationListDisplaysRequestSchema,
  ),
  'presentation:open-audience': channel<PresentationOpenAudienceResponse>()(
    presentationOpenAudienceRequestSchema,
  ),
  'presentation:close-audience': channel<void>()(presentationCloseAudienceRequestSchema),
  'presentation:set-kiosk': channel<void>()(presentationSetKioskRequestSchema),
} satisfies { [C in IpcChannel]: ChannelSpec<z.ZodType, unknown> };

export type IpcContract = typeof ipcContract;
/** What the renderer sends on channel C. */
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
/** What the main handler receives on channel C, after parsing (defaults applied). */
export type IpcPayload<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
/** What the main handler returns and the renderer receives on channel C. */
export type IpcResponse<C extends IpcChannel> =
  IpcContract[C] extends ChannelSpec<z.ZodType, infer Response> ? Response : never;
export type IpcHandler<C extends IpcChannel> = (
  payload: IpcPayload<C>,
) => Promise<IpcResponse<C>> | IpcResponse<C>;
/** The main process implements exactly this map. */
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

export type ParseResult<T> = { success: true; data: T } | { success: false; error: string };

/** Parses a request of channel C; the error names the channel and every bad field. */
export function parseIpcRequest<C extends IpcChannel>(
  channelName: C,
  payload: unknown,
): ParseResult<IpcPayload<C>> {
  const result = ipcContract[channelName].request.safeParse(payload);
  if (result.success) return { success: true, data: result.data as IpcPayload<C> };
  return {
    success: false,
    error: `Invalid ${channelName} payload: ${formatIssues(result.error.issues)}`,
  };
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'payload';
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}
