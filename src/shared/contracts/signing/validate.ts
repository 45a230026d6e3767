import { parseCalendarDate } from '#shared/domain/calendar-date';
import { SigningInputError } from './errors';
import { MAX_PNG_BYTES, pngInk } from './png-ink';
import type { SignatureInput, SigningLanguage, SigningMeta, SignerRole } from './types';

/** Fewer recorded pad points than this is a tap, not a signature. */
export const MIN_STROKE_POINTS = 10;
/** Fewer visible pixels than this is a dot, not a signature. */
export const MIN_INK_PIXELS = 30;
/** More than this share of visible pixels is a filled canvas, not a signature on a clear ground. */
const MAX_INK_SHARE = 0.6;
const MAX_TEXT = 200;
const ROLES: readonly SignerRole[] = ['company', 'client'];
const LANGUAGES: readonly SigningLanguage[] = ['de', 'en'];
const SHA256 = /^[0-9a-f]{64}$/i;
/** ISO 8601 date and time with seconds and a zone: 2027-03-04T10:15:00Z, …:00.123+01:00. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function requiredText(value: unknown, field: string): string {
  if (value !== undefined && value !== null && typeof value !== 'string')
    throw new SigningInputError(field, 'invalid', `must be text, got ${typeof value}`);
  const text = (value ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') throw new SigningInputError(field, 'required', 'must not be empty');
  if (text.length > MAX_TEXT)
    throw new SigningInputError(field, 'invalid', `must be at most ${MAX_TEXT} characters`);
  return text;
}

function optionalText(value: unknown, field: string): string {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
    ? ''
    : requiredText(value, field);
}

/** Reads an ISO date-time with zone that exists (2027-02-30T… is refused), as given. */
export function readDateTime(value: unknown, field: string): string {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (
    match === null ||
    parseCalendarDate(match[1]!) === null ||
    Number.isNaN(Date.parse(value as string))
  )
    throw new SigningInputError(
      field,
      'dateTime',
      `must be an ISO date and time with zone, got ${JSON.stringify(value) ?? 'undefined'}`,
    );
  return value as string;
}

/** Lower-case SHA-256 hex, or throws naming the field. */
export function readSha256(value: unknown, field: string): string {
  if (typeof value !== 'string' || !SHA256.test(value))
    throw new SigningInputError(field, 'invalid', 'must be a SHA-256 of 64 hex digits');
  return value.toLowerCase();
}

/**
 * Checks one drawn signature and gives it back with its texts trimmed; throws a SigningInputError
 * naming the field (prefixed with `path`, e.g. "signatures[0].") for a missing name or place, a date
 * that is not a calendar date, or a signature without ink.
 */
export function checkSignature(sig: SignatureInput, path = ''): SignatureInput {
  if (typeof sig !== 'object' || sig === null)
    throw new SigningInputError(
      path.replace(/\.$/, '') || 'signature',
      'required',
      'must be given',
    );
  if (!ROLES.includes(sig.role))
    throw new SigningInputError(
      `${path}role`,
      'invalid',
      `must be company or client, got ${JSON.stringify(sig.role) ?? 'undefined'}`,
    );
  const name = requiredText(sig.name, `${path}name`);
  const func = optionalText(sig.function, `${path}function`);
  const place = requiredText(sig.place, `${path}place`);
  if (typeof sig.date !== 'string' || parseCalendarDate(sig.date) === null)
    throw new SigningInputError(
      `${path}date`,
      'date',
      `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(sig.date) ?? 'undefined'}`,
    );
  const signedAt = readDateTime(sig.signedAt, `${path}signedAt`);
  const party = optionalText(sig.party, `${path}party`);
  if (sig.strokePoints !== undefined) {
    if (!Number.isInteger(sig.strokePoints) || sig.strokePoints < 0)
      throw new SigningInputError(`${path}strokePoints`, 'invalid', 'must be a whole number');
    if (sig.strokePoints < MIN_STROKE_POINTS)
      throw new SigningInputError(`${path}png`, 'empty', 'the signature field was not drawn on');
  }
  checkSignaturePng(sig.png, `${path}png`);
  return {
    role: sig.role,
    name,
    function: func,
    place,
    date: sig.date,
    signedAt,
    png: sig.png,
    ...(sig.strokePoints === undefined ? {} : { strokePoints: sig.strokePoints }),
    ...(party === '' ? {} : { party }),
  };
}

/** A PNG that decodes and shows a signature: some ink, on a clear (transparent or light) ground. */
export function checkSignaturePng(png: unknown, field = 'png'): void {
  if (!(png instanceof Uint8Array) || png.length === 0)
    throw new SigningInputError(field, 'empty', 'no signature was drawn');
  if (png.length > MAX_PNG_BYTES)
    throw new SigningInputError(field, 'png', `must be at most ${MAX_PNG_BYTES} bytes`);
  let ink;
  try {
    ink = pngInk(png);
  } catch (error) {
    throw new SigningInputError(
      field,
      'png',
      `is not a readable PNG image (${(error as Error).message})`,
    );
  }
  if (ink.inkPixels < MIN_INK_PIXELS)
    throw new SigningInputError(field, 'empty', 'the signature image is blank');
  if (ink.inkPixels > ink.width * ink.height * MAX_INK_SHARE)
    throw new SigningInputError(field, 'png', 'the signature must be drawn on a clear background');
}

/** Checks the signing metadata and gives it back with texts trimmed and the hash in lower case. */
export function checkSigningMeta(meta: SigningMeta): SigningMeta {
  if (typeof meta !== 'object' || meta === null)
    throw new SigningInputError('meta', 'required', 'must be given');
  const contractTitle = requiredText(meta.contractTitle, 'meta.contractTitle');
  if (!Number.isInteger(meta.revision) || meta.revision < 1)
    throw new SigningInputError(
      'meta.revision',
      'invalid',
      `must be a whole number from 1, got ${JSON.stringify(meta.revision) ?? 'undefined'}`,
    );
  const documentSha256 = readSha256(meta.documentSha256, 'meta.documentSha256');
  const device = requiredText(meta.device, 'meta.device');
  const appVersion = requiredText(meta.appVersion, 'meta.appVersion');
  if (!LANGUAGES.includes(meta.language))
    throw new SigningInputError(
      'meta.language',
      'invalid',
      `must be de or en, got ${JSON.stringify(meta.language) ?? 'undefined'}`,
    );
  return {
    contractTitle,
    revision: meta.revision,
    documentSha256,
    device,
    appVersion,
    language: meta.language,
  };
}
