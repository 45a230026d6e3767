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

describe('menu:set-navigation payload', () => {
  const entry = (overrides: Record<string, unknown> = {}) => ({
    id: 'clients',
    label: 'Kunden',
    accelerator: 'CmdOrCtrl+1',
    ...overrides,
  });
  const problem = (payload: unknown) => {
    const result = parseIpcRequest('menu:set-navigation', payload);
    return result.success
      ? 'accepted'
      : result.error.replace('Invalid menu:set-navigation payload: ', '');
  };

  it('accepts the areas with and without accelerators, and an empty list', () => {
    const payload = {
      language: 'en',
      entries: [
        entry({ label: 'Clients' }),
        { id: 'trash', label: 'Trash' },
        entry({ id: 'settings', label: 'Settings', accelerator: 'CmdOrCtrl+,' }),
        entry({ id: 'fair-leads', label: 'Fair leads', accelerator: 'Alt+Shift+F' }),
        entry({ id: 'help', label: 'Help', accelerator: 'F1' }),
      ],
    };
    expect(parseIpcRequest('menu:set-navigation', payload)).toEqual({
      success: true,
      data: payload,
    });
    expect(problem({ language: 'de', entries: [] })).toBe('accepted');
    expect(
      problem({
        language: 'de',
        entries: Array.from({ length: 40 }, (_, i) =>
          entry({ id: `a${i}`, accelerator: undefined }),
        ),
      }),
    ).toBe('accepted');
  });

  it.each([
    ['no payload', undefined, 'payload: Invalid input: expected object, received undefined'],
    [
      'another language',
      { language: 'fr', entries: [] },
      'language: Invalid option: expected one of "de"|"en"',
    ],
    [
      'no entries',
      { language: 'de' },
      'entries: Invalid input: expected array, received undefined',
    ],
    [
      'an unknown key',
      { language: 'de', entries: [], path: '/x' },
      'payload: Unrecognized key: "path"',
    ],
    [
      'more than 40 entries',
      {
        language: 'de',
        entries: Array.from({ length: 41 }, (_, i) =>
          entry({ id: `a${i}`, accelerator: undefined }),
        ),
      },
      'entries: must list at most 40 entries',
    ],
    [
      'an id with capitals',
      { language: 'de', entries: [entry({ id: 'Clients' })] },
      'entries[0].id: must be an id of lowercase letters, digits and dashes, starting with a letter (at most 40)',
    ],
    [
      'an id that is a path',
      { language: 'de', entries: [entry({ id: '../settings' })] },
      'entries[0].id: must be an id of lowercase letters, digits and dashes, starting with a letter (at most 40)',
    ],
    [
      'an empty label',
      { language: 'de', entries: [entry({ label: '' })] },
      'entries[0].label: must not be empty; entries[0].label: must not be only whitespace',
    ],
    [
      'a blank label',
      { language: 'de', entries: [entry({ label: '   ' })] },
      'entries[0].label: must not be only whitespace',
    ],
    [
      'a label of 61 characters',
      { language: 'de', entries: [entry({ label: 'x'.repeat(61) })] },
      'entries[0].label: must be at most 60 characters',
    ],
    [
      'a label with a line break',
      { language: 'de', entries: [entry({ label: 'Kun\nden' })] },
      'entries[0].label: must not contain control characters',
    ],
    [
      'a label that is not text',
      { language: 'de', entries: [entry({ label: 7 })] },
      'entries[0].label: Invalid input: expected string, received number',
    ],
    [
      'an accelerator that is not one',
      { language: 'de', entries: [entry({ accelerator: 'Strg+1' })] },
      'entries[0].accelerator: must be an accelerator such as "CmdOrCtrl+1" (modifiers, then one key)',
    ],
    [
      'an accelerator of two keys',
      { language: 'de', entries: [entry({ accelerator: 'CmdOrCtrl+1+2' })] },
      'entries[0].accelerator: must be an accelerator such as "CmdOrCtrl+1" (modifiers, then one key)',
    ],
    [
      'a plain key as accelerator',
      { language: 'de', entries: [entry({ accelerator: 'K' })] },
      'entries[0].accelerator: must use Ctrl, Cmd or Alt, or a function key (a plain key would swallow typing)',
    ],
    [
      'Shift and a letter as accelerator',
      { language: 'de', entries: [entry({ accelerator: 'Shift+K' })] },
      'entries[0].accelerator: must use Ctrl, Cmd or Alt, or a function key (a plain key would swallow typing)',
    ],
    [
      'an id twice',
      { language: 'de', entries: [entry(), entry({ accelerator: 'CmdOrCtrl+2' })] },
      'entries[1].id: must not repeat entries[0].id',
    ],
    [
      'an accelerator twice',
      { language: 'de', entries: [entry(), entry({ id: 'pipeline', accelerator: 'CmdOrCtrl+1' })] },
      'entries[1].accelerator: must not repeat entries[0].accelerator',
    ],
    [
      'an unknown entry key',
      { language: 'de', entries: [entry({ path: '/clients' })] },
      'entries[0]: Unrecognized key: "path"',
    ],
  ])('refuses %s', (_, payload, message) => {
    expect(problem(payload)).toBe(message);
  });
});

describe('menu:set-customer-mode payload', () => {
  it('accepts on and off, and nothing else', () => {
    expect(parseIpcRequest('menu:set-customer-mode', { on: true })).toEqual({
      success: true,
      data: { on: true },
    });
    expect(parseIpcRequest('menu:set-customer-mode', { on: false }).success).toBe(true);
    expect(parseIpcRequest('menu:set-customer-mode', { on: 'true' })).toEqual({
      success: false,
      error: 'Invalid menu:set-customer-mode payload: on: must be true or false',
    });
    expect(parseIpcRequest('menu:set-customer-mode', { on: true, label: 'x' })).toEqual({
      success: false,
      error: 'Invalid menu:set-customer-mode payload: payload: Unrecognized key: "label"',
    });
  });
});

describe('presentation payloads', () => {
  it('accepts an audience window request with and without a display', () => {
    for (const payload of [
      { deckId: '01930f6c-0000-7000-8000-000000000001', displayId: 2528732444, kiosk: true },
      { deckId: 'deck-1', kiosk: false },
      { deckId: 'deck-1', displayId: 0, kiosk: false },
    ]) {
      expect(parseIpcRequest('presentation:open-audience', payload)).toEqual({
        success: true,
        data: payload,
      });
    }
  });

  it.each([
    [
      { deckId: '../settings', kiosk: false },
      'deckId: must be a deck id (letters, digits and dashes, at most 64)',
    ],
    [
      { deckId: 'a#/settings', kiosk: false },
      'deckId: must be a deck id (letters, digits and dashes, at most 64)',
    ],
    [
      { deckId: '', kiosk: false },
      'deckId: must be a deck id (letters, digits and dashes, at most 64)',
    ],
    [
      { deckId: 'd'.repeat(65), kiosk: false },
      'deckId: must be a deck id (letters, digits and dashes, at most 64)',
    ],
    [{ deckId: 7, kiosk: false }, 'deckId: must be a deck id'],
    [{ deckId: 'd', displayId: -1, kiosk: false }, 'displayId: must not be negative'],
    [{ deckId: 'd', displayId: 1.5, kiosk: false }, 'displayId: must be a whole number'],
    [
      { deckId: 'd', displayId: '1', kiosk: false },
      'displayId: must be a display id from presentation:list-displays',
    ],
    [{ deckId: 'd', kiosk: 'yes' }, 'kiosk: must be true or false'],
    [{ deckId: 'd' }, 'kiosk: must be true or false'],
  ])('refuses the audience request %j', (payload, problem) => {
    expect(parseIpcRequest('presentation:open-audience', payload)).toEqual({
      success: false,
      error: `Invalid presentation:open-audience payload: ${problem}`,
    });
  });

  it('refuses unknown fields (no window options from the page)', () => {
    const result = parseIpcRequest('presentation:open-audience', {
      deckId: 'd',
      kiosk: false,
      webPreferences: { nodeIntegration: true },
    });
    expect(result.success).toBe(false);
    expect(!result.success && result.error).toContain('webPreferences');
  });

  it('takes the kiosk switch as a boolean only', () => {
    expect(parseIpcRequest('presentation:set-kiosk', { on: true })).toEqual({
      success: true,
      data: { on: true },
    });
    expect(parseIpcRequest('presentation:set-kiosk', { on: 1 })).toEqual({
      success: false,
      error: 'Invalid presentation:set-kiosk payload: on: must be true or false',
    });
    expect(parseIpcRequest('presentation:set-kiosk', undefined).success).toBe(false);
  });

  it('takes no payload for the display list and for closing the audience window', () => {
    expect(parseIpcRequest('presentation:list-displays', undefined).success).toBe(true);
    expect(parseIpcRequest('presentation:close-audience', undefined).success).toBe(true);
    expect(parseIpcRequest('presentation:list-displays', { all: true })).toEqual({
      success: false,
      error: 'Invalid presentation:list-displays payload: payload: takes no payload',
    });
  });
});
