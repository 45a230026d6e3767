import { z } from 'zod';
import { SyncError } from '#shared/sync/engine';
import { WorkspaceBoundError } from '#data';
import type { SyncText } from './status-view';

/** Hosts that may be reached over plain http: this machine only (the CSP allows no others). */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

/** Why a server address is not usable, as an i18n key under `sync.`; undefined when it is fine. */
export function serverUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'settings.serverUrlInvalid';
  }
  if (url.protocol === 'https:') return url.hostname ? undefined : 'settings.serverUrlInvalid';
  if (url.protocol !== 'http:') return 'settings.serverUrlInvalid';
  return LOCAL_HOSTS.has(url.hostname) ? undefined : 'settings.serverUrlInsecure';
}

/** The address as stored: trimmed, without query, fragment or trailing slashes. */
export function normalizeServerUrl(value: string): string {
  const url = new URL(value.trim());
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The login form; messages are i18n keys (`sync.…` or `validation.…`). */
export const loginFormSchema = z.object({
  serverUrl: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .superRefine((value, ctx) => {
      const problem = serverUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `sync.${problem}` });
    })
    .transform(normalizeServerUrl),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'validation.required')
    .max(254, 'validation.tooLong')
    .email('validation.email'),
  password: z.string().min(1, 'validation.required').max(1024, 'validation.tooLong'),
});
export type LoginFormInput = z.input<typeof loginFormSchema>;
export type LoginFormValues = z.output<typeof loginFormSchema>;

/** The translated reason a login failed, specific to the cause (keys under `sync.`). */
export function loginErrorText(error: unknown, serverUrl: string): SyncText {
  if (error instanceof RangeError) return { key: 'settings.serverUrlInvalid' };
  if (error instanceof WorkspaceBoundError) return { key: 'settings.boundElsewhere' };
  if (!(error instanceof SyncError)) {
    return {
      key: 'login.failed',
      params: { message: error instanceof Error ? error.message : String(error) },
    };
  }
  switch (error.code) {
    case 'unauthorized':
      return { key: 'login.wrongCredentials' };
    case 'network':
      return { key: 'login.unreachable', params: { server: serverUrl } };
    case 'protocol':
      return { key: 'login.protocol' };
    case 'forbidden':
      return {
        key: error.serverCode === 'account_disabled' ? 'login.disabled' : 'login.forbidden',
      };
    case 'server':
      if (error.status !== 429) return { key: 'login.server' };
      return error.retryAfterMs === undefined
        ? { key: 'login.tooManyAttemptsLater' }
        : {
            key: 'login.tooManyAttempts',
            params: { seconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) },
          };
    case 'clock':
    case 'rejected':
      // 400 is the server refusing the form's values; anything else is not our protocol.
      return error.status === 400
        ? { key: 'login.refused', params: { message: error.message } }
        : { key: 'login.notQuotient' };
  }
}
