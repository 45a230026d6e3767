import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../sync/types';
import {
  describeSyncStatus,
  formatDateTime,
  formatRelativeTime,
  sessionOnlyKey,
} from './status-view';
import { toLanguage } from '../../components/useUiLanguage';

const account = {
  serverUrl: 'https://sync.example.de',
  email: 'anna@example.de',
  userId: 'u-1',
  workspaceId: 'w-1',
  workspaceName: 'Vertrieb',
};

function status(overrides: Partial<SyncStatus>): SyncStatus {
  return { phase: 'idle', pending: 0, conflicts: 0, account, ...overrides };
}

const relativeTime = (iso: string) => `rel(${iso})`;
const describe_ = (s: SyncStatus) => describeSyncStatus(s, { relativeTime });

describe('describeSyncStatus', () => {
  it('invites to set up sync without an account, and counts no local changes before that', () => {
    expect(describe_({ phase: 'signed-out', pending: 3, conflicts: 0 })).toEqual({
      tone: 'gray',
      label: { key: 'status.signedOut' },
      details: [{ key: 'status.signedOutHint' }],
      action: 'set-up',
    });
  });

  it('asks to log in again when the account is kept but the token is gone', () => {
    expect(describe_(status({ phase: 'signed-out' }))).toEqual({
      tone: 'gray',
      label: { key: 'status.signedOut' },
      details: [{ key: 'status.expiredHint', params: { server: 'https://sync.example.de' } }],
      action: 'log-in',
    });
  });

  it('shows counts and the share done during an initial sync', () => {
    expect(
      describe_(
        status({
          phase: 'syncing',
          progress: { pushed: 100, toPush: 200, pulled: 1300, toPull: 3800 },
        }),
      ),
    ).toEqual({
      tone: 'blue',
      label: { key: 'status.syncing' },
      counts: '↑ 100/200 · ↓ 1300/3800',
      details: [
        { key: 'status.pushed', params: { done: 100, total: 200 } },
        { key: 'status.pulledOf', params: { done: 1300, total: 3800 } },
      ],
      progressPct: 35,
      action: 'sync-now',
    });
  });

  it('shows no share when the number of changes to pull is unknown', () => {
    const view = describe_(
      status({ phase: 'syncing', progress: { pushed: 0, toPush: 0, pulled: 12 } }),
    );
    expect(view.details).toEqual([{ key: 'status.pulled', params: { done: 12 } }]);
    expect(view.counts).toBe('↓ 12');
    expect(view.progressPct).toBeUndefined();
  });

  it('says when it was last up to date', () => {
    const view = describe_(status({ lastSyncedAt: '2026-11-28T09:15:02.123Z' }));
    expect([view.tone, view.label, view.details]).toEqual([
      'green',
      { key: 'status.idleAt', params: { time: 'rel(2026-11-28T09:15:02.123Z)' } },
      [{ key: 'status.idleHint', params: { time: 'rel(2026-11-28T09:15:02.123Z)' } }],
    ]);
    const never = describe_(status({}));
    expect([never.label, never.details]).toEqual([
      { key: 'status.idle' },
      [{ key: 'status.idleNever' }],
    ]);
  });

  it('gives the reason and what to do for an error', () => {
    expect(
      describe_(
        status({
          phase: 'error',
          error: { code: 'rejected', message: 'changes[3].field: not an identifier' },
          pending: 1,
        }),
      ),
    ).toEqual({
      tone: 'red',
      label: { key: 'errors.rejected.short' },
      details: [
        { key: 'errors.rejected.reason' },
        {
          key: 'errors.rejected.action',
          params: { message: 'changes[3].field: not an identifier' },
        },
        { key: 'status.pendingHint', params: { count: 1 } },
      ],
      action: 'sync-now',
      pending: 1,
    });
  });

  it.each([
    ['unauthorized', 'log-in'],
    ['forbidden', 'set-up'],
    ['clock', 'sync-now'],
    ['network', 'sync-now'],
  ] as const)('offers the fitting action for %s', (code, action) => {
    expect(describe_(status({ phase: 'error', error: { code, message: '' } })).action).toBe(action);
  });

  it('explains offline', () => {
    const view = describe_(status({ phase: 'offline' }));
    expect([view.tone, view.label.key, view.details]).toEqual([
      'orange',
      'status.offline',
      [{ key: 'status.offlineHint' }],
    ]);
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-11-28T10:00:00.000Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it.each([
    [3, 'de', 'jetzt'],
    [42, 'de', 'vor 42 Sekunden'],
    [59.9, 'en', '59 seconds ago'],
    [60 * 5, 'de', 'vor 5 Minuten'],
    [3600 * 2, 'en', '2 hours ago'],
    [86_400 * 1.5, 'de', 'gestern'],
    [86_400 * 3, 'en', '3 days ago'],
    [-30, 'de', 'jetzt'],
  ] as const)('%s s ago in %s → %s', (seconds, language, expected) => {
    expect(formatRelativeTime(ago(seconds), now, language)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it('formats in the UI language', () => {
    const iso = '2026-11-28T09:15:02.123Z';
    expect(formatDateTime(iso, 'de')).toMatch(/^28\.11\.2026, \d\d:\d\d$/);
    expect(formatDateTime(iso, 'en')).toMatch(/^Nov 28, 2026, \d{1,2}:\d\d\s?[AP]M$/);
  });

  it('shows an unreadable time as it is', () => {
    expect(formatDateTime('yesterday', 'de')).toBe('yesterday');
  });
});

describe('toLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['fr', 'de'],
  ] as const)('%s → %s', (value, expected) => {
    expect(toLanguage(value)).toBe(expected);
  });
});

describe('sessionOnlyKey', () => {
  it('explains a session-only login by where it is kept', () => {
    expect([sessionOnlyKey('browser'), sessionOnlyKey('electron')]).toEqual([
      'status.sessionOnly',
      'status.sessionOnlyDesktop',
    ]);
  });
});
