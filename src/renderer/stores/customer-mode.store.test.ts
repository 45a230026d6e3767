import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { CUSTOMER_MODE_KEY, createCustomerModeStore } from './customer-mode.store';

/** A device's storage that outlives the store, as localStorage outlives a reload. */
function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('customer mode store', () => {
  it('starts off, with pipeline values hidden once it is on', () => {
    const store = createCustomerModeStore(() => memoryStorage());
    expect(store.getState()).toMatchObject({ on: false, hidePipelineValues: true });
  });

  it('stays on after a reload until switched off', () => {
    const storage = memoryStorage();
    const first = createCustomerModeStore(() => storage);
    first.getState().toggle();
    expect(first.getState().on).toBe(true);

    const reloaded = createCustomerModeStore(() => storage);
    expect(reloaded.getState().on).toBe(true);

    reloaded.getState().toggle();
    const again = createCustomerModeStore(() => storage);
    expect(again.getState().on).toBe(false);
  });

  it('keeps the pipeline choice and nothing but its own fields', () => {
    const storage = memoryStorage();
    const store = createCustomerModeStore(() => storage);
    store.getState().setHidePipelineValues(false);
    store.getState().setOn(true);
    expect(JSON.parse(storage.data.get(CUSTOMER_MODE_KEY) ?? '{}')).toEqual({
      state: { on: true, hidePipelineValues: false },
      version: 1,
    });
    expect(createCustomerModeStore(() => storage).getState()).toMatchObject({
      on: true,
      hidePipelineValues: false,
    });
  });

  it('starts off when the kept value is unreadable', () => {
    const storage = memoryStorage();
    storage.data.set(CUSTOMER_MODE_KEY, '{not json');
    expect(createCustomerModeStore(() => storage).getState().on).toBe(false);
  });
});
