// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNCED_FIELDS } from '#shared/sync/synced-fields';
import { initI18n } from '../../i18n';
import { fieldLabel } from './conflict-view';

let i18n: Awaited<ReturnType<typeof initI18n>>;
beforeAll(async () => {
  i18n = await initI18n('de');
});

const languages = ['de', 'en'] as const;
const tables = Object.keys(SYNCED_FIELDS) as (keyof typeof SYNCED_FIELDS)[];

describe('conflict labels of every synced table', () => {
  it('names every synced table in German and English', () => {
    const missing = languages.flatMap((language) =>
      tables
        .filter(
          (table) =>
            typeof i18n.getResource(language, 'translation', `sync.tables.${table}`) !== 'string',
        )
        .map((table) => `${language}: ${table}`),
    );
    expect(missing).toEqual([]);
  });

  it('labels every field of every synced table in German and English', () => {
    const missing = languages.flatMap((language) => {
      const lookup = (key: string) => {
        const text: unknown = i18n.getResource(language, 'translation', key);
        return typeof text === 'string' ? text : undefined;
      };
      return tables.flatMap((table) =>
        Object.keys(SYNCED_FIELDS[table])
          .filter((field) => fieldLabel({ table, field, lookup }) === field)
          .map((field) => `${language}: ${table}.${field}`),
      );
    });
    expect(missing).toEqual([]);
  });
});
