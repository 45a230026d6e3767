import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

/** The one place Zustand is wired: UI state only, data lives in Dexie. */
export function createStore<T>(initializer: StateCreator<T>) {
  return create<T>()(initializer);
}

export type PersistedStoreOptions<T> = {
  /** The storage key; one per store. */
  name: string;
  /** The fields that survive a reload; everything else starts fresh. */
  keep: (state: T) => Partial<T>;
  /** Where the fields are kept; this device's localStorage unless a test passes its own. */
  storage?: () => StateStorage;
};

/**
 * A store whose `keep` fields survive a reload on this device (device-local UI state, never
 * synced). localStorage reads synchronously, so the first render already has the kept values.
 */
export function createPersistedStore<T>(
  initializer: StateCreator<T>,
  { name, keep, storage = () => localStorage }: PersistedStoreOptions<T>,
) {
  return create<T>()(
    persist(initializer as StateCreator<T, [['zustand/persist', unknown]]>, {
      name,
      storage: createJSONStorage(storage),
      partialize: keep,
      version: 1,
    }),
  );
}
