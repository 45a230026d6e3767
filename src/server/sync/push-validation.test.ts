import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors';
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

  it('reports the root for a body that is not an object', () => {
    expect(failure('text')).toEqual({ status: 400, code: 'bad_request', path: '' });
  });
});
