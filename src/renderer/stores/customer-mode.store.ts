import type { StateStorage } from 'zustand/middleware';
import { createPersistedStore } from './create-store';

type CustomerModeState = {
  /** Purchase prices, margins and internal notes are hidden on every screen while on. */
  on: boolean;
  /** Whether the pipeline's opportunity values count as internal too. */
  hidePipelineValues: boolean;
  setOn: (on: boolean) => void;
  toggle: () => void;
  setHidePipelineValues: (hide: boolean) => void;
};

/** The localStorage key of the customer mode on this device. */
export const CUSTOMER_MODE_KEY = 'quotient.customer-mode';

/** A customer-mode store kept in `storage`; the app uses one kept in localStorage. */
export function createCustomerModeStore(storage?: () => StateStorage) {
  return createPersistedStore<CustomerModeState>(
    (set, get) => ({
      on: false,
      hidePipelineValues: true,
      setOn: (on) => set({ on }),
      toggle: () => set({ on: !get().on }),
      setHidePipelineValues: (hidePipelineValues) => set({ hidePipelineValues }),
    }),
    {
      name: CUSTOMER_MODE_KEY,
      keep: ({ on, hidePipelineValues }) => ({ on, hidePipelineValues }),
      storage,
    },
  );
}

/** This device's customer mode; it stays on across reloads until switched off. */
export const useCustomerModeStore = createCustomerModeStore();

/** True while the customer mode hides internal values (purchase prices, margins, notes). */
export function useCustomerMode(): boolean {
  return useCustomerModeStore((state) => state.on);
}

/** True while the customer mode is on and the pipeline's values are chosen to be hidden too. */
export function usePipelineValuesHidden(): boolean {
  return useCustomerModeStore((state) => state.on && state.hidePipelineValues);
}
