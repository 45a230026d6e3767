import type { Transaction } from 'dexie';
import { SCHEMA, SCHEMA_VERSION } from '#shared/sync/schema';
import type { SchemaVersion } from '#shared/sync/schema';

/** Rewrites rows when a version changes their form; runs inside Dexie's upgrade transaction. */
export type Upgrade = (tx: Transaction) => Promise<void> | void;

/**
 * One Dexie version: the stores it adds or changes (from the schema declaration,
 * src/shared/sync/schema.ts) and the upgrade that rewrites rows, if any.
 */
export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: Upgrade;
};

/**
 * The upgrade functions, by the schema version that needs them: only a version that rewrites
 * rows has one (none so far; every version added stores or fields). Example:
 * `{ 8: async (tx) => { await tx.table('offers').toCollection().modify((row) => { … }) } }`.
 */
const UPGRADES: Readonly<Record<number, Upgrade>> = {};

/** The Dexie versions of a schema declaration, each with its upgrade; an upgrade for no version throws. */
export function buildMigrations(
  schema: readonly SchemaVersion[],
  upgrades: Readonly<Record<number, Upgrade>>,
): Migration[] {
  const versions = new Set(schema.map((entry) => entry.version));
  const stray = Object.keys(upgrades).filter((version) => !versions.has(Number(version)));
  if (stray.length > 0) {
    throw new Error(`Upgrades for versions the schema does not declare: ${stray.join(', ')}`);
  }
  return schema.map(({ version, stores }) => ({
    version,
    stores: { ...stores },
    ...(upgrades[version] && { upgrade: upgrades[version] }),
  }));
}

/** The schema history as Dexie versions (QuotientDb declares them in order). */
export const migrations: readonly Migration[] = buildMigrations(SCHEMA, UPGRADES);

/** The schema version pushes carry (DESIGN.md, Sync: `schemaVersion`). */
export const schemaVersion = SCHEMA_VERSION;
