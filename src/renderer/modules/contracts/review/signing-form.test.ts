import { encode } from '@cantoo/pdf-lib/upng';
import { describe, expect, it } from 'vitest';
import {
  buildSignatures,
  checkSignerFields,
  dataUrlBytes,
  deviceLabel,
  initialSignerFields,
  type PadReading,
  type SignerFields,
} from './signing-form';

/** A transparent PNG with a wavy stroke of ink, as a pad draws it (or none). */
function png(ink: boolean, width = 300, height = 100): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  if (ink) {
    for (let x = 10; x < width - 10; x += 1) {
      const y = Math.round(height / 2 + Math.sin(x / 12) * (height / 4));
      for (let dy = -2; dy <= 2; dy += 1) data.set([16, 39, 92, 255], ((y + dy) * width + x) * 4);
    }
  }
  return new Uint8Array(encode([data.buffer], width, height, 0));
}

const drawn: PadReading = { strokePoints: 120, png: png(true) };
const fields = (overrides: Partial<SignerFields> = {}): SignerFields => ({
  name: 'Jana Becker',
  function: 'Geschäftsführerin',
  place: 'Düsseldorf',
  date: '2027-03-04',
  ...overrides,
});
const SIGNED_AT = '2027-03-04T10:15:00.000Z';

describe('the signing form', () => {
  it('starts with the representatives, the contract place and today', () => {
    expect(
      initialSignerFields(
        {
          'company.representative': ' Jana Becker ',
          'client.representative': 'Dr. Olaf Brandt',
          'contract.place': 'Düsseldorf',
          'company.city': 'Köln',
        },
        '2027-03-04',
      ),
    ).toEqual({
      company: { name: 'Jana Becker', function: '', place: 'Düsseldorf', date: '2027-03-04' },
      client: { name: 'Dr. Olaf Brandt', function: '', place: 'Düsseldorf', date: '2027-03-04' },
    });
    // The first of several representatives, without a function after the comma; the company's
    // city when the contract names no place.
    expect(
      initialSignerFields(
        {
          'company.representative': 'Jana Feddersen, Mats Thorsen',
          'client.representative': 'Thomas Wagner, CIO',
          'contract.place': '',
          'company.city': 'Hamburg',
        },
        '2027-03-04',
      ),
    ).toEqual({
      company: { name: 'Jana Feddersen', function: '', place: 'Hamburg', date: '2027-03-04' },
      client: { name: 'Thomas Wagner', function: '', place: 'Hamburg', date: '2027-03-04' },
    });
    expect(initialSignerFields({ 'company.city': 'Köln' }, '2027-03-04').client).toEqual({
      name: '',
      function: '',
      place: 'Köln',
      date: '2027-03-04',
    });
  });

  it('names an empty pad, a missing name or place and a date that does not exist at the field', () => {
    expect(checkSignerFields(fields(), 120)).toEqual({});
    expect(checkSignerFields(fields({ name: '  ', place: '', date: '2027-02-30' }), 0)).toEqual({
      pad: 'validation.signatureEmpty',
      name: 'validation.required',
      place: 'validation.required',
      date: 'validation.date',
    });
    // A tap is no signature.
    expect(checkSignerFields(fields(), 3)).toEqual({ pad: 'validation.signatureEmpty' });
  });

  it('builds both signatures checked by the shared check, with the parties’ names', () => {
    const result = buildSignatures({
      fields: { company: fields(), client: fields({ name: 'Dr. Olaf Brandt ', function: '' }) },
      pads: { company: drawn, client: drawn },
      parties: { company: 'Nordlicht IT GmbH', client: '' },
      signedAt: SIGNED_AT,
    });
    expect(result).toEqual({
      ok: true,
      signatures: [
        {
          role: 'company',
          name: 'Jana Becker',
          function: 'Geschäftsführerin',
          place: 'Düsseldorf',
          date: '2027-03-04',
          signedAt: SIGNED_AT,
          png: drawn.png,
          strokePoints: 120,
          party: 'Nordlicht IT GmbH',
        },
        {
          role: 'client',
          name: 'Dr. Olaf Brandt',
          function: '',
          place: 'Düsseldorf',
          date: '2027-03-04',
          signedAt: SIGNED_AT,
          png: drawn.png,
          strokePoints: 120,
        },
      ],
    });
  });

  it('refuses a pad whose image has no ink at the pad, and a missing name at the name', () => {
    const result = buildSignatures({
      fields: { company: fields(), client: fields({ name: '' }) },
      pads: { company: { strokePoints: 50, png: png(false) }, client: drawn },
      parties: { company: '', client: '' },
      signedAt: SIGNED_AT,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        company: { pad: 'validation.signatureEmpty' },
        client: { name: 'validation.required' },
      },
    });
  });

  it('refuses bytes that are no PNG with its own message', () => {
    const result = buildSignatures({
      fields: { company: fields(), client: fields() },
      pads: { company: drawn, client: { strokePoints: 50, png: new Uint8Array([1, 2, 3]) } },
      parties: { company: '', client: '' },
      signedAt: SIGNED_AT,
    });
    expect(result).toEqual({
      ok: false,
      errors: { client: { pad: 'contractReview.sign.signaturePng' } },
    });
  });

  it('reads a data URL into bytes and keeps the device label within the record', () => {
    expect(Array.from(dataUrlBytes('data:image/png;base64,AQID/w=='))).toEqual([1, 2, 3, 255]);
    expect(() => dataUrlBytes('image/png,AQID')).toThrow('not a base64 data URL');
    expect(deviceLabel(`Mozilla/5.0  (X11; Linux x86_64)\n${'x'.repeat(300)}`)).toHaveLength(200);
    expect(deviceLabel('Mozilla/5.0  (X11)')).toBe('Mozilla/5.0 (X11)');
    expect(deviceLabel('  ')).toBe('unknown');
  });
});
