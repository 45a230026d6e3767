import { parseCalendarDate } from '#shared/domain/calendar-date';
import type { SignerRoleName } from '#shared/domain/contracts';
import { checkSignature, MIN_STROKE_POINTS, SigningInputError } from '#shared/contracts/signing';
import type { SignatureInput } from '#shared/contracts/signing';

/** What the signer types beside the pad. */
export type SignerFields = { name: string; function: string; place: string; date: string };

/** What the pad holds: the points recorded (sum over its strokes) and the drawing as PNG. */
export type PadReading = { strokePoints: number; png: Uint8Array };

export type SignerField = 'pad' | 'name' | 'function' | 'place' | 'date';
/** An i18n key per field that is refused. */
export type SignerErrors = Partial<Record<SignerField, string>>;
export type SigningErrors = Partial<Record<SignerRoleName, SignerErrors>>;

export const SIGNER_ROLES: readonly SignerRoleName[] = ['company', 'client'];

/**
 * The signer a "vertreten durch" names first: "Jana Feddersen, Mats Thorsen" → "Jana Feddersen",
 * "Thomas Wagner, CIO" → "Thomas Wagner". Only a suggestion: the signer checks it on site.
 */
const firstRepresentative = (text: string | undefined): string =>
  (text ?? '').split(/[,;\n]/)[0]!.trim();

/** Fields the form starts with: names from the contract's "vertreten durch", its place, today. */
export function initialSignerFields(
  variables: Readonly<Record<string, string>>,
  today: string,
): Record<SignerRoleName, SignerFields> {
  const place = (variables['contract.place'] || variables['company.city'] || '').trim();
  return {
    company: {
      name: firstRepresentative(variables['company.representative']),
      function: '',
      place,
      date: today,
    },
    client: {
      name: firstRepresentative(variables['client.representative']),
      function: '',
      place,
      date: today,
    },
  };
}

/** The quick checks at the fields, before any image is read: pad drawn on, name, place, date. */
export function checkSignerFields(fields: SignerFields, strokePoints: number): SignerErrors {
  const errors: SignerErrors = {};
  if (strokePoints < MIN_STROKE_POINTS) errors.pad = 'validation.signatureEmpty';
  if (fields.name.trim() === '') errors.name = 'validation.required';
  if (fields.place.trim() === '') errors.place = 'validation.required';
  if (parseCalendarDate(fields.date) === null) errors.date = 'validation.date';
  return errors;
}

const FIELD_OF: Record<string, SignerField> = {
  png: 'pad',
  strokePoints: 'pad',
  name: 'name',
  function: 'function',
  place: 'place',
  date: 'date',
};

/** The field and message key for the shared signing check's refusal of one signature. */
export function signingErrorAt(error: SigningInputError): { field: SignerField; key: string } {
  const field = FIELD_OF[error.field] ?? 'pad';
  if (field === 'pad') {
    return {
      field,
      key:
        error.reason === 'empty' ? 'validation.signatureEmpty' : 'contractReview.sign.signaturePng',
    };
  }
  if (error.reason === 'required') return { field, key: 'validation.required' };
  if (error.reason === 'date') return { field, key: 'validation.date' };
  return { field, key: 'validation.invalid' };
}

export type SignaturesResult =
  { ok: true; signatures: SignatureInput[] } | { ok: false; errors: SigningErrors };

/**
 * Both parties' signatures as the signing code takes them, each checked by the shared check
 * (ink in the image, name, place, date); the refusals per party and field otherwise.
 */
export function buildSignatures({
  fields,
  pads,
  parties,
  signedAt,
}: {
  fields: Record<SignerRoleName, SignerFields>;
  pads: Record<SignerRoleName, PadReading>;
  /** The parties' names printed above their blocks ('' for the default label). */
  parties: Record<SignerRoleName, string>;
  signedAt: string;
}): SignaturesResult {
  const errors: SigningErrors = {};
  const signatures: SignatureInput[] = [];
  for (const role of SIGNER_ROLES) {
    const quick = checkSignerFields(fields[role], pads[role].strokePoints);
    if (Object.keys(quick).length > 0) {
      errors[role] = quick;
      continue;
    }
    const party = parties[role].trim();
    try {
      signatures.push(
        checkSignature({
          role,
          name: fields[role].name,
          function: fields[role].function,
          place: fields[role].place,
          date: fields[role].date,
          signedAt,
          png: pads[role].png,
          strokePoints: pads[role].strokePoints,
          ...(party ? { party } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof SigningInputError)) throw error;
      const { field, key } = signingErrorAt(error);
      errors[role] = { [field]: key };
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, signatures };
}

/** The device as the audit page records it: the user agent, cut to what the record holds. */
export const deviceLabel = (userAgent: string): string =>
  userAgent.trim().replace(/\s+/g, ' ').slice(0, 200) || 'unknown';

/** Bytes of a `data:image/png;base64,…` URL (what the pad's toDataURL gives). */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64'))
    throw new Error('not a base64 data URL');
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
