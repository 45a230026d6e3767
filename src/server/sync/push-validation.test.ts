import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors';
import { MAX_PUSH_CHANGES, MAX_SCHEMA_VERSION } from '#shared/sync/protocol';
import { SYNCED_SCHEMA_VERSION } from '#shared/sync/synced-fields';
import { parsePush } from './push-validation';

const NOW = Date.parse('2026-11-28T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const stampAt = (millis: number) => `${new Date(millis).toISOString()}-0000-00000000000000aa`;
const body = (hlc: string, id = 'row-1') => ({
  clientId: 'laptop',
  schemaVersion: 1,
  mutations: [{ mid: 1, changes: [{ table: 't', id, field: 'f', value: 1, hlc }] }],
});
const failure = (input: unknown) => {
  try {
    parsePush(input, NOW);
  } catch (error) {
    if (error instanceof HttpError)
      return { status: error.statusCode, code: error.code, path: error.path };
    throw error;
  }
  return undefined;
};

describe('parsePush', () => {
  it('accepts a stamp exactly 24 h ahead and rejects one a millisecond later', () => {
    expect(parsePush(body(stampAt(NOW + DAY)), NOW).mutations).toHaveLength(1);
    expect(failure(body(stampAt(NOW + DAY + 1)))).toEqual({
      status: 400,
      code: 'clock_ahead',
      path: 'mutations.0.changes.0.hlc',
    });
  });

  it('rejects ids PostgreSQL text cannot hold', () => {
    for (const id of ['a\u0000', 'lone \ud800 high', 'lone \udc00 low']) {
      expect(failure(body(stampAt(NOW), id))).toEqual({
        status: 400,
        code: 'bad_request',
        path: 'mutations.0.changes.0.id',
      });
    }
    expect(failure(body(stampAt(NOW), 'paired 😀 surrogates'))).toBeUndefined();
  });

  it('refuses reserved fields in every table, with the path', () => {
    const hlc = stampAt(NOW);
    for (const table of ['clients', 'settings', 'leadScores']) {
      for (const field of ['id', 'fieldClocks', '__proto__']) {
        const push = {
          clientId: 'laptop',
          schemaVersion: 9_999,
          mutations: [
            { mid: 1, changes: [{ table, id: 'r1', field: 'name', value: 'A', hlc }] },
            {
              mid: 2,
              changes: [
                { table, id: 'r1', field: 'name', value: 'A', hlc },
                { table, id: 'r1', field, value: 'r2', hlc },
              ],
            },
          ],
        };
        expect(failure(push)).toEqual({
          status: 400,
          code: 'bad_request',
          path: 'mutations.1.changes.1.field',
        });
      }
    }
  });

  it('refuses a field its table does not have unless the client is newer than the server', () => {
    const push = (schemaVersion: number, table = 'clients') => ({
      clientId: 'laptop',
      schemaVersion,
      mutations: [
        { mid: 1, changes: [{ table, id: 'c1', field: 'shoeSize', value: 42, hlc: stampAt(NOW) }] },
      ],
    });
    for (const version of [1, SYNCED_SCHEMA_VERSION]) {
      expect(failure(push(version))).toEqual({
        status: 400,
        code: 'bad_request',
        path: 'mutations.0.changes.0.field',
      });
    }
    expect(failure(push(SYNCED_SCHEMA_VERSION + 1))).toBeUndefined();
    expect(failure(push(1, 'leadScores'))).toBeUndefined();
    expect(failure(push(1, 'settings'))).toBeUndefined();
  });

  it("refuses a value without its field's stored form unless the client is newer than the server", () => {
    const push = (schemaVersion: number, value: unknown) => ({
      clientId: 'laptop',
      schemaVersion,
      mutations: [
        {
          mid: 1,
          changes: [{ table: 'clients', id: 'c1', field: 'name', value, hlc: stampAt(NOW) }],
        },
      ],
    });
    for (const version of [1, SYNCED_SCHEMA_VERSION]) {
      expect(failure(push(version, { evil: true }))).toEqual({
        status: 400,
        code: 'bad_request',
        path: 'mutations.0.changes.0.value',
      });
      expect(failure(push(version, 'Musterbau AG'))).toBeUndefined();
    }
    expect(failure(push(SYNCED_SCHEMA_VERSION + 1, { evil: true }))).toBeUndefined();
  });

  it('caps the changes of one push and the schema version', () => {
    const changes = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        table: 'clients',
        id: `c${index}`,
        field: 'name',
        value: 'A',
        hlc: stampAt(NOW),
      }));
    const push = (schemaVersion: number, ...counts: number[]) => ({
      clientId: 'laptop',
      schemaVersion,
      mutations: counts.map((count, index) => ({ mid: index + 1, changes: changes(count) })),
    });
    expect(failure(push(1, 1_000, MAX_PUSH_CHANGES - 1_000))).toBeUndefined();
    expect(failure(push(1, 1_000, MAX_PUSH_CHANGES - 999))).toEqual({
      status: 400,
      code: 'bad_request',
      path: 'mutations',
    });
    expect(failure(push(MAX_SCHEMA_VERSION, 1))).toBeUndefined();
    for (const version of [MAX_SCHEMA_VERSION + 1, 2 ** 31, 1.5]) {
      expect(failure(push(version, 1))).toEqual({
        status: 400,
        code: 'bad_request',
        path: 'schemaVersion',
      });
    }
  });

  it('reports the root for a body that is not an object', () => {
    expect(failure('text')).toEqual({ status: 400, code: 'bad_request', path: '' });
  });
});
