import { defaultOfferSettings, offerSettingsSchema } from '#shared/domain';
import type { OfferSettings } from '#shared/domain';
import { validateNumberScheme } from '#shared/offers/numbering';
import type { QuotientDb, StoredSetting } from '../core/database';
import { ValidationError, parseInput } from '../core/errors';
import { ROW_META_KEYS, commit, newRow, omitKeys, patchRow } from '../core/write';
import type { WriteContext } from '../core/write';

export type OfferSettingsRepository = {
  /** The team's offer settings; defaults until someone saves them. */
  get(): Promise<OfferSettings>;
  /** Validates (schema and number scheme) and saves; synced as `settings` row `offers`. */
  save(settings: OfferSettings): Promise<OfferSettings>;
};

export const OFFER_SETTINGS_ID = 'offers';

/** Reads the offer settings (inside or outside a transaction); defaults fill what is missing or damaged. */
export async function readOfferSettings(db: QuotientDb): Promise<OfferSettings> {
  const row = await db.settings.get(OFFER_SETTINGS_ID);
  const defaults = defaultOfferSettings();
  if (!row || row.deleted) return defaults;
  // A field synced from a newer or broken client must not stop offers from being created.
  const parsed = offerSettingsSchema.safeParse({ ...defaults, ...omitKeys(row, ROW_META_KEYS) });
  if (!parsed.success || validateNumberScheme(parsed.data.numberScheme)) return defaults;
  return parsed.data;
}

/** Parses settings and checks the number scheme; throws ValidationError. */
export function parseOfferSettings(settings: unknown): OfferSettings {
  const parsed = parseInput(offerSettingsSchema, settings);
  const problem = validateNumberScheme(parsed.numberScheme);
  if (problem) {
    throw new ValidationError([
      { code: 'custom', path: ['numberScheme'], message: problem, input: parsed.numberScheme },
    ]);
  }
  return parsed;
}

/** The offer settings repository. */
export function createOfferSettingsRepository(ctx: WriteContext): OfferSettingsRepository {
  const { db } = ctx;
  return {
    get: () => readOfferSettings(db),
    async save(settings) {
      const parsed = parseOfferSettings(settings);
      return commit(ctx, ['settings'], async (batch, stamp) => {
        const existing = await db.settings.get(OFFER_SETTINGS_ID);
        if (!existing) {
          batch.add(
            'settings',
            newRow<StoredSetting>({
              table: 'settings',
              id: OFFER_SETTINGS_ID,
              fields: parsed,
              stamp,
            }),
          );
        } else {
          // Saving again also revives a row another device deleted.
          const next = { ...parsed, deleted: false };
          batch.put('settings', patchRow({ table: 'settings', existing, next, stamp }));
        }
        return parsed;
      });
    },
  };
}
