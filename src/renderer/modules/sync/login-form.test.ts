import { describe, expect, it } from 'vitest';
import { SyncError } from '#shared/sync/engine';
import { errorFromReply } from '#shared/sync/http-transport';
import { WorkspaceBoundError } from '#data';
import { loginErrorText, loginFormSchema, serverUrlProblem } from './login-form';

describe('serverUrlProblem', () => {
  it.each([
    ['https://sync.example.de', undefined],
    ['https://sync.example.de:8443/quotient/', undefined],
    ['http://localhost:4000', undefined],
    ['http://127.0.0.1:4000', undefined],
    ['  https://sync.example.de  ', undefined],
    ['http://sync.example.de', 'settings.serverUrlInsecure'],
    ['http://192.168.1.20:4000', 'settings.serverUrlInsecure'],
    ['sync.example.de', 'settings.serverUrlInvalid'],
    ['ftp://sync.example.de', 'settings.serverUrlInvalid'],
    ['javascript:alert(1)', 'settings.serverUrlInvalid'],
    ['', 'settings.serverUrlInvalid'],
  ])('%j → %s', (value, expected) => {
    expect(serverUrlProblem(value)).toBe(expected);
  });
});

describe('loginFormSchema', () => {
  it('normalises the address and the e-mail', () => {
    expect(
      loginFormSchema.parse({
        serverUrl: ' https://Sync.Example.de/quotient/?x=1#top ',
        email: ' Anna@Example.DE ',
        password: ' secret ',
      }),
    ).toEqual({
      serverUrl: 'https://sync.example.de/quotient',
      email: 'anna@example.de',
      password: ' secret ',
    });
  });

  it('names each bad field with a translatable message', () => {
    const result = loginFormSchema.safeParse({
      serverUrl: 'http://sync.example.de',
      email: 'anna@',
      password: '',
    });
    expect(
      result.success ? [] : result.error.issues.map((issue) => [issue.path[0], issue.message]),
    ).toEqual([
      ['serverUrl', 'sync.settings.serverUrlInsecure'],
      ['email', 'validation.email'],
      ['password', 'validation.required'],
    ]);
  });
});

describe('loginErrorText', () => {
  const server = 'https://sync.example.de';

  it.each([
    [
      new SyncError('unauthorized', 'Server: wrong e-mail or password', 401),
      { key: 'login.wrongCredentials' },
    ],
    [
      new SyncError('network', 'Cannot reach the sync server: fetch failed'),
      { key: 'login.unreachable', params: { server } },
    ],
    [
      new SyncError('server', 'Server: too many attempts', 429, 42_500),
      { key: 'login.tooManyAttempts', params: { seconds: 43 } },
    ],
    [
      new SyncError('server', 'Server: too many attempts', 429),
      { key: 'login.tooManyAttemptsLater' },
    ],
    [new SyncError('server', 'Server: HTTP 502', 502), { key: 'login.server' }],
    [new SyncError('protocol', 'Server: unsupported protocol', 426), { key: 'login.protocol' }],
    [new SyncError('forbidden', 'Server: forbidden', 403), { key: 'login.forbidden' }],
    [
      errorFromReply({
        status: 403,
        body: { error: 'account_disabled', message: 'This account is disabled' },
      }),
      { key: 'login.disabled' },
    ],
    [
      new SyncError('rejected', "The server's reply is not protocol 1: token: required", 200),
      { key: 'login.notQuotient' },
    ],
    [new SyncError('rejected', 'Server: HTTP 404', 404), { key: 'login.notQuotient' }],
    [
      new SyncError('rejected', 'Server: invalid email (at email)', 400),
      { key: 'login.refused', params: { message: 'Server: invalid email (at email)' } },
    ],
    [new RangeError('Not a server URL: "x"'), { key: 'settings.serverUrlInvalid' }],
    [new WorkspaceBoundError('ws-a', 'ws-b'), { key: 'settings.boundElsewhere' }],
    [new Error('boom'), { key: 'login.failed', params: { message: 'boom' } }],
  ])('%s', (error, expected) => {
    expect(loginErrorText(error, server)).toEqual(expected);
  });
});
