// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNCED_FIELDS } from '#shared/sync/synced-fields';
import { initAppI18n } from '#test/i18n';
import { tableLabels } from '../../app/module-registry';
import { modules } from '../../app/modules';
import { fieldLabel } from './conflict-view';

const labels = tableLabels(modules);

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
beforeAll(async () => {
  i18n = await initAppI18n('de');
});

const languages = ['de', 'en'] as const;
const tables = Object.keys(SYNCED_FIELDS) as (keyof typeof SYNCED_FIELDS)[];

describe('conflict labels of every synced table', () => {
  it('names every synced table in German and English', () => {
    const missing = languages.flatMap((language) =>
      tables
        .filter(
          (table) =>
            typeof i18n.getResource(language, 'translation', labels[table]?.label ?? '') !==
            'string',
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
          .filter(
            (field) =>
              fieldLabel({ table, field, lookup, prefixes: labels[table]?.fields ?? [] }) === field,
          )
          .map((field) => `${language}: ${table}.${field}`),
      );
    });
    expect(missing).toEqual([]);
  });
});
