import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NUMBER_SCHEME,
  deviceCode,
  formatOfferNumber,
  parseOfferSeq,
  seqKey,
  seqPrefix,
  validateNumberScheme,
} from './numbering';

const parts = { date: '2026-11-28', initials: 'JB', device: '8F3A' };

describe('validateNumberScheme', () => {
  it('accepts schemes naming the user or the device with one counter', () => {
    expect(
      [
        DEFAULT_NUMBER_SCHEME,
        '{YY}{MM}-{device}-{seq}',
        'Q/{initials}/{device}/{seq:6}',
        '{seq:12}-{initials}',
      ].map(validateNumberScheme),
    ).toEqual([null, null, null, null]);
  });

  it('names what is wrong with a scheme', () => {
    expect(
      [
        'A-{YYYY}-{initials}-{counter}',
        'A-{yyyy}-{initials}-{seq}',
        'A-{YYYY-{initials}-{seq}',
        'A-{initials}-{seq}}',
        'A-{initials}-{seq:0}',
        'A-{initials}-{seq:13}',
        'A-{YYYY}-{seq:4}',
        '',
        'A-{YYYY}-{initials}',
        'A-{initials}-{seq}-{seq:2}',
      ].map(validateNumberScheme),
    ).toEqual([
      'validation.numberScheme.unknownToken',
      'validation.numberScheme.unknownToken',
      'validation.numberScheme.unknownToken',
      'validation.numberScheme.unknownToken',
      'validation.numberScheme.unknownToken',
      'validation.numberScheme.unknownToken',
      'validation.numberScheme.notUnique',
      'validation.numberScheme.notUnique',
      'validation.numberScheme.noSeq',
      'validation.numberScheme.noSeq',
    ]);
  });
});

describe('formatOfferNumber and seqKey', () => {
  it('formats the default scheme', () => {
    expect(formatOfferNumber({ scheme: DEFAULT_NUMBER_SCHEME, ...parts, seq: 1 })).toBe(
      'A-2026-JB-0001',
    );
    expect(formatOfferNumber({ scheme: DEFAULT_NUMBER_SCHEME, ...parts, seq: 12345 })).toBe(
      'A-2026-JB-12345',
    );
  });

  it('fills every token', () => {
    const scheme = '{YY}{MM}/{device}/{initials}/{seq}';
    expect(formatOfferNumber({ scheme, ...parts, seq: 7 })).toBe('2611/8F3A/JB/7');
    expect(seqKey({ scheme, ...parts })).toBe('2611/8F3A/JB/');
    expect(seqPrefix({ scheme, ...parts })).toBe('2611/8F3A/JB/');
  });

  it('keys the counter per year and per user', () => {
    const key = (date: string, initials: string) =>
      seqKey({ scheme: DEFAULT_NUMBER_SCHEME, date, initials, device: '8F3A' });
    expect([
      key('2026-01-01', 'JB'),
      key('2026-12-31', 'JB'),
      key('2027-01-01', 'JB'),
      key('2026-05-05', 'MM'),
    ]).toEqual(['A-2026-JB-', 'A-2026-JB-', 'A-2027-JB-', 'A-2026-MM-']);
  });

  it('reads the sequence back from a number of the same key only', () => {
    const args = { scheme: 'R{seq:3}-{initials}', ...parts };
    expect(
      ['R042-JB', 'R1234-JB', 'R042-MM', 'R-JB', 'R0x2-JB', 'X042-JB'].map((number) =>
        parseOfferSeq({ ...args, number }),
      ),
    ).toEqual([42, 1234, null, null, null, null]);
  });

  it('throws on a bad scheme, date or sequence', () => {
    expect(() => formatOfferNumber({ scheme: 'A-{seq}', ...parts, seq: 1 })).toThrow(RangeError);
    expect(() =>
      formatOfferNumber({ scheme: DEFAULT_NUMBER_SCHEME, ...parts, date: '28.11.2026', seq: 1 }),
    ).toThrow(RangeError);
    for (const seq of [0, -1, 1.5, Number.NaN]) {
      expect(() => formatOfferNumber({ scheme: DEFAULT_NUMBER_SCHEME, ...parts, seq })).toThrow(
        RangeError,
      );
    }
  });

  it('derives the device code from the node id', () => {
    expect(deviceCode('8f3a9c0d12e4b5a6')).toBe('8F3A');
  });

  it('never gives two users or two devices the same number', () => {
    const initials = fc.stringMatching(/^[A-ZÄÖÜ]{1,4}$/);
    const device = fc.stringMatching(/^[0-9A-F]{4}$/);
    const seq = fc.integer({ min: 1, max: 1_000_000 });
    const date = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((value) => value.toISOString().slice(0, 10));
    const scheme = fc.constantFrom(
      DEFAULT_NUMBER_SCHEME,
      '{YY}{MM}-{initials}-{device}-{seq}',
      'O-{device}-{seq:5}',
      '{initials}{seq:3}',
    );
    fc.assert(
      fc.property(
        scheme,
        date,
        fc.tuple(initials, device, seq),
        fc.tuple(initials, device, seq),
        (scheme, date, [i1, d1, s1], [i2, d2, s2]) => {
          const usesInitials = scheme.includes('{initials}');
          const usesDevice = scheme.includes('{device}');
          const distinct = (usesInitials && i1 !== i2) || (usesDevice && d1 !== d2);
          fc.pre(distinct);
          const a = formatOfferNumber({ scheme, date, initials: i1, device: d1, seq: s1 });
          const b = formatOfferNumber({ scheme, date, initials: i2, device: d2, seq: s2 });
          expect(a).not.toBe(b);
        },
      ),
    );
  });
});
