import { languageSchema, userProfileSchema } from '#shared/domain';
import type { Language, UserProfile } from '#shared/domain';
import { newNodeId } from '#shared/sync/hlc';
import type { QuotientDb } from './database';
import { parseInput } from './errors';
import type { Notifier } from './notifier';

/** Device-only values: never synced, never in the outbox. */
export type LocalRepository = {
  getProfile(): Promise<UserProfile | undefined>;
  saveProfile(profile: UserProfile): Promise<UserProfile>;
  /** The chosen UI language; undefined until the user chose one. */
  getLanguage(): Promise<Language | undefined>;
  setLanguage(language: Language): Promise<void>;
  getOnboarded(): Promise<boolean>;
  setOnboarded(done: boolean): Promise<void>;
  /** This database's HLC node id, made and stored on first use. */
  getNodeId(): Promise<string>;
};

/** Keys of the `local` table; commit events for it carry these as ids. */
export const localKeys = {
  profile: 'profile',
  language: 'language',
  onboarded: 'onboarded',
  nodeId: 'nodeId',
} as const;

/** The local (device-only) repository; `notifier` hears `{ table: 'local', ids: [key] }` after each write. */
export function createLocalRepository({
  db,
  notifier,
  onProfileSaved,
}: {
  db: QuotientDb;
  notifier: Notifier;
  /** Runs after the profile is stored and before saveProfile resolves (the author stamp). */
  onProfileSaved?: (profile: UserProfile) => void;
}): LocalRepository {
  const read = async (key: string): Promise<unknown> => (await db.local.get(key))?.value;
  const write = async (key: string, value: unknown): Promise<void> => {
    await db.local.put({ key, value });
    notifier.emit([{ table: 'local', ids: [key] }]);
  };
  return {
    async getProfile() {
      // Stored values are ours, but a damaged one must not crash start-up.
      const parsed = userProfileSchema.safeParse(await read(localKeys.profile));
      return parsed.success ? parsed.data : undefined;
    },
    async saveProfile(profile) {
      const parsed = parseInput(userProfileSchema, profile);
      await write(localKeys.profile, parsed);
      onProfileSaved?.(parsed);
      return parsed;
    },
    async getLanguage() {
      const parsed = languageSchema.safeParse(await read(localKeys.language));
      return parsed.success ? parsed.data : undefined;
    },
    async setLanguage(language) {
      await write(localKeys.language, parseInput(languageSchema, language));
    },
    async getOnboarded() {
      return (await read(localKeys.onboarded)) === true;
    },
    async setOnboarded(done) {
      await write(localKeys.onboarded, done === true);
    },
    getNodeId() {
      // One transaction, so two first calls cannot store two different ids.
      return db.transaction('rw', db.local, async () => {
        const stored = await read(localKeys.nodeId);
        if (typeof stored === 'string' && /^[0-9a-f]{16}$/.test(stored)) return stored;
        const nodeId = newNodeId();
        await db.local.put({ key: localKeys.nodeId, value: nodeId });
        return nodeId;
      });
    },
  };
}
