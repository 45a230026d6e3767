import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync, useSyncStatus } from '../../sync/SyncProvider';
import type { ParkedSyncChange } from '../../sync/types';
import { ParkedChangesTable } from './ParkedChangesTable';
import { parkedRows } from './parked-view';
import { tableLabels } from '../../app/module-registry';
import { useModules } from '../../app/slots';
import { useUiLanguage } from '../../components/useUiLanguage';

/** The sync settings' list of changes this device did not apply, reloaded after each sync. */
export function ParkedChanges() {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const sync = useSync();
  const { phase, lastSyncedAt } = useSyncStatus();
  const [changes, setChanges] = useState<ParkedSyncChange[]>([]);

  // A sync that ends (phase leaves 'syncing') may have parked more.
  useEffect(() => {
    if (phase === 'syncing') return;
    let current = true;
    void sync
      .listParked()
      .then((list) => {
        if (current) setChanges(list);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [sync, phase, lastSyncedAt]);

  const tables = tableLabels(useModules());
  const lookup = (key: string) => {
    const text = i18n.getResource(i18n.language, 'translation', key) as unknown;
    return typeof text === 'string' ? text : undefined;
  };
  const rows = parkedRows(changes, {
    lookup,
    tables,
    language,
    words: {
      empty: t('sync.conflicts.emptyValue'),
      yes: t('sync.conflicts.yes'),
      no: t('sync.conflicts.no'),
    },
  });
  return <ParkedChangesTable rows={rows} text={(key) => t(`sync.${key}`)} />;
}
