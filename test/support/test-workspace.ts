// Test support only (imported by *.test.ts): a fresh in-memory IndexedDB per call.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createClock } from '../../src/shared/sync/hlc';
import { QuotientDb } from '../../src/renderer/data/core/database';
import { createRepositories } from '../../src/renderer/data/repositories';

export const TEST_NODE = '8f3a9c0d12e4b5a6';
export const TEST_START = Date.parse('2026-11-28T09:15:02.123Z');
export const TEST_AUTHOR = 'Max Mustermann';

/** Points Dexie at a new fake IndexedDB, so every test starts empty (Dexie caches the factory). */
export function freshIndexedDb(): IDBFactory {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory as unknown as typeof globalThis.indexedDB;
  Dexie.dependencies.indexedDB = factory as unknown as typeof globalThis.indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange as unknown as typeof globalThis.IDBKeyRange;
  return factory;
}

/** A database with repositories on a frozen wall clock, so stamps are `TEST_START`-0000, -0001, … */
export function openTestWorkspace() {
  freshIndexedDb();
  const db = new QuotientDb('quotient-test');
  let author = TEST_AUTHOR;
  const clock = createClock({ nodeId: TEST_NODE, now: () => TEST_START });
  const repos = createRepositories({ db, clock, author: () => author });
  return {
    db,
    repos,
    setAuthor: (next: string) => (author = next),
  };
}

/** The n-th stamp the test clock makes. */
export const stampN = (n: number): string =>
  `2026-11-28T09:15:02.123Z-${n.toString(16).padStart(4, '0')}-${TEST_NODE}`;

export const TEST_TIME = '2026-11-28T09:15:02.123Z';
