import { create, type StateCreator } from 'zustand';

/** The one place Zustand is wired: UI state only, data lives in Dexie. */
export function createStore<T>(initializer: StateCreator<T>) {
  return create<T>()(initializer);
}
