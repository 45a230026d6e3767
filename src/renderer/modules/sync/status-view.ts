import type { Language } from '#shared/domain';
import type { SyncProgress, SyncStatus } from '../../sync/types';

/** A translatable text: an i18n key under `sync.` with its parameters. */
export type SyncText = { key: string; params?: Record<string, string | number> };

export type SyncTone = 'gray' | 'orange' | 'blue' | 'green' | 'red';

/** What the one button next to the status does. */
export type SyncAction = 'sync-now' | 'set-up' | 'log-in';

export type SyncStatusView = {
  tone: SyncTone;
  label: SyncText;
  /** While syncing: the run's counts, e.g. "↑ 3/10 · ↓ 120/3800". */
  counts?: string;
  /** The popover's lines: what is going on, why, and what to do. */
  details: SyncText[];
  /** Share of the run done (0–100), when its size is known (initial sync). */
  progressPct?: number;
  action: SyncAction;
  /**
   * Local changes waiting for the server, when worth saying: not before a sync server is set
   * up (every record of a device that never syncs would wait forever).
   */
  pending?: number;
};

const tones: Record<SyncStatus['phase'], SyncTone> = {
  'signed-out': 'gray',
  offline: 'orange',
  syncing: 'blue',
  idle: 'green',
  error: 'red',
};

function progressDetails(status: SyncStatus): Pick<SyncStatusView, 'details' | 'progressPct'> {
  const progress = status.progress;
  if (!progress) return { details: [] };
  const { pushed, toPush, pulled, toPull } = progress;
  const details: SyncText[] = [];
  if (toPush > 0) details.push({ key: 'status.pushed', params: { done: pushed, total: toPush } });
  details.push(
    toPull === undefined
      ? { key: 'status.pulled', params: { done: pulled } }
      : { key: 'status.pulledOf', params: { done: pulled, total: toPull } },
  );
  const total = toPush + (toPull ?? 0);
  if (toPull === undefined || total === 0) return { details };
  const done = Math.min(pushed + pulled, total);
  return { details, progressPct: Math.floor((done / total) * 100) };
}

function phaseDetails(
  status: SyncStatus,
  relativeTime: (iso: string) => string,
): Pick<SyncStatusView, 'details' | 'progressPct' | 'action'> {
  switch (status.phase) {
    case 'signed-out':
      return status.account
        ? {
            details: [{ key: 'status.expiredHint', params: { server: status.account.serverUrl } }],
            action: 'log-in',
          }
        : { details: [{ key: 'status.signedOutHint' }], action: 'set-up' };
    case 'offline':
      return { details: [{ key: 'status.offlineHint' }], action: 'sync-now' };
    case 'syncing':
      return { ...progressDetails(status), action: 'sync-now' };
    case 'idle':
      return {
        details: [
          status.lastSyncedAt
            ? { key: 'status.idleHint', params: { time: relativeTime(status.lastSyncedAt) } }
            : { key: 'status.idleNever' },
        ],
        action: 'sync-now',
      };
    case 'error': {
      const code = status.error?.code ?? 'server';
      const message = status.error?.message ?? '';
      return {
        details: [
          { key: `errors.${code}.reason` },
          { key: `errors.${code}.action`, params: { message } },
        ],
        action: code === 'unauthorized' ? 'log-in' : code === 'forbidden' ? 'set-up' : 'sync-now',
      };
    }
  }
}

function labelOf(status: SyncStatus, relativeTime: (iso: string) => string): SyncText {
  switch (status.phase) {
    case 'signed-out':
      return { key: 'status.signedOut' };
    case 'offline':
      return { key: 'status.offline' };
    case 'syncing':
      return { key: 'status.syncing' };
    case 'idle':
      return status.lastSyncedAt
        ? { key: 'status.idleAt', params: { time: relativeTime(status.lastSyncedAt) } }
        : { key: 'status.idle' };
    case 'error':
      return { key: `errors.${status.error?.code ?? 'server'}.short` };
  }
}

/** "↑ 3/10 · ↓ 120/3800": a run's counts at a glance (↓ without a total while unknown). */
export function progressCounts({ pushed, toPush, pulled, toPull }: SyncProgress): string {
  const down = `↓ ${pulled}${toPull === undefined ? '' : `/${toPull}`}`;
  return toPush > 0 ? `↑ ${pushed}/${toPush} · ${down}` : down;
}

/** The status badge's content as data: colour, label, popover lines, progress and action. */
export function describeSyncStatus(
  status: SyncStatus,
  { relativeTime }: { relativeTime: (iso: string) => string },
): SyncStatusView {
  const { details, progressPct, action } = phaseDetails(status, relativeTime);
  const setUp = status.phase !== 'signed-out' || status.account !== undefined;
  const waiting = setUp && status.pending > 0 ? status.pending : undefined;
  const pending: SyncText[] =
    waiting === undefined ? [] : [{ key: 'status.pendingHint', params: { count: waiting } }];
  return {
    tone: tones[status.phase],
    label: labelOf(status, relativeTime),
    ...(status.phase === 'syncing' && status.progress
      ? { counts: progressCounts(status.progress) }
      : {}),
    details: [...details, ...pending],
    ...(progressPct === undefined ? {} : { progressPct }),
    action,
    ...(waiting === undefined ? {} : { pending: waiting }),
  };
}

/**
 * "vor 3 Minuten", "gestern", "2 hours ago": how long ago `iso` was, in the UI language. A time
 * after `now` (a clock refreshed less often than the status) reads as "now".
 */
export function formatRelativeTime(iso: string, now: number, language: Language): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.min(0, (Date.parse(iso) - now) / 1000);
  const size = Math.abs(seconds);
  // Truncating keeps 59 seconds from reading as "1 minute"; under ten seconds reads as "now".
  if (size < 10) return format.format(0, 'second');
  if (size < 60) return format.format(Math.trunc(seconds), 'second');
  if (size < 3600) return format.format(Math.trunc(seconds / 60), 'minute');
  if (size < 86_400) return format.format(Math.trunc(seconds / 3600), 'hour');
  return format.format(Math.trunc(seconds / 86_400), 'day');
}

/** A date and time such as "28.11.2026, 09:15" in the UI language. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** Why a login lasts only for the session: the browser keeps it per tab, a desktop without a keyring in memory. */
export const sessionOnlyKey = (kind: 'electron' | 'browser'): string =>
  kind === 'electron' ? 'status.sessionOnlyDesktop' : 'status.sessionOnly';
