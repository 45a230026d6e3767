import { describe, expect, it } from 'vitest';
import { ipcChannels } from './channels';
import { MAX_SYNC_TOKEN_LENGTH, ipcContract, parseIpcRequest } from './contract';
import { DEFAULT_OPEN_MAX_BYTES, MAX_FILE_BYTES } from './limits';

const bytes = new Uint8Array([1, 2, 3]);

describe('ipcContract', () => {
  it('declares exactly the allowlisted channels', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...ipcChannels].sort());
  });
});

describe('file:save payload', () => {
  it('accepts a name, filters and bytes', () => {
    const payload = {
      suggestedName: 'Angebot Müller GmbH v2.xlsx',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      data: bytes,
    };
    expect(parseIpcRequest('file:save', payload)).toEqual({ success: true, data: payload });
  });

  it('accepts a Uint8Array subclass such as a Node Buffer, without filters', () => {
    class NodeLikeBuffer extends Uint8Array {}
    const data = new NodeLikeBuffer([104, 105]);
    expect(parseIpcRequest('file:save', { suggestedName: 'a.txt', data })).toEqual({
      success: true,
      data: { suggestedName: 'a.txt', data },
    });
  });

  it.each([
    ['../etc/passwd', 'suggestedName: must not contain path separators (/ or \\)'],
    ['C:\\x.txt', 'suggestedName: must not contain path separators (/ or \\)'],
    ['', 'suggestedName: must not be empty'],
    ['a'.repeat(201), 'suggestedName: must be at most 200 characters (got 201)'],
    ['a\u0000b.txt', 'suggestedName: must not contain control characters'],
    ['what?.txt', 'suggestedName: must not contain any of < > : " | ? *'],
    [' a.txt', 'suggestedName: must not start or end with whitespace'],
    ['..', 'suggestedName: must not end with a dot'],
    ['NUL.txt', 'suggestedName: must not be a reserved device name (CON, NUL, COM1, …)'],
  ])('rejects the file name %j', (suggestedName, problem) => {
    expect(parseIpcRequest('file:save', { suggestedName, data: bytes })).toEqual({
      success: false,
      error: `Invalid file:save payload: ${problem}`,
    });
  });

  it('rejects data that is not bytes, naming the field', () => {
    expect(parseIpcRequest('file:save', { suggestedName: 'a.txt', data: 'text' })).toEqual({
      success: false,
      error: 'Invalid file:save payload: data: must be a Uint8Array',
    });
  });

  it('rejects data over 100 MiB', () => {
    // A fake view: allocating 100 MiB in a unit test is wasteful, byteLength is what counts.
    const huge = new Uint8Array(1);
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(parseIpcRequest('file:save', { suggestedName: 'a.bin', data: huge })).toEqual({
      success: false,
      error: 'Invalid file:save payload: data: must be at most 100 MiB',
    });
  });

  it('accepts exactly 100 MiB', () => {
    const max = new Uint8Array(1);
    Object.defineProperty(max, 'byteLength', { value: MAX_FILE_BYTES });
    expect(parseIpcRequest('file:save', { suggestedName: 'a.bin', data: max }).success).toBe(true);
  });

  it('names the nested field of a bad filter and lists every problem', () => {
    const result = parseIpcRequest('file:save', {
      suggestedName: 'a/b',
      filters: [{ name: 'Excel', extensions: ['xlsx', '.docx'] }],
      data: bytes,
    });
    expect(result).toEqual({
      success: false,
      error:
        'Invalid file:save payload: suggestedName: must not contain path separators (/ or \\); ' +
        'filters[0].extensions[1]: must be an extension without dot such as "xlsx", or "*"',
    });
  });

  it('rejects unknown keys and a missing payload', () => {
    expect(
      parseIpcRequest('file:save', { suggestedName: 'a', data: bytes, path: '/tmp/x' }),
    ).toEqual({
      success: false,
      error: 'Invalid file:save payload: payload: Unrecognized key: "path"',
    });
    const missing = parseIpcRequest('file:save', undefined);
    expect(missing.success).toBe(false);
    expect(!missing.success && missing.error).toMatch(/^Invalid file:save payload: payload: /);
  });
});

describe('file:open payload', () => {
  it('defaults to a 20 MiB limit, also without any payload', () => {
    const expected = { success: true, data: { maxBytes: DEFAULT_OPEN_MAX_BYTES } };
    expect(parseIpcRequest('file:open', undefined)).toEqual(expected);
    expect(parseIpcRequest('file:open', {})).toEqual(expected);
  });

  it('keeps filters and an explicit limit', () => {
    const payload = { filters: [{ name: 'Quotient', extensions: ['json', '*'] }], maxBytes: 1024 };
    expect(parseIpcRequest('file:open', payload)).toEqual({ success: true, data: payload });
  });

  it.each([
    [MAX_FILE_BYTES + 1, 'maxBytes: must be at most 104857600 (100 MiB)'],
    [0, 'maxBytes: must be positive'],
    [1.5, 'maxBytes: must be a whole number of bytes'],
  ])('rejects maxBytes %j', (maxBytes, problem) => {
    expect(parseIpcRequest('file:open', { maxBytes })).toEqual({
      success: false,
      error: `Invalid file:open payload: ${problem}`,
    });
  });

  it('rejects a filter without extensions', () => {
    expect(parseIpcRequest('file:open', { filters: [{ name: 'x', extensions: [] }] })).toEqual({
      success: false,
      error: 'Invalid file:open payload: filters[0].extensions: must list at least one extension',
    });
  });
});

describe('app:info payload', () => {
  it('takes no payload', () => {
    expect(parseIpcRequest('app:info', undefined)).toEqual({ success: true, data: undefined });
    expect(parseIpcRequest('app:info', { x: 1 })).toEqual({
      success: false,
      error: 'Invalid app:info payload: payload: takes no payload',
    });
  });
});

describe('app:set-language payload', () => {
  it('accepts de and en', () => {
    expect(parseIpcRequest('app:set-language', { language: 'de' })).toEqual({
      success: true,
      data: { language: 'de' },
    });
    expect(parseIpcRequest('app:set-language', { language: 'en' }).success).toBe(true);
  });

  it('rejects another language, naming the field', () => {
    const result = parseIpcRequest('app:set-language', { language: 'fr' });
    expect(result.success).toBe(false);
    expect(!result.success && result.error).toMatch(
      /^Invalid app:set-language payload: language: .*"de".*"en"/,
    );
  });
});

describe('sync token payloads', () => {
  it('takes no payload to read or clear the token', () => {
    expect(parseIpcRequest('sync:token-get', undefined)).toEqual({
      success: true,
      data: undefined,
    });
    expect(parseIpcRequest('sync:token-clear', undefined)).toEqual({
      success: true,
      data: undefined,
    });
    expect(parseIpcRequest('sync:token-clear', { all: true })).toEqual({
      success: false,
      error: 'Invalid sync:token-clear payload: payload: takes no payload',
    });
  });

  it('accepts a token of visible ASCII up to 4096 characters', () => {
    const token = `qt_${'a'.repeat(MAX_SYNC_TOKEN_LENGTH - 3)}`;
    expect(parseIpcRequest('sync:token-set', { token })).toEqual({
      success: true,
      data: { token },
    });
  });

  it.each([
    [{ token: '' }, 'token: must not be empty'],
    [{ token: 'a'.repeat(MAX_SYNC_TOKEN_LENGTH + 1) }, 'token: must be at most 4096 characters'],
    [{ token: 'abc\r\nX-Evil: 1' }, 'token: must be visible ASCII characters only'],
    [{ token: 'two words' }, 'token: must be visible ASCII characters only'],
    [{ token: 42 }, 'token: Invalid input: expected string, received number'],
    [{ token: 'abc', persist: true }, 'payload: Unrecognized key: "persist"'],
  ])('rejects %j', (payload, problem) => {
    expect(parseIpcRequest('sync:token-set', payload)).toEqual({
      success: false,
      error: `Invalid sync:token-set payload: ${problem}`,
    });
  });
});
