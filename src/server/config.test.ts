import { describe, expect, it } from 'vitest';
import { parseTrustProxy, readConfig } from './config';

const MIB = 1024 * 1024;

describe('readConfig', () => {
  it('applies the default limits', () => {
    expect(readConfig({}).limits).toEqual({
      requestsPerMinute: 600,
      blobBytes: 50 * MIB,
      workspaceBlobBytes: 5 * 1024 * MIB,
    });
  });

  it('reads the limits from the environment; 0 turns the request limit and the quota off', () => {
    const env = { RATE_LIMIT_PER_MINUTE: '120', BLOB_LIMIT_MIB: '10', BLOB_QUOTA_MIB: '2048' };
    expect(readConfig(env).limits).toEqual({
      requestsPerMinute: 120,
      blobBytes: 10 * MIB,
      workspaceBlobBytes: 2048 * MIB,
    });
    expect(readConfig({ RATE_LIMIT_PER_MINUTE: '0', BLOB_QUOTA_MIB: '0' }).limits).toMatchObject({
      requestsPerMinute: undefined,
      workspaceBlobBytes: undefined,
    });
  });

  it.each([
    [{ RATE_LIMIT_PER_MINUTE: 'many' }, 'RATE_LIMIT_PER_MINUTE must be a number from 0 (no limit)'],
    [{ BLOB_QUOTA_MIB: '-1' }, 'BLOB_QUOTA_MIB must be a number from 0 (no limit)'],
    [{ BLOB_LIMIT_MIB: '0' }, 'BLOB_LIMIT_MIB must be a positive number, got 0'],
    [{ BLOB_LIMIT_MIB: '1024' }, 'BLOB_LIMIT_MIB must be at most 512, got 1024'],
  ])('refuses %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('parseTrustProxy', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['off', false],
    ['1', 1],
    ['true', 1],
    ['YES', 1],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.1 ,fd00::/8', ['10.0.0.0/8', '192.168.1.1', 'fd00::/8']],
    ['loopback', ['loopback']],
  ])('reads %j as %j', (text, expected) => {
    expect(parseTrustProxy(text)).toEqual(expected);
  });

  it.each(['everything', '10.0.0.1/33', '10.0.0.1,', '300.1.1.1', '::1/129', '11'])(
    'refuses %j',
    (text) => {
      expect(() => parseTrustProxy(text)).toThrow(/^TRUST_PROXY/);
    },
  );
});
