import { companyProfileSchema } from '#shared/domain';
import type { CompanyProfile } from '#shared/domain';
import type { QuotientDb, StoredSetting } from '../core/database';
import { parseInput } from '../core/errors';
import { ROW_META_KEYS, commit, newRow, omitKeys, patchRow } from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

export type SettingsRepository = {
  getCompany(): Promise<CompanyProfile | undefined>;
  /** Validates and saves the company profile (synced: table `settings`, id `company`). */
  saveCompany(profile: CompanyProfile): Promise<CompanyProfile>;
};

export const COMPANY_SETTING_ID = 'company';

/** The setting's own fields, without row and sync metadata. */
function settingFields(row: StoredSetting): Record<string, unknown> {
  return omitKeys(row, ROW_META_KEYS);
}

/** Queues the company profile: a new settings row, or only its changed fields. */
export async function queueCompany({
  db,
  batch,
  stamp,
  profile,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  profile: CompanyProfile;
}): Promise<CompanyProfile> {
  const existing = await db.settings.get(COMPANY_SETTING_ID);
  if (!existing) {
    const written = newRow<StoredSetting>({
      table: 'settings',
      id: COMPANY_SETTING_ID,
      fields: profile,
      stamp,
    });
    batch.add('settings', written);
    return profile;
  }
  // Saving the profile again also revives a row another device deleted.
  const next = { ...profile, deleted: false };
  batch.put('settings', patchRow({ table: 'settings', existing, next, stamp }));
  return profile;
}

/** The synced settings repository over a write context. */
export function createSettingsRepository(ctx: WriteContext): SettingsRepository {
  const { db } = ctx;
  return {
    async getCompany() {
      const row = await db.settings.get(COMPANY_SETTING_ID);
      return row && !row.deleted ? (settingFields(row) as CompanyProfile) : undefined;
    },
    async saveCompany(profile) {
      const parsed = parseInput(companyProfileSchema, profile);
      return commit(ctx, ['settings'], (batch, stamp) =>
        queueCompany({ db, batch, stamp, profile: parsed }),
      );
    },
  };
}
