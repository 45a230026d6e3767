import { describe, expect, it } from 'vitest';
import { buildDraftEml, DraftEmlError, type DraftEmlArgs } from './eml';

// A tiny MIME reader, independent of the builder: enough to read a draft back.

type Part = { headers: Map<string, string>; body: string };

const decoder = new TextDecoder();

function splitMessage(text: string): Part {
  const end = text.indexOf('\r\n\r\n');
  const head = text.slice(0, end);
  const headers = new Map<string, string>();
  // Unfold: a CRLF followed by whitespace continues the previous header.
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: text.slice(end + 4) };
}

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text.replace(/\s/g, ''), 'base64'));

/** RFC 2047: `=?UTF-8?B?…?=` words; whitespace between adjacent words is dropped. */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_all, data: string) => decoder.decode(fromBase64(data)));

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r\n/g, '');
  for (let index = 0; index < soft.length; index++) {
    if (soft[index] === '=') {
      bytes.push(parseInt(soft.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(soft.charCodeAt(index));
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** RFC 2231 `name*=` or `name*0*=`, `name*1*=` … with UTF-8'' and %XX escapes. */
function rfc2231Param(headerValue: string, name: string): string {
  const pieces = [...headerValue.matchAll(new RegExp(`${name}\\*(\\d+\\*)?=([^;\\s]+)`, 'g'))]
    .map((match) => match[2]!)
    .join('');
  const value = pieces.replace(/^UTF-8''/, '');
  return decoder.decode(
    new Uint8Array(
      value
        .match(/%[0-9A-F]{2}|[^%]/g)!
        .map((token) =>
          token.startsWith('%') ? parseInt(token.slice(1), 16) : token.charCodeAt(0),
        ),
    ),
  );
}

function readDraft(bytes: Uint8Array) {
  const text = decoder.decode(bytes);
  const message = splitMessage(text);
  const boundary = /boundary="([^"]+)"/.exec(message.headers.get('content-type')!)![1]!;
  const sections = message.body.split(`--${boundary}`);
  expect(sections.at(-1)).toBe('--\r\n');
  const parts = sections.slice(1, -1).map((section) => {
    expect(section.startsWith('\r\n') && section.endsWith('\r\n')).toBe(true);
    return splitMessage(section.slice(2, -2));
  });
  return { text, message, parts };
}

const pdf = new Uint8Array(
  Buffer.concat([
    Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'),
    Buffer.from(Array.from({ length: 500 }, (_, index) => (index * 37) % 256)),
    Buffer.from('\n%%EOF\n'),
  ]),
);

const args = (overrides: Partial<DraftEmlArgs> = {}): DraftEmlArgs => ({
  to: { name: 'Petra Wendler', email: 'petra.wendler@wendler-maschinenbau.de' },
  from: { name: 'Jürgen Becker', email: 'j.becker@quotient.test' },
  subject: 'Ihr Angebot AN-2026-0042: Lagerverwaltung für Müller & Söhne',
  bodyText:
    'Sehr geehrte Frau Wendler,\n\nanbei unser Angebot über 51.844,35 € – gültig bis 31.12.2026.\n' +
    'Bei Fragen erreichen Sie mich unter 0211 1234567. Wir freuen uns auf Ihre Rückmeldung und ' +
    'stehen für ein Gespräch über die Größe des Lagers gern zur Verfügung.\n\nMit freundlichen Grüßen\nJürgen Becker',
  attachments: [
    { filename: 'Angebot AN-2026-0042 Müller.pdf', contentType: 'application/pdf', bytes: pdf },
  ],
  date: new Date(Date.UTC(2026, 11, 7, 8, 50, 3)),
  ...overrides,
});

describe('buildDraftEml', () => {
  it('reads back as an unsent multipart draft with the UTF-8 body and the PDF intact', () => {
    const { message, parts } = readDraft(buildDraftEml(args()));
    const headers = message.headers;
    expect({
      date: headers.get('date'),
      from: decodeWords(headers.get('from')!),
      to: decodeWords(headers.get('to')!),
      subject: decodeWords(headers.get('subject')!),
      mime: headers.get('mime-version'),
      unsent: headers.get('x-unsent'),
      type: headers.get('content-type')!.split(';')[0],
    }).toEqual({
      date: 'Mon, 07 Dec 2026 08:50:03 +0000',
      from: 'Jürgen Becker <j.becker@quotient.test>',
      to: '"Petra Wendler" <petra.wendler@wendler-maschinenbau.de>',
      subject: 'Ihr Angebot AN-2026-0042: Lagerverwaltung für Müller & Söhne',
      mime: '1.0',
      unsent: '1',
      type: 'multipart/mixed',
    });
    // The umlauts travel as encoded words, never raw bytes in a header.
    expect(/^[\x20-\x7e]*$/.test(headers.get('subject')!)).toBe(true);

    expect(parts).toHaveLength(2);
    const [body, attachment] = parts as [Part, Part];
    expect(body.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(body.headers.get('content-transfer-encoding')).toBe('quoted-printable');
    expect(decodeQuotedPrintable(body.body)).toBe(args().bodyText.replace(/\n/g, '\r\n'));

    expect(attachment.headers.get('content-type')!.split(';')[0]).toBe('application/pdf');
    expect(decodeWords(/name="([^"]+)"/.exec(attachment.headers.get('content-type')!)![1]!)).toBe(
      'Angebot AN-2026-0042 Müller.pdf',
    );
    const disposition = attachment.headers.get('content-disposition')!;
    expect(disposition.split(';')[0]).toBe('attachment');
    expect(rfc2231Param(disposition, 'filename')).toBe('Angebot AN-2026-0042 Müller.pdf');
    expect(attachment.headers.get('content-transfer-encoding')).toBe('base64');
    expect(fromBase64(attachment.body)).toEqual(pdf);
    const base64Lines = attachment.body.split('\r\n');
    expect(base64Lines.slice(0, -1).every((line) => line.length === 76)).toBe(true);
    expect(base64Lines.at(-1)!.length).toBeLessThanOrEqual(76);
  });

  it('uses CRLF only, keeps every line within 78 characters and all bytes 7-bit', () => {
    const bytes = buildDraftEml(
      args({
        subject: 'Ä'.repeat(80),
        attachments: [
          {
            filename: `Leistungsbeschreibung und Preisübersicht ${'ö'.repeat(30)}.xlsx`,
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            bytes: new Uint8Array([1, 2, 3]),
          },
        ],
      }),
    );
    const text = decoder.decode(bytes);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect([...bytes].every((byte) => byte < 128)).toBe(true);
    const tooLong = text.split('\r\n').filter((line) => line.length > 78);
    // Only the MIME type itself is longer than a line: a token cannot be folded.
    expect(tooLong).toEqual([
      'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;',
    ]);
    const { message, parts } = readDraft(bytes);
    expect(decodeWords(message.headers.get('subject')!)).toBe('Ä'.repeat(80));
    expect(rfc2231Param(parts[1]!.headers.get('content-disposition')!, 'filename')).toBe(
      `Leistungsbeschreibung und Preisübersicht ${'ö'.repeat(30)}.xlsx`,
    );
    expect(parts[1]!.headers.get('content-disposition')).toMatch(/filename\*1\*=/);
    expect(decodeWords(/name="([^"]+)"/.exec(parts[1]!.headers.get('content-type')!)![1]!)).toBe(
      `Leistungsbeschreibung und Preisübersicht ${'ö'.repeat(30)}.xlsx`,
    );
  });

  it('soft-breaks long body lines and encodes a trailing space and "="', () => {
    const bodyText = `${'x'.repeat(200)}\n1 + 1 = 2 \nEnde`;
    const { parts } = readDraft(buildDraftEml(args({ bodyText, attachments: [] })));
    expect(parts).toHaveLength(1);
    expect(parts[0]!.body.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    expect(parts[0]!.body).toContain('1 + 1 =3D 2=20\r\n');
    expect(decodeQuotedPrintable(parts[0]!.body)).toBe(bodyText.replace(/\n/g, '\r\n'));
  });

  it('writes a plain ASCII name as a quoted string and leaves From out when not given', () => {
    const { message } = readDraft(
      buildDraftEml(args({ from: undefined, to: { name: 'Dr. "Ken" Li', email: 'ken@li.test' } })),
    );
    expect(message.headers.has('from')).toBe(false);
    expect(message.headers.get('to')).toBe('"Dr. \\"Ken\\" Li" <ken@li.test>');
  });

  it('refuses a header injection, a bad address, a bad content type and a path as file name', () => {
    const fails = (overrides: Partial<DraftEmlArgs>) => {
      try {
        buildDraftEml(args(overrides));
      } catch (error) {
        return error instanceof DraftEmlError ? error.message : `other: ${String(error)}`;
      }
      return 'built';
    };
    const attachment = args().attachments[0]!;
    expect([
      fails({ subject: 'Angebot\r\nBcc: alle@example.com' }),
      fails({ to: { name: 'Petra', email: 'petra.wendler' } }),
      fails({ to: { name: 'Petra\nBcc: x', email: 'p@w.de' } }),
      fails({ attachments: [{ ...attachment, contentType: 'pdf' }] }),
      fails({ attachments: [{ ...attachment, filename: '../../etc/passwd' }] }),
      fails({ date: new Date('invalid') }),
    ]).toEqual([
      'subject: must not contain line breaks',
      'to.email: "petra.wendler" is no e-mail address',
      'to.name: must not contain line breaks',
      'attachments.0.contentType: "pdf" is no MIME type',
      'attachments.0.filename: needs a file name without path or line breaks',
      'date: is not a valid date',
    ]);
  });
});
