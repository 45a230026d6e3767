import { describe, expect, it } from 'vitest';
import { throttleAddress } from './client-address';

describe('throttleAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::ffff:c000:201', '192.0.2.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
  ])('counts %s as %s', (ip, key) => {
    expect(throttleAddress(ip)).toBe(key);
  });

  it('counts every address of one /64 as one', () => {
    const keys = new Set(
      Array.from({ length: 50 }, (_, index) =>
        throttleAddress(`2001:db8:aa:bb::${index.toString(16)}`),
      ),
    );
    expect([...keys]).toEqual(['2001:db8:aa:bb::/64']);
  });
});
