import { describe, expect, it } from 'vitest';
import { MAX_VALUE_BYTES, changeSchema, diffFields, jsonEqual, toChanges } from './change';

const hlc = '2026-11-28T09:15:02.123Z-0000-8f3a9c0d12e4b5a6';
const valid = {
  table: 'clients',
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  field: 'name',
  value: 'ACME',
  hlc,
};

describe('changeSchema', () => {
  it('accepts a well-formed change', () => {
    expect(changeSchema.parse(valid)).toEqual(valid);
    expect(changeSchema.parse({ ...valid, field: 'tags', value: ['a', 'b'] })).toEqual({
      ...valid,
      field: 'tags',
      value: ['a', 'b'],
    });
    expect(changeSchema.parse({ ...valid, value: null }).value).toBeNull();
  });

  it.each([
    ['table with a dash', { table: 'client-s' }],
    ['table starting with a digit', { table: '1clients' }],
    ['field of 65 characters', { field: 'f'.repeat(65) }],
    ['empty field', { field: '' }],
    ['empty id', { id: '' }],
    ['id of 65 characters', { id: 'x'.repeat(65) }],
    ['malformed hlc', { hlc: '2026-11-28' }],
    ['value without JSON form', { value: undefined }],
    ['value with a BigInt', { value: 1n }],
    ['value over 1 MiB', { value: 'x'.repeat(MAX_VALUE_BYTES) }],
    ['multi-byte value over 1 MiB', { value: 'ä'.repeat(MAX_VALUE_BYTES / 2) }],
  ])('rejects %s', (_case, override) => {
    expect(changeSchema.safeParse({ ...valid, ...override }).success).toBe(false);
  });

  it('accepts names of exactly 64 characters and a value of exactly 1 MiB of JSON', () => {
    const value = 'x'.repeat(MAX_VALUE_BYTES - 2); // the quotes make up the rest
    const change = { ...valid, table: `_${'a'.repeat(63)}`, id: 'i'.repeat(64), value };
    expect(changeSchema.safeParse(change).success).toBe(true);
  });
});

describe('jsonEqual', () => {
  it('compares arrays and objects by structure', () => {
    expect(jsonEqual(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(jsonEqual(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});

describe('diffFields', () => {
  const before = { id: 'c1', name: 'ACME', tags: ['it', 'sme'], deleted: false, city: 'Köln' };

  it('reports every field of a new row except ignored ones', () => {
    expect(diffFields({ before: undefined, after: before, ignore: ['id'] })).toEqual([
      { field: 'name', value: 'ACME' },
      { field: 'tags', value: ['it', 'sme'] },
      { field: 'deleted', value: false },
      { field: 'city', value: 'Köln' },
    ]);
  });

  it('reports only changed fields, comparing arrays deeply', () => {
    const after = { ...before, tags: ['it', 'sme'], city: 'Bonn', deleted: true };
    expect(diffFields({ before, after })).toEqual([
      { field: 'deleted', value: true },
      { field: 'city', value: 'Bonn' },
    ]);
  });

  it('reports a reordered array and a field new to the row', () => {
    const after = { ...before, tags: ['sme', 'it'], notes: '' };
    expect(diffFields({ before, after })).toEqual([
      { field: 'tags', value: ['sme', 'it'] },
      { field: 'notes', value: '' },
    ]);
  });

  it('reports nothing for an equal row and skips undefined values', () => {
    expect(
      diffFields({ before, after: { ...before, tags: [...before.tags], extra: undefined } }),
    ).toEqual([]);
  });

  it('stamps and addresses field changes', () => {
    expect(
      toChanges({ table: 'clients', id: 'c1', hlc, fields: [{ field: 'city', value: 'Bonn' }] }),
    ).toEqual([{ table: 'clients', id: 'c1', field: 'city', value: 'Bonn', hlc }]);
  });
});
