import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCHEMA, SCHEMA_VERSION, SYNCED_TABLES, checkSchema } from './schema';
import { SYNCED_FIELDS, SYNCED_SCHEMA_VERSION } from './synced-fields';

describe('schema declaration', () => {
  it('gives the schema version and the synced tables, in the order their versions add them', () => {
    expect(SCHEMA_VERSION).toBe(11);
    expect(SYNCED_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
    expect(SYNCED_TABLES.map(([name]) => name)).toEqual(Object.keys(SYNCED_FIELDS));
    expect(() => checkSchema(SCHEMA)).not.toThrow();
  });

  it('refuses versions out of order, a synced table added twice, without a store, or dropped', () => {
    const shape = { name: z.string() };
    expect(() =>
      checkSchema([
        { version: 1, stores: { notes: 'id' } },
        { version: 1, stores: {} },
      ]),
    ).toThrow('Schema version 1 must be an integer above 1');
    expect(() => checkSchema([{ version: 1.5, stores: {} }])).toThrow(
      'Schema version 1.5 must be an integer above 0',
    );
    expect(() =>
      checkSchema([
        { version: 1, stores: { notes: 'id' }, synced: { notes: [shape] } },
        { version: 2, stores: { notes: 'id, name' }, synced: { notes: [shape] } },
      ]),
    ).toThrow('Synced table notes is added twice (version 2)');
    expect(() =>
      checkSchema([{ version: 1, stores: { memos: 'id' }, synced: { notes: [shape] } }]),
    ).toThrow('Synced table notes has no store in version 1');
    expect(() =>
      checkSchema([
        { version: 1, stores: { notes: 'id' }, synced: { notes: [shape] } },
        { version: 2, stores: { notes: null } },
      ]),
    ).toThrow('Synced table notes cannot be dropped (version 2)');
    // Changing a synced table's indexes later is fine (as catalogItems in version 5).
    expect(() =>
      checkSchema([
        { version: 1, stores: { notes: 'id' }, synced: { notes: [shape] } },
        { version: 2, stores: { notes: 'id, name' } },
      ]),
    ).not.toThrow();
  });
});
