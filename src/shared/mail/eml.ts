/**
 * An unsent e-mail draft as an `.eml` file (RFC 5322 with MIME, RFC 2045–2047 and 2231): Outlook
 * and Thunderbird open a message marked `X-Unsent: 1` as a draft, ready to edit and send, with
 * its attachments. Pure: the same arguments give the same bytes.
 */

export type MailAddress = { name: string; email: string };

export type MailAttachment = {
  filename: string;
  /** A MIME type such as `application/pdf`. */
  contentType: string;
  bytes: Uint8Array;
};

export type DraftEmlArgs = {
  to: MailAddress;
  from?: MailAddress;
  subject: string;
  bodyText: string;
  attachments: readonly MailAttachment[];
  /** The draft's Date header. */
  date: Date;
};

/** Thrown for input that cannot become a well-formed message; names the field. */
export class DraftEmlError extends Error {
  override readonly name = 'DraftEmlError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

const CRLF = '\r\n';
// "=_" never occurs in base64 or quoted-printable text, so no encoded part can contain the boundary.
const BOUNDARY = '=_quotient_draft_7f3a';
const encoder = new TextEncoder();

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
// Control characters (line breaks above all) would end a header early and let text become headers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Builds the draft `.eml`: multipart/mixed, a UTF-8 text body, base64 attachments, CRLF lines. */
export function buildDraftEml({
  to,
  from,
  subject,
  bodyText,
  attachments,
  date,
}: DraftEmlArgs): Uint8Array {
  if (Number.isNaN(date.getTime())) throw new DraftEmlError('date', 'is not a valid date');
  attachments.forEach((attachment, index) => checkAttachment(attachment, `attachments.${index}`));
  const headers = [
    `Date: ${rfc5322Date(date)}`,
    ...(from ? [header('From', address(from, 'from'))] : []),
    header('To', address(to, 'to')),
    header('Subject', encodeWords(headerText(subject, 'subject'))),
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
  ];
  const parts = [
    [
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(bodyText),
    ].join(CRLF),
    ...attachments.map(attachmentPart),
  ];
  const message = [
    ...headers,
    '',
    'This is a multipart message in MIME format.',
    ...parts.flatMap((part) => [`--${BOUNDARY}`, part]),
    `--${BOUNDARY}--`,
    '',
  ].join(CRLF);
  return encoder.encode(message);
}

function checkAttachment({ filename, contentType, bytes }: MailAttachment, field: string): void {
  if (filename.trim() === '' || CONTROL.test(filename) || /[/\\]/.test(filename)) {
    throw new DraftEmlError(`${field}.filename`, 'needs a file name without path or line breaks');
  }
  if (!CONTENT_TYPE.test(contentType)) {
    throw new DraftEmlError(`${field}.contentType`, `"${contentType}" is no MIME type`);
  }
  if (!(bytes instanceof Uint8Array)) throw new DraftEmlError(`${field}.bytes`, 'are no bytes');
}

function attachmentPart({ filename, contentType, bytes }: MailAttachment): string {
  return [
    // `name` in RFC 2047 form is what Outlook reads; `filename*` (RFC 2231) is the standard.
    `Content-Type: ${contentType.toLowerCase()};${CRLF} name="${encodeWords(filename)}"`,
    `Content-Disposition: attachment;${CRLF} ${rfc2231('filename', filename).join(`;${CRLF} `)}`,
    'Content-Transfer-Encoding: base64',
    '',
    wrap(base64(bytes), 76),
  ].join(CRLF);
}

function headerText(text: string, field: string): string {
  if (CONTROL.test(text)) throw new DraftEmlError(field, 'must not contain line breaks');
  return text.trim();
}

function address({ name, email }: MailAddress, field: string): string {
  const mailbox = headerText(email, `${field}.email`);
  if (!EMAIL.test(mailbox)) {
    throw new DraftEmlError(`${field}.email`, `"${mailbox}" is no e-mail address`);
  }
  const display = headerText(name, `${field}.name`);
  if (display === '') return `<${mailbox}>`;

  const phrase = /^[\u0020-\u007e]*$/.test(display)
    ? `"${display.replace(/(["\\])/g, '\\$1')}"`
    : encodeWords(display);
  return `${phrase} <${mailbox}>`;
}

/** A header line; long values were already split into words joined by a folding CRLF + space. */
const header = (name: string, value: string) => `${name}: ${value}`;

/**
 * RFC 2047 encoded words (`=?UTF-8?B?…?=`) for text that is not plain ASCII, each short enough
 * for its line (≤ 39 bytes: 64 characters, after "Subject: " still within 78) and never splitting
 * a character, folded onto continuation lines.
 */
function encodeWords(text: string): string {
  if (/^[\u0020-\u007e]*$/.test(text) && text.length <= 60 && !text.includes('=?')) return text;
  return chunkByBytes(text, 39)
    .map((chunk) => `=?UTF-8?B?${base64(encoder.encode(chunk))}?=`)
    .join(`${CRLF} `);
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, on character boundaries. */
function chunkByBytes(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const char of text) {
    if (encoder.encode(current + char).length > maxBytes) {
      chunks.push(current);
      current = '';
    }
    current += char;
  }
  return [...chunks, current];
}

/** RFC 2231 parameter: `name*=UTF-8''…`, or continuations `name*0*=…` for a long value. */
function rfc2231(name: string, value: string): string[] {
  const encoded = [...encoder.encode(value)]
    .map((byte) =>
      /[A-Za-z0-9!#$&+.^_`|~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  if (encoded.length <= 60) return [`${name}*=UTF-8''${encoded}`];
  // Split into pieces of ≤ 60 characters without cutting a %XX escape.
  const pieces = encoded.match(/(?:%[0-9A-F]{2}|[^%]){1,20}/g) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current.length + piece.length > 60) {
      lines.push(current);
      current = '';
    }
    current += piece;
  }
  lines.push(current);
  return lines.map((line, index) => `${name}*${index}*=${index === 0 ? "UTF-8''" : ''}${line}`);
}

/** Quoted-printable (RFC 2045 6.7) of UTF-8 text, lines ending in CRLF, at most 76 characters. */
function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = [...encoder.encode(line)];
      const tokens = bytes.map((byte, index) => {
        const last = index === bytes.length - 1;
        const literal =
          (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        return literal
          ? String.fromCharCode(byte)
          : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      // Soft line breaks: at most 75 characters and "=" per line, never inside an =XX escape.
      const lines: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          lines.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      return [...lines, current].join(CRLF);
    })
    .join(CRLF);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648) with padding. */
function base64(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a, b, c] = [bytes[index]!, bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out +=
      BASE64[(triple >> 18) & 63]! +
      BASE64[(triple >> 12) & 63]! +
      (b === undefined ? '=' : BASE64[(triple >> 6) & 63]!) +
      (c === undefined ? '=' : BASE64[triple & 63]!);
  }
  return out;
}

const wrap = (text: string, width: number) =>
  (text.match(new RegExp(`.{1,${width}}`, 'g')) ?? ['']).join(CRLF);

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mon, 07 Dec 2026 08:50:03 +0000` (RFC 5322 3.3), in UTC. */
function rfc5322Date(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ` +
    `${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:` +
    `${two(date.getUTCSeconds())} +0000`
  );
}
