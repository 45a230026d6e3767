import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncService, SyncStatus } from './types';

const SyncContext = createContext<SyncService | null>(null);

/** Makes the app's one sync service available to `useSync` and `useSyncStatus`. */
export function SyncProvider({ service, children }: { service: SyncService; children: ReactNode }) {
  return <SyncContext.Provider value={service}>{children}</SyncContext.Provider>;
}

/** The sync service (login, sync now, conflicts); throws outside SyncProvider. */
export function useSync(): SyncService {
  const service = useContext(SyncContext);
  if (!service) throw new Error('useSync needs a SyncProvider above it');
  return service;
}

/** The current sync status; re-renders on every change. */
export function useSyncStatus(): SyncStatus {
  const service = useSync();
  return useSyncExternalStore(service.subscribe, service.getStatus);
}
