import type { UserProfile } from '#shared/domain';
import { createClock } from '#shared/sync/hlc';
import type { Clock } from '#shared/sync/hlc';
import type { DexieOptions } from 'dexie';
import { QuotientDb } from './core/database';
import { createLocalRepository } from './core/local.repository';
import { createNotifier } from './core/notifier';
import { createRepositories } from './repositories';
import type { Repositories } from './repositories';
import { createSyncStore } from './core/sync-store';
import type { SyncStore } from './core/sync-store';
import { LAST_HLC_KEY } from './core/write';
import { regenerateOnChange } from './planning/regenerate-on-change';

/** What the sync service needs of an open database: its sync store and the clock that stamps writes. */
export type WorkspaceSync = { store: SyncStore; clock: Clock };

/** An open database with its repositories; `db` is for the sync layer and closing, not for features. */
export type Workspace = { db: QuotientDb; repos: Repositories; sync: WorkspaceSync; close(): void };

/** The author stamp of records: the user's name, empty before onboarding. */
export const authorOf = (profile: UserProfile | undefined): string => profile?.name ?? '';

/** Options of openWorkspace: Dexie's, and the wall clock that stamps writes (tests pass a fixed one). */
export type OpenWorkspaceOptions = { dexie?: DexieOptions; now?: () => number };

/** Opens (and on first use creates) the local database and wires clock, author and repositories. */
export async function openWorkspace(
  name = 'quotient',
  { dexie, now }: OpenWorkspaceOptions = {},
): Promise<Workspace> {
  const db = new QuotientDb(name, dexie);
  await db.open();
  const bootstrap = createLocalRepository({ db, notifier: createNotifier() });
  const nodeId = await bootstrap.getNodeId();
  let author = authorOf(await bootstrap.getProfile());
  const last = (await db.syncState.get(LAST_HLC_KEY))?.value;
  const clock = createClock({
    nodeId,
    ...(now ? { now } : {}),
    ...(typeof last === 'string' ? { last } : {}),
  });
  // Set before saveProfile resolves, so a write right after it (onboarding → demo import) is stamped.
  const onProfileSaved = (profile: UserProfile) => {
    author = authorOf(profile);
  };
  // One notifier: pulled changes the sync store applies reach the same listeners as local writes.
  const notifier = createNotifier();
  const repos = createRepositories({
    db,
    clock,
    author: () => author,
    onProfileSaved,
    notifier,
  });
  const store = createSyncStore({ db, clock, author: () => author, notifier });
  // Plan lines follow a plan changed by a sync pull or a new day rate (issue 15).
  const planLines = regenerateOnChange({
    db,
    onCommitted: repos.onCommitted,
    regenerate: (offerId) => repos.plans.regenerate(offerId),
  });
  return {
    db,
    repos,
    sync: { store, clock },
    close: () => {
      planLines.stop();
      db.close();
    },
  };
}
