import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/domain';
import type { SyncStatus } from '../../sync/types';
import { describeSyncStatus, formatRelativeTime } from './status-view';
import type { SyncStatusView } from './status-view';
import { useNow } from './useNow';
import { useUiLanguage } from '../../components/useUiLanguage';

/** What the badge and the settings show of a status, with relative times kept fresh. */
export function useStatusView(status: SyncStatus): {
  view: SyncStatusView;
  language: Language;
  /** "vor 2 Minuten" for an ISO time. */
  relative: (iso: string) => string;
  /** A `sync.*` message. */
  text: (key: string, params?: Record<string, string | number>) => string;
} {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const language = useUiLanguage();
  const relative = (iso: string) => formatRelativeTime(iso, now, language);
  return {
    view: describeSyncStatus(status, { relativeTime: relative }),
    language,
    relative,
    text: (key, params) => t(`sync.${key}`, params ?? {}),
  };
}
